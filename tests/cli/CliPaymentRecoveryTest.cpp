#include "CliFixture.h"
#include "PaygateSim.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "common/Failpoint.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// kioskctl pay killed at each failpoint of the saga (a real process dying on the spot), then
// `kioskctl reconcile`: every attempt ends captured with a CONFIRMED booking, or with nothing
// taken and the seats free.
class CliPaymentRecoveryTest : public CliTest {
protected:
    CtlRun payAndDieAt(const QString &failpoint, const QString &reference, const QStringList &gateway)
    {
        KioskctlRunner dying;
        dying.environment().insert(QStringLiteral("KIOSK_FAILPOINTS"), failpoint);
        return dying.run(globalArguments()
                             + QStringList{QStringLiteral("pay"), reference, QStringLiteral("--attempt-timeout"),
                                           QStringLiteral("1")}
                             + gateway,
                         60000, cardInput());
    }
    void crashAndRecover(const PaygateSim *sim);
};

struct Expected {
    const char *failpoint;
    const char *stateAfterCrash;
    const char *state;   // after reconcile
    const char *payment; // after reconcile, with the mock (which forgets) / the simulator (which remembers)
    const char *paymentWithSim;
};

void CliPaymentRecoveryTest::crashAndRecover(const PaygateSim *sim)
{
    const QStringList gateway = sim ? QStringList{QStringLiteral("--gateway"), sim->url()} : QStringList{};
    const QList<Expected> cases{
        // Authorized, nobody recorded it: nobody stands behind the money, so it goes back.
        {"after-authorize", "PAYMENT_PENDING", "CANCELLED", "DECLINED", "VOIDED"},
        // Confirmed in the database: the booking is kept and the money taken.
        {"after-confirm-before-capture", "CONFIRMED", "CONFIRMED", "CAPTURED", "CAPTURED"},
        {"after-capture", "CONFIRMED", "CONFIRMED", "CAPTURED", "CAPTURED"},
    };
    int row = 1;
    for (const Expected &expected : cases) {
        SCOPED_TRACE(expected.failpoint);
        const QString seat = QStringLiteral("%1A").arg(row++);
        const QString reference = holdSeats(seat);
        ASSERT_FALSE(reference.isEmpty());
        const CtlRun crashed = payAndDieAt(QString::fromLatin1(expected.failpoint), reference, gateway);
        ASSERT_EQ(crashed.exitCode, Failpoint::ExitCode) << crashed.describe();
        EXPECT_TRUE(crashed.out.isEmpty()); // died before printing anything
        EXPECT_EQ(bookingState(reference), QLatin1String(expected.stateAfterCrash));

        makePaymentsLapse(*db, reference); // past the attempt's deadline
        const CtlRun reconciled = ctl(QStringList{QStringLiteral("reconcile")} + gateway);
        ASSERT_EQ(reconciled.exitCode, 0) << reconciled.describe();
        const QJsonObject report = reconciled.json();
        EXPECT_EQ(report.value(QStringLiteral("resolved")).toInt(), 1);
        EXPECT_EQ(report.value(QStringLiteral("left")).toInt(), 0);
        EXPECT_EQ(report.value(QStringLiteral("actions")).toArray().first()[QStringLiteral("booking")].toString(),
                  reference);
        EXPECT_EQ(bookingState(reference), QLatin1String(expected.state));
        EXPECT_EQ(paymentStatus(reference), QLatin1String(sim ? expected.paymentWithSim : expected.payment));
        const bool kept = QLatin1String(expected.state) == QLatin1String("CONFIRMED");
        EXPECT_EQ(seatStatus(seat), kept ? QStringLiteral("sold") : QStringLiteral("free"));
        if (sim) { // money taken at most once, and only for the booking that kept its seat
            EXPECT_EQ(sim->chargesFor(reference), 1);
            EXPECT_EQ(sim->capturedFor(reference), kept ? 4900 : 0);
            EXPECT_EQ(sim->chargesFor(reference, QStringLiteral("canceled")), kept ? 0 : 1);
        }

        const CtlRun again = ctl(QStringList{QStringLiteral("reconcile")} + gateway);
        EXPECT_EQ(again.json().value(QStringLiteral("actions")).toArray().size(), 0); // nothing twice
    }
}

TEST_P(CliPaymentRecoveryTest, EveryFailpointIsRecoveredByReconcileWithTheMock)
{
    crashAndRecover(nullptr);
}

TEST_P(CliPaymentRecoveryTest, EveryFailpointIsRecoveredByReconcileWithTheSimulator)
{
    PaygateSim sim;
    ASSERT_TRUE(sim.start());
    crashAndRecover(&sim);
}

