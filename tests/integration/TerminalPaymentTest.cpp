#include "HttpGatewayFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "payment/HttpPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "storage/PaymentRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The payment saga at a kiosk with a card terminal, against paygate-sim's terminal mode: a
// card is "presented", the terminal authorizes at the simulator's acquirer under the
// attempt's key, and the acquirer's gateway API captures, voids and looks it up.
class TerminalPaymentTest : public HttpGatewayTest {
protected:
    void SetUp() override
    {
        HttpGatewayTest::SetUp();
        connectTerminal(QStringLiteral("?timeout_ms=2000&attempts=1"));
    }
    void TearDown() override
    {
        kiosk.reset();
        m_terminalGateway.reset();
        HttpGatewayTest::TearDown();
    }
    void connectTerminal(const QString &settings)
    {
        kiosk.reset();
        auto terminalOptions = HttpGatewayOptions::fromUrl(sim.url() + QStringLiteral("/") + settings);
        auto acquirerOptions = HttpGatewayOptions::fromUrl(sim.url() + QStringLiteral("/?attempts=2&backoff_ms=10"));
        ASSERT_TRUE(terminalOptions.ok() && acquirerOptions.ok());
        m_terminalGateway = std::make_unique<TerminalPaymentGateway>(
            std::make_unique<HttpPaymentTerminal>(*terminalOptions), std::make_unique<HttpPaymentGateway>(*acquirerOptions));
        kiosk = std::make_unique<BookingService>(*db, *m_terminalGateway,
                                                 Actor{QStringLiteral("kiosk-7"), QStringLiteral("tester"), Role::Admin});
    }
    // Nothing typed: the terminal reads the card.
    Result<Booking> payAtTerminal(const Booking &booking) { return pay(*kiosk, booking.reference, CardDetails()); }
    QList<PaymentRecord> paymentsOf(const Booking &booking)
    {
        auto payments = PaymentRepository(*db).forBooking(booking.id);
        EXPECT_TRUE(payments.ok());
        return payments.ok() ? *payments : QList<PaymentRecord>();
    }

    std::unique_ptr<BookingService> kiosk;

private:
    std::unique_ptr<TerminalPaymentGateway> m_terminalGateway;
};

TEST_P(TerminalPaymentTest, AnApprovedCardIsCapturedAndOnlyItsBrandAndLastFourAreKept)
{
    const Booking booking = held(QStringLiteral("1A"));
    ASSERT_TRUE(sim.presentCard(QStringLiteral("approve")));
    auto paid = payAtTerminal(booking);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(sim.capturedFor(booking.reference), booking.total.minorUnits());
    const auto payments = paymentsOf(booking);
    ASSERT_EQ(payments.size(), 1);
    EXPECT_EQ(payments.first().status, PaymentStatus::Captured);
    EXPECT_EQ(payments.first().cardBrand, QStringLiteral("visa"));
    EXPECT_EQ(payments.first().cardLast4, QStringLiteral("4242"));
    EXPECT_TRUE(payments.first().gateway.startsWith(sim.url())) << payments.first().gateway.toStdString(); // the acquirer's
    // Recorded once: a captured attempt takes no other card.
    auto again = PaymentRepository(*db).recordCard(payments.first().id, QStringLiteral("mastercard"), QStringLiteral("4444"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_EQ(paymentsOf(booking).first().cardLast4, QStringLiteral("4242"));
}

TEST_P(TerminalPaymentTest, DeclinedRemovedAndTimedOutCardsLeaveTheSeatsHeldForAnotherTry)
{
    const Booking booking = held(QStringLiteral("2A"));
    const QList<QPair<QString, QString>> cards{{QStringLiteral("decline"), QStringLiteral("card_declined")},
                                               {QStringLiteral("insufficient_funds"), QStringLiteral("insufficient_funds")},
                                               {QStringLiteral("removed"), QStringLiteral("card_removed")},
                                               {QStringLiteral("timeout"), QStringLiteral("terminal_timeout")}};
    for (const auto &[card, code] : cards) {
        SCOPED_TRACE(card.toStdString());
        ASSERT_TRUE(sim.presentCard(card));
        auto declined = payAtTerminal(booking);
        ASSERT_FALSE(declined.ok());
        EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
        EXPECT_EQ(declined.error().details.value(0), code);
        EXPECT_EQ(stateOf(booking), BookingState::SeatHeld);
    }
    EXPECT_EQ(sim.capturedFor(booking.reference), 0);
    const auto payments = paymentsOf(booking);
    ASSERT_EQ(payments.size(), 4);
    EXPECT_EQ(payments.at(0).cardLast4, QStringLiteral("0002")); // the card was read before the bank said no
    EXPECT_TRUE(payments.at(2).cardLast4.trimmed().isEmpty());    // removed: nothing was read

    ASSERT_TRUE(sim.presentCard(QStringLiteral("approve")));
    auto paid = payAtTerminal(booking);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(sim.capturedFor(booking.reference), booking.total.minorUnits());
}

TEST_P(TerminalPaymentTest, AnApprovalWhoseAnswerWasLostIsVoidedByKeyAndTheSeatsStayHeld)
{
    // The terminal approves after the kiosk stopped listening: the answer is lost.
    connectTerminal(QStringLiteral("?timeout_ms=300&attempts=1"));
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 800}}));
    const Booking booking = held(QStringLiteral("3A"));
    ASSERT_TRUE(sim.presentCard(QStringLiteral("approve")));
    auto paid = payAtTerminal(booking);
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().code, ErrorCode::GatewayUnavailable);
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("not_charged"))) << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::SeatHeld);
    EXPECT_EQ(sim.chargesFor(booking.reference, QStringLiteral("canceled")), 1);
    EXPECT_EQ(paymentsOf(booking).first().status, PaymentStatus::Voided);

    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 0}}));
    ASSERT_TRUE(sim.presentCard(QStringLiteral("approve"))); // the traveller tries again
    auto again = payAtTerminal(booking);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(sim.capturedFor(booking.reference), booking.total.minorUnits());
}

