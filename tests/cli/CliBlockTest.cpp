// kioskctl block / unblock (docs/cli.md): their exit codes and messages, what the kiosk
// and the desk see afterwards, and a kiosk user's refusal in the access log. On SQLite and
// PostgreSQL.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliBlockTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
    }

    QString blocks()
    {
        return QString::number(scalar(*db, QStringLiteral("SELECT count(*) FROM seats WHERE blocked"))) + QLatin1Char('/')
            + QString::number(countRows(*db, QStringLiteral("bookings")));
    }
    static void expectError(const CtlRun &run, int exitCode, const QString &code, const QString &words)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), code) << run.describe();
        EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(words)) << run.describe();
    }
};

TEST_P(CliBlockTest, BlockedSeatsAreNotSoldAtTheKioskAndDeskOnlyOnesAreTheDesks)
{
    const CtlRun blocked = ctl({QStringLiteral("block"), flightId(), QStringLiteral("3A,3B"), QStringLiteral("--reason"),
                                QStringLiteral("wheelchair passenger"), QStringLiteral("--channel"), QStringLiteral("desk")});
    ASSERT_EQ(blocked.exitCode, 0) << blocked.describe();
    EXPECT_TRUE(blocked.json().value(QStringLiteral("desk_only")).toBool());

    // The kiosk user sees them blocked and cannot hold them; the operator (an admin) can.
    const CtlRun kioskMap = as(QStringLiteral("kim"), {QStringLiteral("seats"), flightId()});
    ASSERT_EQ(kioskMap.exitCode, 0) << kioskMap.describe();
    EXPECT_TRUE(kioskMap.out.contains("\"status\": \"blocked\"")) << kioskMap.out.toStdString();
    expectError(as(QStringLiteral("kim"), {QStringLiteral("hold"), flightId(), QStringLiteral("3A")}), 3,
                QStringLiteral("seat_taken"), QStringLiteral("seat 3A is blocked"));
    const QJsonObject deskSeat = seatMap().value(QStringLiteral("3A"));
    EXPECT_EQ(deskSeat.value(QStringLiteral("status")).toString(), QStringLiteral("free"));
    EXPECT_EQ(deskSeat[QStringLiteral("block")][QStringLiteral("reason")].toString(), QStringLiteral("wheelchair passenger"));
    const QString reference = holdSeats(QStringLiteral("3A"));
    ASSERT_FALSE(reference.isEmpty());

    // Now 3A is held: blocking it for all is refused with the booking's reference.
    const QString before = blocks();
    expectError(ctl({QStringLiteral("block"), flightId(), QStringLiteral("3A"), QStringLiteral("--reason"),
                     QStringLiteral("broken")}),
                3, QStringLiteral("seat_taken"), QStringLiteral("held by booking ") + reference);
    EXPECT_EQ(blocks(), before);

    const CtlRun unblocked = ctl({QStringLiteral("unblock"), flightId(), QStringLiteral("3B")});
    ASSERT_EQ(unblocked.exitCode, 0) << unblocked.describe();
    EXPECT_EQ(as(QStringLiteral("kim"), {QStringLiteral("hold"), flightId(), QStringLiteral("3B")}).exitCode, 0);
}

TEST_P(CliBlockTest, BadBlocksChangeNothingAndAKioskUsersTryIsLogged)
{
    const QString before = blocks();
    const QString reason = QStringLiteral("--reason");
    expectError(ctl({QStringLiteral("block"), flightId(), QStringLiteral("4A,99K"), reason, QStringLiteral("broken")}), 4,
                QStringLiteral("not_found"), QStringLiteral("has no seat 99K"));
    expectError(ctl({QStringLiteral("block"), flightId(), QStringLiteral("4A")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("needs a reason"));
    expectError(ctl({QStringLiteral("block"), flightId(), QStringLiteral("4A"), reason, QStringLiteral("x"),
                     QStringLiteral("--channel"), QStringLiteral("web")}),
                2, QStringLiteral("bad_input"), QStringLiteral("--channel must be desk"));
    expectError(ctl({QStringLiteral("unblock"), flightId(), QStringLiteral("4A")}), 3, QStringLiteral("wrong_state"),
                QStringLiteral("is not blocked"));
    expectError(ctl({QStringLiteral("block"), QStringLiteral("KX999/2030-01-01"), QStringLiteral("4A"), reason,
                     QStringLiteral("x")}),
                4, QStringLiteral("not_found"), QStringLiteral("KX999"));
    expectError(as(QStringLiteral("kim"), {QStringLiteral("block"), flightId(), QStringLiteral("4A"), reason,
                                           QStringLiteral("mine now")}),
                6, QStringLiteral("forbidden"), QStringLiteral("block seats"));
    EXPECT_EQ(blocks(), before);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'block seats' AND outcome = 'denied' AND actor = 'kim'")),
              1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliBlockTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
