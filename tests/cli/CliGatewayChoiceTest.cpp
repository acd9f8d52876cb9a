#include "CliFixture.h"
#include "PaygateSim.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "common/Failpoint.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Which gateway settles which payment: never the mock by accident on a shared database,
// never another gateway's attempt, and never a decision on a reply that was lost.
class CliGatewayChoiceTest : public CliTest {
protected:
    QStringList payArguments(const QString &reference) const
    {
        return {QStringLiteral("pay"), reference, QStringLiteral("--attempt-timeout"), QStringLiteral("1")};
    }
};

TEST_P(CliGatewayChoiceTest, ASharedDatabaseNeedsAGatewayNamedForEveryCommandThatMovesMoney)
{
    const QString reference = holdSeats(QStringLiteral("2A"));
    KioskctlRunner unset;
    unset.environment().remove(QStringLiteral("KIOSK_GATEWAY"));
    const QList<QStringList> commands{payArguments(reference),
                                      {QStringLiteral("cancel"), reference},
                                      {QStringLiteral("refund"), reference},
                                      {QStringLiteral("reconcile")}};
    for (const QStringList &command : commands) {
        SCOPED_TRACE(command.first().toStdString());
        const CtlRun run = unset.run(globalArguments() + command, 60000, cardInput());
        if (GetParam() == Backend::SQLite) { // the demo: the mock is its default
            EXPECT_NE(run.exitCode, 2) << run.describe();
            continue;
        }
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("--gateway")))
            << run.describe();
    }
    if (GetParam() == Backend::PostgreSQL) { // and nothing changed
        EXPECT_EQ(bookingState(reference), QStringLiteral("SEAT_HELD"));
        EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
    }
}

TEST_P(CliGatewayChoiceTest, AnotherGatewaysReconcilerLeavesTheAttemptAlone)
{
    PaygateSim sim;
    ASSERT_TRUE(sim.start());
    const QStringList gateway{QStringLiteral("--gateway"), sim.url()};
    const QString reference = holdSeats(QStringLiteral("3B"));
    KioskctlRunner dying;
    dying.environment().insert(QStringLiteral("KIOSK_FAILPOINTS"), QStringLiteral("after-authorize"));
    const CtlRun crashed = dying.run(globalArguments() + payArguments(reference) + gateway, 60000, cardInput());
    ASSERT_EQ(crashed.exitCode, Failpoint::ExitCode) << crashed.describe();
    makePaymentsLapse(*db, reference); // past the attempt's deadline

    const CtlRun mock = ctl({QStringLiteral("reconcile"), QStringLiteral("--gateway"), QStringLiteral("mock")});
    ASSERT_EQ(mock.exitCode, 0) << mock.describe();
    EXPECT_EQ(mock.json().value(QStringLiteral("actions")).toArray().size(), 0);
    EXPECT_EQ(paymentStatus(reference), QStringLiteral("PENDING")); // not DECLINED by a gateway that never saw it
    EXPECT_EQ(bookingState(reference), QStringLiteral("PAYMENT_PENDING"));

    const CtlRun right = ctl(QStringList{QStringLiteral("reconcile")} + gateway);
    ASSERT_EQ(right.exitCode, 0) << right.describe();
    EXPECT_EQ(paymentStatus(reference), QStringLiteral("VOIDED"));
    EXPECT_EQ(sim.chargesFor(reference, QStringLiteral("canceled")), 1);
}

// The confirm transaction committed but its reply was lost: the terminal re-reads the
// database, finds the booking CONFIRMED, and captures instead of voiding.
TEST_P(CliGatewayChoiceTest, ALostCommitReplyIsDecidedOnWhatTheDatabaseSays)
{
    PaygateSim sim;
    ASSERT_TRUE(sim.start());
    const QString reference = holdSeats(QStringLiteral("4C"));
    KioskctlRunner lossy;
    lossy.environment().insert(QStringLiteral("KIOSK_FAILPOINTS"), QStringLiteral("confirm-reply-lost"));
    const CtlRun paid = lossy.run(globalArguments() + payArguments(reference)
                                      + QStringList{QStringLiteral("--gateway"), sim.url()},
                                  60000, cardInput());
    ASSERT_EQ(paid.exitCode, 0) << paid.describe();
    EXPECT_EQ(paid.json().value(QStringLiteral("state")).toString(), QStringLiteral("CONFIRMED"));
    EXPECT_EQ(paymentStatus(reference), QStringLiteral("CAPTURED"));
    EXPECT_EQ(sim.capturedFor(reference), 4900);
    EXPECT_EQ(sim.chargesFor(reference, QStringLiteral("canceled")), 0); // the seat's money was not voided
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliGatewayChoiceTest);