TEST_P(TerminalPaymentTest, ALostApprovalNobodyFinishedIsVoidedByTheReconcilerAfterItsDeadline)
{
    // The answer is lost and the acquirer lists the charge late: the kiosk cannot tell.
    connectTerminal(QStringLiteral("?timeout_ms=300&attempts=1"));
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 800}, {QStringLiteral("lookup_lag_ms"), 600000}}));
    const Booking booking = held(QStringLiteral("4A"));
    ASSERT_TRUE(sim.presentCard(QStringLiteral("approve")));
    auto paid = payAtTerminal(booking);
    ASSERT_FALSE(paid.ok());
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("release_pending"))) << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::PaymentPending);
    EXPECT_EQ(sim.chargesFor(booking.reference, QStringLiteral("requires_capture")), 1);

    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 0}, {QStringLiteral("lookup_lag_ms"), 0}}));
    makePaymentsLapse(*db, booking.reference);
    auto report = waitFor(http->reconcilePayments(), 30000); // kioskctl reconcile with the acquirer's URL
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Voided);
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(sim.chargesFor(booking.reference, QStringLiteral("canceled")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 0);
}

TEST_P(TerminalPaymentTest, HostileTerminalRepliesAreRejectedAndNothingIsCharged)
{
    const QStringList kinds{QStringLiteral("status:409"),   QStringLiteral("html"),        QStringLiteral("truncated"),
                            QStringLiteral("processing"),   QStringLiteral("missing_status"), QStringLiteral("wrong_amount"),
                            QStringLiteral("wrong_key"),    QStringLiteral("redirect"),    QStringLiteral("card_number")};
    int next = 0;
    for (const QString &kind : kinds) {
        SCOPED_TRACE(kind.toStdString());
        ASSERT_TRUE(sim.setFaults({{QStringLiteral("answer"), kind},
                                   {QStringLiteral("answer_on"), QStringLiteral("terminal")},
                                   {QStringLiteral("answer_count"), 1}}));
        const Booking booking = held(QStringLiteral("%1%2").arg(5 + next / 2).arg(next % 2 ? QLatin1Char('B') : QLatin1Char('A')));
        ++next;
        ASSERT_TRUE(sim.presentCard(QStringLiteral("approve")));
        auto paid = payAtTerminal(booking);
        ASSERT_FALSE(paid.ok());
        EXPECT_EQ(paid.error().code, ErrorCode::GatewayUnavailable);
        EXPECT_TRUE(paid.error().message.contains(QStringLiteral("card terminal answered")))
            << paid.error().message.toStdString();
        EXPECT_TRUE(paid.error().details.contains(QStringLiteral("not_charged"))) << paid.error().message.toStdString();
        EXPECT_EQ(stateOf(booking), BookingState::SeatHeld);
        EXPECT_EQ(sim.capturedFor(booking.reference), 0);
        EXPECT_TRUE(paymentsOf(booking).first().cardLast4.trimmed().isEmpty()); // nothing of the reply was kept
    }
    EXPECT_EQ(sim.ledger().value(QStringLiteral("redirects_followed")).toInt(), 0);
}

TEST_P(TerminalPaymentTest, ACardNumberTypedAtATerminalKioskIsRefusedBeforeAnythingChanges)
{
    const Booking booking = held(QStringLiteral("1C"));
    auto paid = pay(*kiosk, booking.reference, card());
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(paid.error().message.contains(QStringLiteral("card terminal"))) << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::SeatHeld);
    EXPECT_TRUE(paymentsOf(booking).isEmpty());
    EXPECT_EQ(sim.chargesFor(booking.reference), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(TerminalPaymentTest);
