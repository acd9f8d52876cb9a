// Cancellation with the refund policy on both databases: the tiers around their
// boundaries (by the server clock), one passenger of a party, the supervisor override, and
// that a refund reaches the gateway at most once.
#include "BackendFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

constexpr qint64 Hour = 3600;

class CancellationTest : public BackendTest {
protected:
    // A confirmed booking on a flight leaving `notice` seconds from now (server clock).
    Booking confirmedDeparting(qint64 notice, const QStringList &seats = {QStringLiteral("2A")})
    {
        TestFlightSpec spec;
        spec.number = 200 + m_flights++;
        spec.departsInSeconds = notice;
        const Flight other = addTestFlight(*db, spec);
        HoldRequest r;
        r.flight = FlightRef::byId(other.id);
        for (const QString &code : seats)
            r.seats << *SeatCode::parse(code);
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << (held ? std::string() : held.error().message.toStdString());
        auto paid = held ? pay(held->reference) : held;
        EXPECT_TRUE(paid.ok());
        return paid.ok() ? *paid : Booking{};
    }
    void actAs(Role role) { service->setActor(Actor{QStringLiteral("desk-1"), roleName(role), role}); }
    CancellationRequest whole(const Booking &booking, const QString &reason = QStringLiteral("customer request"))
    {
        return CancellationRequest{booking.reference, std::nullopt, reason, std::nullopt, QString()};
    }
    Result<CancellationOutcome> cancelWith(const CancellationRequest &request)
    {
        return waitFor(service->cancelWithRefund(request), 30000);
    }
    qint64 refundedAtGateway() const
    {
        qint64 total = 0;
        for (const auto &charge : gateway.ledger())
            total += charge.refundedMinor;
        return total;
    }

private:
    int m_flights = 0;
};

TEST_P(CancellationTest, TheTierByNoticeDecidesTheRefund)
{
    actAs(Role::Agent);
    const struct {
        qint64 notice;
        qint64 refund;
        BookingState state;
    } cases[] = {
        {72 * Hour + 120, 4900, BookingState::Refunded}, // more than 72 h: full
        {72 * Hour - 120, 2450, BookingState::Refunded}, // 24-72 h: half
        {24 * Hour + 120, 2450, BookingState::Refunded},
        {24 * Hour - 120, 0, BookingState::Cancelled},   // under 24 h: nothing, stays CANCELLED
    };
    for (const auto &c : cases) {
        const Booking booking = confirmedDeparting(c.notice);
        const qint64 before = refundedAtGateway();
        auto outcome = cancelWith(whole(booking));
        ASSERT_TRUE(outcome.ok()) << c.notice << ": " << outcome.error().message.toStdString();
        EXPECT_EQ(outcome->refunded.minorUnits(), c.refund) << c.notice;
        EXPECT_EQ(outcome->booking.state, c.state) << c.notice;
        EXPECT_EQ(outcome->booking.refunded.minorUnits(), c.refund);
        EXPECT_EQ(refundedAtGateway() - before, c.refund);
        EXPECT_FALSE(outcome->overridden);
        EXPECT_TRUE(outcome->booking.passengers.first().active == false);
    }
}

TEST_P(CancellationTest, AQuoteChangesNothing)
{
    actAs(Role::Agent);
    const Booking booking = confirmedDeparting(48 * Hour, {QStringLiteral("3A"), QStringLiteral("3B")});
    const qint64 events = countRows(*db, QStringLiteral("booking_events"));
    auto quote = service->quoteCancellation(whole(booking));
    ASSERT_TRUE(quote.ok());
    EXPECT_EQ(quote->percent, 50);
    EXPECT_EQ(quote->policyAmount.minorUnits(), 4900);
    EXPECT_EQ(quote->refundable.minorUnits(), 9800);
    EXPECT_EQ(quote->cancelled.size(), 2);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), events);
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);
}

