#include "BackendFixture.h"
#include "FaultyGateway.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "storage/PaymentRepository.h"

#include <algorithm>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The saga when the network misbehaves, and the reconciler that finishes what was left.
class PaymentSagaTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        faulty = std::make_unique<BookingService>(*db, faults, Actor{QStringLiteral("test-terminal"),
                                                                     QStringLiteral("tester"), Role::Admin});
    }
    void TearDown() override
    {
        faulty.reset();
        BackendTest::TearDown();
    }

    Booking held(const QString &seat = QStringLiteral("2A"))
    {
        auto booking = service->hold(request({seat}));
        EXPECT_TRUE(booking.ok());
        return booking.ok() ? *booking : Booking{};
    }
    PaymentRecord onlyPayment(const Booking &booking)
    {
        auto payments = PaymentRepository(*db).forBooking(booking.id);
        EXPECT_TRUE(payments.ok() && payments->size() == 1);
        return payments.ok() && !payments->isEmpty() ? payments->last() : PaymentRecord{};
    }
    BookingState stateOf(const Booking &booking) { return service->find(booking.reference)->state; }
    qint64 activeSeats() { return countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")); }
    Result<ReconcileReport> reconcileFaulty() { return waitFor(faulty->reconcilePayments(), 30000); }
    // The reconciler only takes attempts past their deadline (and refunds older than the
    // attempt time): moved into the past, not waited for.
    void letTheAttemptTimeOut(const Booking &booking) { makePaymentsLapse(*db, booking.reference); }

    FaultyGateway faults;
    std::unique_ptr<BookingService> faulty;
};

TEST_P(PaymentSagaTest, AnAnswerLostAfterAuthorizingIsVoidedAndTheTravellerMayRetry)
{
    const Booking booking = held();
    faults.loseAuthorizeAnswer = true;
    auto paid = pay(*faulty, booking.reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().code, ErrorCode::GatewayUnavailable);
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("not_charged"))) << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::SeatHeld);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Voided);
    ASSERT_EQ(faults.inner().ledger().size(), 1);
    EXPECT_TRUE(faults.inner().ledger().cbegin()->voided); // the authorization we never heard of was released

    faults.loseAuthorizeAnswer = false;
    auto again = pay(*faulty, booking.reference);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->state, BookingState::Confirmed);
    qint64 captured = 0;
    for (const auto &charge : faults.inner().ledger())
        captured += charge.capturedMinor;
    EXPECT_EQ(captured, booking.total.minorUnits()); // taken once
}

TEST_P(PaymentSagaTest, NoAnswerAtAllLeavesTheAttemptToTheReconcilerWhichVoidsItAndFreesTheSeats)
{
    const Booking booking = held();
    faults.loseAuthorizeAnswer = true;
    faults.lookupDown = true;
    auto paid = pay(*faulty, booking.reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("release_pending")));
    EXPECT_TRUE(paid.error().message.contains(QStringLiteral("We will not charge you twice")));
    EXPECT_EQ(stateOf(booking), BookingState::PaymentPending);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Pending);

    auto early = reconcileFaulty(); // within the attempt's deadline: left alone
    ASSERT_TRUE(early.ok());
    EXPECT_TRUE(early->actions.isEmpty());

    letTheAttemptTimeOut(booking);
    auto stillDown = reconcileFaulty();
    ASSERT_TRUE(stillDown.ok());
    ASSERT_EQ(stillDown->actions.size(), 1);
    EXPECT_EQ(stillDown->actions.first().outcome, ReconcileOutcome::Left);
    EXPECT_EQ(stateOf(booking), BookingState::PaymentPending);

    faults.lookupDown = false;
    auto report = reconcileFaulty();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Voided);
    EXPECT_EQ(report->actions.first().booking, booking.reference);
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Voided);
    EXPECT_EQ(activeSeats(), 0);
    EXPECT_TRUE(faults.inner().ledger().cbegin()->voided);
    EXPECT_EQ(faults.inner().ledger().cbegin()->capturedMinor, 0);
    EXPECT_TRUE(reconcileFaulty()->actions.isEmpty()); // settled once, not again
}

TEST_P(PaymentSagaTest, ALostCaptureLeavesTheBookingConfirmedAndTheReconcilerTakesThePayment)
{
    const Booking booking = held();
    faults.captureDown = true;
    auto paid = pay(*faulty, booking.reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Authorized);

    faults.captureDown = false;
    letTheAttemptTimeOut(booking);
    auto report = reconcileFaulty();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Captured);
    EXPECT_EQ(stateOf(booking), BookingState::Confirmed);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Captured);
    EXPECT_EQ(faults.inner().ledger().cbegin()->capturedMinor, booking.total.minorUnits());
}

