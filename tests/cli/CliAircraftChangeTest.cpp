// kioskctl change-aircraft (docs/cli.md): the dry run's list of who would move where with
// nothing changed, the change itself and its disruptions, the layout a flight has already,
// and the refusals with their exit codes (2, 4, 6 in the access log). On SQLite and
// PostgreSQL.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliAircraftChangeTest : public CliTest {
protected:
    // Seat 1A of the test flight (all economy) becomes first class: an A321neo has none.
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
        ASSERT_TRUE(db->execute(QStringLiteral("UPDATE seats SET cabin = 'F' WHERE flight_id = %1 AND code = '1A'")
                                    .arg(flight.id),
                                QStringLiteral("a first class seat"))
                        .ok());
    }

    // kioskctl without --json: what an operator reads.
    CtlRun text(const QStringList &arguments) const
    {
        return runner.run(QStringList{QStringLiteral("--db"), url(), QStringLiteral("--terminal"), QStringLiteral("cli-test")}
                          + arguments);
    }
    CtlRun changeTo(const QString &layout, bool dryRun = false) const
    {
        QStringList arguments{QStringLiteral("change-aircraft"), flightId(), layout};
        if (dryRun)
            arguments << QStringLiteral("--dry-run");
        return ctl(arguments);
    }
    // What a change of aircraft may touch.
    QString state() const
    {
        return QString::fromUtf8(ctl({QStringLiteral("seats"), flightId()}).out + ctl({QStringLiteral("disruptions")}).out)
            + QString::number(scalar(*db, QStringLiteral("SELECT COALESCE(SUM(seat_id), 0) FROM booking_lines")))
            + QString::number(countRows(*db, QStringLiteral("seats")));
    }
    static void expectError(const CtlRun &run, int exitCode, const QString &code, const QString &words)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), code) << run.describe();
        EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(words)) << run.describe();
    }
};

TEST_P(CliAircraftChangeTest, ADryRunSaysWhoWouldMoveWhereThenTheChangeMovesThem)
{
    const QString first = holdSeats(QStringLiteral("1A"), {QStringLiteral("--passenger"), QStringLiteral("Ada Byron")});
    const QString party = holdSeats(QStringLiteral("1B,1C"), {QStringLiteral("--passenger"), QStringLiteral("Anne Lovelace"),
                                                              QStringLiteral("--passenger"), QStringLiteral("Ralph Lovelace")});
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(party.isEmpty());
    const QString before = state();

    const CtlRun dry = changeTo(QStringLiteral("A321neo"), true);
    ASSERT_EQ(dry.exitCode, 0) << dry.describe();
    const QJsonObject plan = dry.json();
    EXPECT_TRUE(plan.value(QStringLiteral("dry_run")).toBool());
    EXPECT_TRUE(plan.value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(plan.value(QStringLiteral("from")).toString(), QStringLiteral("A320"));
    EXPECT_EQ(plan.value(QStringLiteral("to")).toString(), QStringLiteral("A321neo"));
    EXPECT_EQ(plan.value(QStringLiteral("moved")).toInt(), 2);
    EXPECT_EQ(plan.value(QStringLiteral("without_seat")).toInt(), 1);
    const QJsonArray moves = plan.value(QStringLiteral("moves")).toArray();
    ASSERT_EQ(moves.size(), 3);
    for (const QJsonValue &move : moves) {
        if (move[QStringLiteral("booking")].toString() == first) {
            EXPECT_EQ(move[QStringLiteral("passenger")].toString(), QStringLiteral("Ada Byron"));
            EXPECT_EQ(move[QStringLiteral("old_seat")].toString(), QStringLiteral("1A"));
            EXPECT_TRUE(move[QStringLiteral("new_seat")].isNull());
        } else {
            EXPECT_EQ(move[QStringLiteral("booking")].toString(), party);
            EXPECT_FALSE(move[QStringLiteral("new_seat")].toString().isEmpty());
        }
    }
    EXPECT_EQ(state(), before);

    const CtlRun words = text({QStringLiteral("change-aircraft"), flightId(), QStringLiteral("32Q"), QStringLiteral("--dry-run")});
    ASSERT_EQ(words.exitCode, 0) << words.describe();
    const QString shown = QString::fromUtf8(words.out);
    EXPECT_TRUE(shown.startsWith(QStringLiteral("dry run, nothing changed: ") + flight.key()
                                 + QStringLiteral(" would fly A321neo (Airbus A321neo) instead of A320")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("no seat: left for an agent"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(first) && shown.contains(party) && shown.contains(QStringLiteral("Ralph Lovelace")))
        << shown.toStdString();
    EXPECT_EQ(state(), before);

    const CtlRun applied = changeTo(QStringLiteral("A321neo"));
    ASSERT_EQ(applied.exitCode, 0) << applied.describe();
    EXPECT_FALSE(applied.json().value(QStringLiteral("dry_run")).toBool());
    EXPECT_EQ(applied.json().value(QStringLiteral("moves")).toArray(), moves);
    EXPECT_EQ(applied.json().value(QStringLiteral("disruptions")).toInt(), 3);
    const CtlRun listed = ctl({QStringLiteral("disruptions"), QStringLiteral("--flight"), flightId()});
    ASSERT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_EQ(listed.json().value(QStringLiteral("disruptions")).toArray().size(), 3);
    const auto map = seatMap();
    EXPECT_TRUE(map.contains(QStringLiteral("36F")));
    EXPECT_FALSE(map.contains(QStringLiteral("1B")));

    // The layout it has now: exit 0, said so, nothing changed.
    const QString after = state();
    const CtlRun same = text({QStringLiteral("change-aircraft"), flightId(), QStringLiteral("a321neo")});
    ASSERT_EQ(same.exitCode, 0) << same.describe();
    EXPECT_EQ(QString::fromUtf8(same.out).trimmed(), flight.key() + QStringLiteral(" flies A321neo already; nothing changed"));
    EXPECT_FALSE(changeTo(QStringLiteral("A321neo")).json().value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(state(), after);
}

TEST_P(CliAircraftChangeTest, RefusalsExitWithTheirCodeAndChangeNothing)
{
    ASSERT_FALSE(holdSeats(QStringLiteral("1B")).isEmpty());
    const QString before = state();
    expectError(changeTo(QStringLiteral("A350")), 2, QStringLiteral("bad_input"), QStringLiteral("A321neo (32Q)"));
    expectError(ctl({QStringLiteral("change-aircraft"), flightId()}), 2, QStringLiteral("bad_input"), QStringLiteral("LAYOUT"));
    expectError(ctl({QStringLiteral("change-aircraft"), QStringLiteral("KX101-tomorrow"), QStringLiteral("A321neo")}), 2,
                QStringLiteral("bad_input"), QStringLiteral("KX101-tomorrow"));
    expectError(ctl({QStringLiteral("change-aircraft"), QStringLiteral("KX999/2030-01-01"), QStringLiteral("A321neo")}), 4,
                QStringLiteral("not_found"), QStringLiteral("KX999"));
    expectError(as(QStringLiteral("kim"), {QStringLiteral("change-aircraft"), flightId(), QStringLiteral("A321neo")}), 6,
                QStringLiteral("forbidden"), QStringLiteral("change a flight's aircraft"));
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'change a flight''s aircraft' AND outcome = 'denied' AND actor = 'kim'")),
              1);
    EXPECT_EQ(state(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliAircraftChangeTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
