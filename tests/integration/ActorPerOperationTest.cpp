// Who did it is fixed when an operation starts: an agent who signs out (or a colleague who
// signs in) while a payment or a refund waits for the gateway does not make its audit rows
// appear as another user's. The gateway's answers are held back until the test releases
// them, so the sign-in happens in the middle of the operation, without timers.
#include "BackendFixture.h"

#include <QPromise>

#include <functional>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The fixture's mock gateway, with authorization and refund answers held until release().
class HeldAnswerGateway : public PaymentGateway {
public:
    explicit HeldAnswerGateway(PaymentGateway &inner) : m_inner(inner) {}

    bool loseAuthorizeAnswer = false; // authorized at the gateway, the terminal hears "unavailable"

    QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) override
    {
        Result<GatewayDecision> answer = m_inner.authorize(request).result();
        if (loseAuthorizeAnswer)
            answer = makeError(ErrorCode::GatewayUnavailable, QStringLiteral("connection reset (test fault)"));
        return held(answer);
    }
    QFuture<Status> refund(const QString &reference, const Money &amount, const QString &key) override
    {
        return held(m_inner.refund(reference, amount, key).result());
    }
    QFuture<Status> capture(const QString &reference, const Money &amount, const QString &key) override
    {
        return m_inner.capture(reference, amount, key);
    }
    QFuture<Status> voidAuthorization(const QString &reference, const QString &key) override
    {
        return m_inner.voidAuthorization(reference, key);
    }
    QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &key) override { return m_inner.lookup(key); }
    QString name() const override { return m_inner.name(); }

    qsizetype waiting() const { return m_release.size(); }
    // The held answers arrive now.
    void release()
    {
        const auto answers = std::exchange(m_release, {});
        for (const auto &answer : answers)
            answer();
    }

private:
    template <typename T>
    QFuture<T> held(T answer)
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        m_release << [promise, answer] {
            promise->addResult(answer);
            promise->finish();
        };
        return promise->future();
    }

    PaymentGateway &m_inner;
    QList<std::function<void()>> m_release;
};

class ActorPerOperationTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        desk = std::make_unique<BookingService>(*db, held, Sue);
    }
    void TearDown() override
    {
        desk.reset();
        BackendTest::TearDown();
    }

    // The row of the booking's history that moved it to `to` (the last such row).
    AuditEntry rowTo(const QString &reference, BookingState to)
    {
        auto history = service->history(reference);
        EXPECT_TRUE(history.ok());
        AuditEntry found;
        for (const AuditEntry &entry : history ? *history : QList<AuditEntry>{})
            if (entry.to == to)
                found = entry;
        EXPECT_EQ(found.to, to) << "no row to " << bookingStateName(to).toStdString();
        return found;
    }

    const Actor Sue{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};
    const Actor Bob{QStringLiteral("desk-1"), QStringLiteral("bob"), Role::Supervisor};
    HeldAnswerGateway held{gateway};
    std::unique_ptr<BookingService> desk;
};

TEST_P(ActorPerOperationTest, ACancellationsRefundIsAuditedAsWhoeverStartedIt)
{
    const Booking booking = confirmed({QStringLiteral("5A")});
    CancellationRequest request{booking.reference, std::nullopt, QStringLiteral("customer request"),
                                booking.captured.minorUnits(), QStringLiteral("goodwill")};
    auto outcome = desk->cancelWithRefund(request);
    ASSERT_EQ(held.waiting(), 1) << "the refund waits for the gateway";
    desk->setActor(Bob); // sue signs out, bob signs in before the answer
    held.release();
    auto done = waitFor(outcome, 30000);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->booking.state, BookingState::Refunded);
    EXPECT_EQ(rowTo(booking.reference, BookingState::Cancelled).actor, QStringLiteral("sue"));
    EXPECT_EQ(rowTo(booking.reference, BookingState::Refunded).actor, QStringLiteral("sue"));
}

TEST_P(ActorPerOperationTest, ARefundIsAuditedAsTheSupervisorWhoStartedIt)
{
    const Booking booking = confirmed({QStringLiteral("5B")});
    ASSERT_TRUE(cancelPaid(booking.reference).ok()); // nothing refunded yet
    auto refunded = desk->refund(RefundRequest{booking.reference, std::nullopt, QString(), QStringLiteral("goodwill")});
    ASSERT_EQ(held.waiting(), 1);
    desk->setActor(Actor{QStringLiteral("desk-1"), QString(), Role::Kiosk}); // signed out: nobody
    held.release();
    auto done = waitFor(refunded, 30000);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(rowTo(booking.reference, BookingState::Refunded).actor, QStringLiteral("sue"));
}

TEST_P(ActorPerOperationTest, APaymentIsConfirmedAsTheUserWhoSubmittedIt)
{
    auto booking = desk->hold(request({QStringLiteral("5C")}));
    ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
    auto paid = desk->submitPayment(booking->reference, card());
    ASSERT_EQ(held.waiting(), 1) << "the authorization waits for the gateway";
    desk->setActor(Bob);
    held.release();
    auto done = waitFor(paid, 30000);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(rowTo(booking->reference, BookingState::PaymentPending).actor, QStringLiteral("sue"));
    EXPECT_EQ(rowTo(booking->reference, BookingState::Confirmed).actor, QStringLiteral("sue"));
}

// An answer lost on the way: the reconciler settles the attempt at once for the terminal
// running it, and gives the seats back to the hold as the user who paid, not as the next.
TEST_P(ActorPerOperationTest, APaymentSettledAfterALostAnswerIsAuditedAsTheUserWhoSubmittedIt)
{
    auto booking = desk->hold(request({QStringLiteral("5D")}));
    ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
    held.loseAuthorizeAnswer = true;
    auto paid = desk->submitPayment(booking->reference, card());
    ASSERT_EQ(held.waiting(), 1);
    desk->setActor(Bob);
    held.release();
    auto done = waitFor(paid, 30000);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(service->find(booking->reference)->state, BookingState::SeatHeld);
    auto history = service->history(booking->reference);
    ASSERT_TRUE(history.ok());
    ASSERT_TRUE(history->last().from == BookingState::PaymentPending);
    EXPECT_EQ(history->last().actor, QStringLiteral("sue")) << history->last().reason.toStdString();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ActorPerOperationTest);