TEST_P(CancellationTest, OnePassengerOfAPartyLeavesTheOthersBooked)
{
    actAs(Role::Agent);
    const Booking booking = confirmedDeparting(100 * Hour, {QStringLiteral("4A"), QStringLiteral("4B"), QStringLiteral("4C")});
    CancellationRequest one = whole(booking, QStringLiteral("illness"));
    one.passengerSeat = SeatCode::parse(QStringLiteral("4B"));
    auto outcome = cancelWith(one);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->booking.state, BookingState::Confirmed);
    EXPECT_EQ(outcome->refunded.minorUnits(), 4900);
    EXPECT_EQ(outcome->booking.refunded.minorUnits(), 4900);
    EXPECT_FALSE(outcome->booking.passengers.at(1).active);
    EXPECT_TRUE(outcome->booking.passengers.at(0).active);
    EXPECT_TRUE(outcome->booking.passengers.at(2).active);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("booking_id = %1 AND active").arg(booking.id)), 2);
    auto history = service->history(booking.reference);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history->last().reason.startsWith(
        QStringLiteral("passenger PASSENGER 2 (4B) cancelled: illness; refund EUR 49.00 (100 % by policy")))
        << history->last().reason.toStdString();
    EXPECT_EQ(history->last().to, BookingState::Confirmed);

    // The same passenger again: nothing more happens, nothing is paid twice.
    auto again = cancelWith(one);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::BadInput);
    EXPECT_EQ(refundedAtGateway(), 4900);

    // The rest of the party: the booking is cancelled and refunded for the remaining two.
    auto rest = cancelWith(whole(booking));
    ASSERT_TRUE(rest.ok()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->booking.state, BookingState::Refunded);
    EXPECT_EQ(rest->refunded.minorUnits(), 9800);
    EXPECT_EQ(rest->booking.refunded, booking.total);
    EXPECT_EQ(refundedAtGateway(), booking.total.minorUnits());
    // A second cancellation of a cancelled booking is a conflict, not a second refund.
    EXPECT_EQ(cancelWith(whole(booking)).error().code, ErrorCode::WrongState);
    EXPECT_EQ(refundedAtGateway(), booking.total.minorUnits());
}

TEST_P(CancellationTest, TheLastPassengerCancelsTheBooking)
{
    actAs(Role::Agent);
    const Booking booking = confirmedDeparting(100 * Hour, {QStringLiteral("5A")});
    CancellationRequest one = whole(booking);
    one.passengerSeat = SeatCode::parse(QStringLiteral("5A"));
    auto outcome = cancelWith(one);
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(outcome->booking.state, BookingState::Refunded);
}

TEST_P(CancellationTest, OnlyASupervisorOverridesThePolicyAndMustSayWhy)
{
    const Booking booking = confirmedDeparting(12 * Hour); // policy: nothing back
    CancellationRequest request = whole(booking);
    request.overrideRefundMinor = 4000;
    request.overrideReason = QStringLiteral("flight disrupted by strike");

    actAs(Role::Agent);
    auto refused = cancelWith(request);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("override the refund policy is not allowed for role agent")));
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);

    actAs(Role::Supervisor);
    CancellationRequest noReason = request;
    noReason.overrideReason = QStringLiteral("  ");
    EXPECT_EQ(cancelWith(noReason).error().code, ErrorCode::BadInput);
    CancellationRequest tooMuch = request;
    tooMuch.overrideRefundMinor = 5000;
    EXPECT_EQ(cancelWith(tooMuch).error().code, ErrorCode::BadInput);
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);
    EXPECT_EQ(refundedAtGateway(), 0);

    auto overridden = cancelWith(request);
    ASSERT_TRUE(overridden.ok()) << overridden.error().message.toStdString();
    EXPECT_TRUE(overridden->overridden);
    EXPECT_EQ(overridden->quote.policyAmount.minorUnits(), 0);
    EXPECT_EQ(overridden->refunded.minorUnits(), 4000);
    EXPECT_EQ(overridden->booking.state, BookingState::Refunded);
    auto history = service->history(booking.reference);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().actor, QStringLiteral("supervisor"));
    // Both the cancellation and the refund name the override and its reason.
    const QString why = QStringLiteral("supervisor override by supervisor (policy: EUR 0.00): flight disrupted by strike");
    EXPECT_TRUE(history->last().reason.startsWith(QStringLiteral("refunded EUR 40.00"))) << history->last().reason.toStdString();
    EXPECT_TRUE(history->last().reason.contains(why));
    EXPECT_TRUE(history->at(history->size() - 2).reason.contains(why));
}

TEST_P(CancellationTest, AnUnpaidHoldIsNotCancelledWithARefund)
{
    actAs(Role::Agent);
    auto held = service->hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(held.ok());
    auto outcome = cancelWith(whole(*held));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::WrongState);
    actAs(Role::Kiosk);
    EXPECT_EQ(cancelWith(whole(*held)).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(service->quoteCancellation(whole(*held)).error().code, ErrorCode::Forbidden);
}

TEST_P(CancellationTest, AFullRefundBeyondThePolicyIsASupervisorsRight)
{
    const Booking booking = confirmedDeparting(12 * Hour);
    ASSERT_TRUE(cancelPaid(booking.reference, QStringLiteral("no refund")).ok());
    actAs(Role::Agent);
    EXPECT_EQ(refund(booking.reference).error().code, ErrorCode::Forbidden);
    actAs(Role::Supervisor);
    auto refunded = refund(booking.reference);
    ASSERT_TRUE(refunded.ok());
    EXPECT_EQ(refunded->refunded, booking.total);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CancellationTest);