TEST_P(PaymentSagaTest, ApprovalForABookingCancelledMeanwhileIsVoided)
{
    const Booking booking = held();
    // Another terminal cancels while this one waits for the bank: the confirm must lose.
    QObject::connect(&faulty->events(), &BookingEvents::paymentProgress, &faulty->events(),
                     [&](const QString &reference, PaymentStep step) {
                         if (step == PaymentStep::Authorizing) {
                             EXPECT_TRUE(service->cancel(reference, QStringLiteral("agent cancelled")).ok());
                         }
                     });
    auto paid = pay(*faulty, booking.reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_TRUE(paid.error().message.contains(QStringLiteral("Nothing was charged")))
        << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Voided);
    EXPECT_TRUE(faults.inner().ledger().cbegin()->voided);
    EXPECT_EQ(activeSeats(), 0);
}

TEST_P(PaymentSagaTest, PartialRefundsNeverExceedTheCaptureAndAKeyPaysOnce)
{
    const Booking booking = held();
    ASSERT_TRUE(pay(*faulty, booking.reference).ok());
    ASSERT_TRUE(cancelPaid(*faulty, booking.reference, QStringLiteral("changed plans")).ok());

    const Money tooMuch(booking.total.minorUnits() + 1, booking.total.currency());
    auto refused = waitFor(faulty->refund({booking.reference, tooMuch, QStringLiteral("r-big"), QString()}), 30000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds")), 0);

    const Money part(2000, booking.total.currency());
    const RefundRequest partial{booking.reference, part, QStringLiteral("r-1"), QStringLiteral("cancellation fee kept")};
    auto refunded = waitFor(faulty->refund(partial), 30000);
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->state, BookingState::Refunded);
    EXPECT_EQ(refunded->refunded, part);
    auto replay = waitFor(faulty->refund(partial), 30000); // same key: answered, not paid again
    ASSERT_TRUE(replay.ok());
    EXPECT_EQ(replay->refunded, part);
    EXPECT_EQ(faults.inner().ledger().cbegin()->refundedMinor, 2000);

    auto second = waitFor(faulty->refund({booking.reference, part, QStringLiteral("r-2"), QString()}), 30000);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::WrongState);
    EXPECT_EQ(faults.inner().ledger().cbegin()->refundedMinor, 2000);
}

// The desk signs out (and another user signs in) while the bank is still thinking: the
// confirmation is recorded as the user who took the card, not as whoever is signed in now.
TEST_P(PaymentSagaTest, ASignOutWhileTheBankThinksDoesNotChangeWhoTookThePayment)
{
    const Booking booking = held();
    faults.authorizeDelayMs = 300;
    faulty->setActor(Actor{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent});
    auto paying = faulty->submitPayment(booking.reference, card());
    faulty->setActor(Actor{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor});
    auto paid = waitFor(paying, 30000);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    auto history = faulty->history(booking.reference);
    ASSERT_TRUE(history.ok());
    const auto confirmed = std::find_if(history->cbegin(), history->cend(),
                                        [](const AuditEntry &entry) { return entry.to == BookingState::Confirmed; });
    ASSERT_NE(confirmed, history->cend());
    EXPECT_EQ(confirmed->actor, QStringLiteral("ada"));
}

// An idempotency key names one refund of one booking: reusing it for another booking is
// refused instead of being answered with the first booking's refund.
TEST_P(PaymentSagaTest, ARefundKeyBelongsToOneBooking)
{
    const Booking first = held(QStringLiteral("3A"));
    const Booking second = held(QStringLiteral("3B"));
    for (const Booking &booking : {first, second}) {
        ASSERT_TRUE(pay(*faulty, booking.reference).ok());
        ASSERT_TRUE(cancelPaid(*faulty, booking.reference).ok());
    }
    const Money part(1000, first.total.currency());
    ASSERT_TRUE(waitFor(faulty->refund({first.reference, part, QStringLiteral("goodwill-1"), QString()}), 30000).ok());
    auto reused = waitFor(faulty->refund({second.reference, part, QStringLiteral("goodwill-1"), QString()}), 30000);
    ASSERT_FALSE(reused.ok());
    EXPECT_EQ(reused.error().code, ErrorCode::BadInput) << reused.error().message.toStdString();
    EXPECT_EQ(stateOf(second), BookingState::Cancelled); // not refunded, and not told it was
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds")), 1);
}

TEST_P(PaymentSagaTest, ARefundTheGatewayDidNotAnswerIsFinishedByTheReconciler)
{
    const Booking booking = held();
    ASSERT_TRUE(pay(*faulty, booking.reference).ok());
    ASSERT_TRUE(cancelPaid(*faulty, booking.reference).ok());
    faults.refundDown = true;
    auto refunded = waitFor(faulty->refund({booking.reference, std::nullopt, QString(), QString()}), 30000);
    ASSERT_FALSE(refunded.ok());
    EXPECT_EQ(refunded.error().code, ErrorCode::GatewayUnavailable);
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds"), QStringLiteral("status = 'PENDING'")), 1);

    faults.refundDown = false;
    letTheAttemptTimeOut(booking);
    auto report = reconcileFaulty();
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Refunded);
    EXPECT_EQ(stateOf(booking), BookingState::Refunded);
    EXPECT_EQ(onlyPayment(booking).status, PaymentStatus::Refunded);
    EXPECT_EQ(faults.inner().ledger().cbegin()->refundedMinor, booking.total.minorUnits());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(PaymentSagaTest);