// kioskctl cancel --refund killed right after the commit that released the seats: the
// refund it owed was written PENDING in that same transaction, so reconcile pays it once.
TEST_P(CliPaymentRecoveryTest, CancellationKilledBeforeItsRefundIsPaidByReconcile)
{
    PaygateSim sim;
    ASSERT_TRUE(sim.start());
    const QStringList gateway{QStringLiteral("--gateway"), sim.url()};
    const QString reference = holdSeats(QStringLiteral("7B"));
    ASSERT_EQ(ctl(QStringList{QStringLiteral("pay"), reference} + gateway, cardInput()).exitCode, 0);

    KioskctlRunner dying;
    dying.environment().insert(QStringLiteral("KIOSK_FAILPOINTS"), QStringLiteral("after-cancel-before-refund"));
    dying.environment().insert(QStringLiteral("KIOSK_GATEWAY"), sim.url());
    const CtlRun crashed = dying.run(globalArguments() + QStringList{QStringLiteral("cancel"), reference,
                                                                     QStringLiteral("--refund")});
    ASSERT_EQ(crashed.exitCode, Failpoint::ExitCode) << crashed.describe();
    EXPECT_EQ(bookingState(reference), QStringLiteral("CANCELLED"));
    EXPECT_EQ(seatStatus(QStringLiteral("7B")), QStringLiteral("free"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM refunds WHERE status = 'PENDING'")), 1);
    EXPECT_EQ(sim.refundedFor(reference), 0); // the gateway was never asked

    // A fresh PENDING refund may still be waited for by its terminal: left alone.
    const CtlRun early = ctl(QStringList{QStringLiteral("reconcile")} + gateway);
    ASSERT_EQ(early.exitCode, 0) << early.describe();
    EXPECT_EQ(early.json().value(QStringLiteral("actions")).toArray().size(), 0);
    const CtlRun badAge = ctl({QStringLiteral("reconcile"), QStringLiteral("--attempt-timeout"), QStringLiteral("0")});
    EXPECT_EQ(badAge.exitCode, 2) << badAge.describe();

    makePaymentsLapse(*db, reference); // the refund is older than the attempt time
    const QStringList takeOver = QStringList{QStringLiteral("reconcile"), QStringLiteral("--attempt-timeout"),
                                             QStringLiteral("1")} + gateway;
    const CtlRun reconciled = ctl(takeOver);
    ASSERT_EQ(reconciled.exitCode, 0) << reconciled.describe();
    const QJsonArray actions = reconciled.json().value(QStringLiteral("actions")).toArray();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.first()[QStringLiteral("outcome")].toString(), QStringLiteral("refunded"));
    EXPECT_EQ(bookingState(reference), QStringLiteral("REFUNDED"));
    EXPECT_EQ(sim.refundedFor(reference), 2450); // 50 %: the test flight leaves in 48 h
    EXPECT_EQ(ctl(takeOver).json().value(QStringLiteral("actions")).toArray().size(), 0); // paid once
    EXPECT_EQ(sim.refundedFor(reference), 2450);
}

TEST_P(CliPaymentRecoveryTest, PartialRefundThroughTheCli)
{
    const QString reference = holdSeats(QStringLiteral("5C"));
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);
    ASSERT_EQ(ctl({QStringLiteral("cancel"), reference, QStringLiteral("--override-refund"), QStringLiteral("0"),
                   QStringLiteral("--override-reason"), QStringLiteral("the fee policy is applied by hand")})
                  .exitCode,
              0);
    const CtlRun malformed = ctl({QStringLiteral("refund"), reference, QStringLiteral("--amount"), QStringLiteral("12.345")});
    EXPECT_EQ(malformed.exitCode, 2) << malformed.describe();
    const CtlRun tooMuch = ctl({QStringLiteral("refund"), reference, QStringLiteral("--amount"), QStringLiteral("50.00")});
    EXPECT_EQ(tooMuch.exitCode, 2) << tooMuch.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds")), 0);

    const QStringList partial{QStringLiteral("refund"), reference, QStringLiteral("--amount"), QStringLiteral("30.50"),
                              QStringLiteral("--idempotency-key"), QStringLiteral("fee-policy-1")};
    const CtlRun refunded = ctl(partial);
    ASSERT_EQ(refunded.exitCode, 0) << refunded.describe();
    EXPECT_EQ(refunded.json().value(QStringLiteral("state")).toString(), QStringLiteral("REFUNDED"));
    EXPECT_EQ(refunded.json()[QStringLiteral("refunded")][QStringLiteral("amount")].toInteger(), 3050);
    const CtlRun replay = ctl(partial);
    EXPECT_EQ(replay.exitCode, 0) << replay.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds")), 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT refunded_minor FROM payments")), 3050);
}

TEST_P(CliPaymentRecoveryTest, BadGatewayIsBadInputAndChangesNothing)
{
    const QString reference = holdSeats(QStringLiteral("6D"));
    const CtlRun run = ctl({QStringLiteral("pay"), reference, QStringLiteral("--gateway"), QStringLiteral("mock?approve=2")},
                           cardInput());
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("approve")));
    EXPECT_EQ(bookingState(reference), QStringLiteral("SEAT_HELD"));
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliPaymentRecoveryTest);
