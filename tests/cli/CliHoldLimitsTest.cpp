// Limits per terminal through real kioskctl processes: many processes of one terminal
// racing to hold get exactly the terminal's limit of unpaid holds, the rest a clear refusal
// (exit 3, limit_reached) each in the access log; hold-limits show and set, admin-only.
#include "CliFixture.h"
#include "SqlProbe.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {


class CliHoldLimitsTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        runner.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kiosk-user"), Role::Kiosk));
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("ada"), Role::Agent));
    }
    int racers() const { return GetParam() == Backend::PostgreSQL ? 12 : 6; }
    QStringList asKiosk(const QString &terminal, const QStringList &arguments) const
    {
        return globalArguments()
            + QStringList{QStringLiteral("--user"), QStringLiteral("kiosk-user"), QStringLiteral("--terminal"), terminal}
            + arguments;
    }
};

TEST_P(CliHoldLimitsTest, ProcessesOfOneTerminalRacingGetExactlyItsLimit)
{
    // The operator (no sign-in, so every process reaches the hold at once) under the limit a
    // kiosk has; the mechanism is the same for every role.
    const CtlRun lowered = ctl({QStringLiteral("hold-limits"), QStringLiteral("set"), QStringLiteral("admin"),
                                QStringLiteral("--unpaid"), QStringLiteral("2")});
    ASSERT_EQ(lowered.exitCode, 0) << lowered.describe();
    QList<QStringList> commands;
    for (int i = 0; i < racers(); ++i)
        commands << globalArguments()
                        + QStringList{QStringLiteral("--terminal"), QStringLiteral("kiosk-3"), QStringLiteral("hold"), flightId(),
                                      QStringLiteral("%1%2").arg(i / 6 + 1).arg(QChar(char16_t(u'A' + i % 6)))};
    // PostgreSQL: the flight's row locked, so every process waits inside kiosk_hold_on_sale at the
    // same point and all count at once when it is released; only the lock per terminal keeps
    // them to the limit. (SQLite runs one write transaction at a time anyway.)
    std::optional<QSqlQuery> gate;
    if (GetParam() == Backend::PostgreSQL) {
        gate.emplace(db->connection());
        ASSERT_TRUE(gate->exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(gate->exec(QStringLiteral("SELECT id FROM flights WHERE id = %1 FOR UPDATE").arg(flightId())));
    }
    const std::vector<CtlRun> runs = runner.runConcurrently(commands, 120000, [&] {
        if (!gate)
            return;
        // (QPSQL runs its prepared statements as EXECUTE: only the racers wait on a lock here.)
        awaitWaiting(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"), racers());

        EXPECT_TRUE(gate->exec(QStringLiteral("COMMIT")));
    });
    int held = 0;
    int limited = 0;
    for (const CtlRun &run : runs) {
        if (run.exitCode == 0) {
            ++held;
        } else if (run.exitCode == 3 && run.error().value(QStringLiteral("error")).toString() == QLatin1String("limit_reached")) {
            ++limited;
            EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("wait until")))
                << run.err.toStdString();
        } else {
            ADD_FAILURE() << "neither held nor refused by the limit: " << run.describe();
        }
    }
    EXPECT_EQ(held, 2);
    EXPECT_EQ(limited, racers() - 2);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 2);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'hold seats' AND outcome = 'denied' AND terminal = 'kiosk-3'")),
              racers() - 2);

    // Another kiosk terminal is not affected.
    const CtlRun other = runner.run(asKiosk(QStringLiteral("kiosk-4"), {QStringLiteral("hold"), flightId(), QStringLiteral("8C")}));
    EXPECT_EQ(other.exitCode, 0) << other.describe();
}

TEST_P(CliHoldLimitsTest, HoldLimitsAreShownToAnyoneAndSetByAnAdminOnly)
{
    const CtlRun shown = ctl({QStringLiteral("hold-limits"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    const QJsonArray limits = shown.json().value(QStringLiteral("limits")).toArray();
    ASSERT_EQ(limits.size(), 4);
    EXPECT_EQ(limits.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("kiosk"));
    EXPECT_EQ(limits.at(0).toObject().value(QStringLiteral("max_unpaid_holds")).toInt(), 2);
    EXPECT_TRUE(limits.at(3).toObject().value(QStringLiteral("max_unpaid_holds")).isNull());

    const CtlRun byAgent = runner.run(globalArguments() + QStringList{QStringLiteral("--user"), QStringLiteral("ada"),
                                                                      QStringLiteral("hold-limits"), QStringLiteral("set"),
                                                                      QStringLiteral("kiosk"), QStringLiteral("--unpaid"),
                                                                      QStringLiteral("5")});
    EXPECT_EQ(byAgent.exitCode, 6) << byAgent.describe();
    for (const QStringList &bad : {QStringList{QStringLiteral("kiosk"), QStringLiteral("--unpaid"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("kiosk"), QStringLiteral("--unpaid"), QStringLiteral("two")},
                                   QStringList{QStringLiteral("pilot"), QStringLiteral("--unpaid"), QStringLiteral("2")},
                                   QStringList{QStringLiteral("kiosk")},
                                   QStringList{QStringLiteral("kiosk"), QStringLiteral("--decline-extension"),
                                               QStringLiteral("9000")}}) {
        const CtlRun refused = ctl(QStringList{QStringLiteral("hold-limits"), QStringLiteral("set")} + bad);
        EXPECT_EQ(refused.exitCode, 2) << refused.describe();
    }
    const CtlRun unchanged = ctl({QStringLiteral("hold-limits"), QStringLiteral("show")});
    EXPECT_EQ(unchanged.out, shown.out);

    const CtlRun set = ctl({QStringLiteral("hold-limits"), QStringLiteral("set"), QStringLiteral("kiosk"),
                            QStringLiteral("--unpaid"), QStringLiteral("1"), QStringLiteral("--per-minute"),
                            QStringLiteral("none")});
    ASSERT_EQ(set.exitCode, 0) << set.describe();
    const QJsonObject kiosk = set.json().value(QStringLiteral("limits")).toArray().at(0).toObject();
    EXPECT_EQ(kiosk.value(QStringLiteral("max_unpaid_holds")).toInt(), 1);
    EXPECT_TRUE(kiosk.value(QStringLiteral("max_holds_per_minute")).isNull());

    const CtlRun first = runner.run(asKiosk(QStringLiteral("kiosk-5"), {QStringLiteral("hold"), flightId(), QStringLiteral("9A")}));
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    const CtlRun second = runner.run(asKiosk(QStringLiteral("kiosk-5"), {QStringLiteral("hold"), flightId(), QStringLiteral("9B")}));
    EXPECT_EQ(second.exitCode, 3) << second.describe();
    EXPECT_EQ(second.error().value(QStringLiteral("error")).toString(), QStringLiteral("limit_reached"));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliHoldLimitsTest);
