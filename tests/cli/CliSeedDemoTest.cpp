// seed-demo: deterministic sample flights, stored once, never on top of real data.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliSeedDemoTest : public ::testing::TestWithParam<Backend> {
protected:
    // Seeds a fresh database and returns the `flights` list kioskctl then reports.
    QJsonArray seedFreshDatabase(const QString &startDate, int *stored = nullptr)
    {
        TestDatabase database(GetParam());
        EXPECT_TRUE(database.ready()) << database.setupError().toStdString();
        const QStringList global{QStringLiteral("--json"), QStringLiteral("--db"), database.url()};
        const CtlRun seeded = runner.run(global + QStringList{QStringLiteral("seed-demo"), QStringLiteral("--seed"),
                                                              QStringLiteral("11"), QStringLiteral("--days"),
                                                              QStringLiteral("1"), QStringLiteral("--start-date"), startDate});
        EXPECT_EQ(seeded.exitCode, 0) << seeded.describe();
        const QJsonObject json = seeded.json();
        EXPECT_EQ(json.value(QStringLiteral("seed")).toInt(), 11);
        EXPECT_EQ(json.value(QStringLiteral("days")).toInt(), 1);
        EXPECT_EQ(json.value(QStringLiteral("start_date")).toString(), startDate);
        EXPECT_GT(json.value(QStringLiteral("airports")).toInt(), 1);
        EXPECT_GT(json.value(QStringLiteral("seats")).toInt(), json.value(QStringLiteral("flights")).toInt());
        if (stored)
            *stored = json.value(QStringLiteral("flights")).toInt();

        // Seeding again is refused and changes nothing.
        const CtlRun again = runner.run(global + QStringList{QStringLiteral("seed-demo")});
        EXPECT_EQ(again.exitCode, 2) << again.describe();
        EXPECT_EQ(again.error().value(QStringLiteral("error")).toString(), QStringLiteral("bad_input"));

        const CtlRun listed = runner.run(global + QStringList{QStringLiteral("flights")});
        EXPECT_EQ(listed.exitCode, 0) << listed.describe();
        return listed.json().value(QStringLiteral("flights")).toArray();
    }

    KioskctlRunner runner;
};

TEST_P(CliSeedDemoTest, SameSeedGivesTheSameFlightsAndSeedingTwiceIsRefused)
{
    const QString startDate = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    int stored = 0;
    const QJsonArray first = seedFreshDatabase(startDate, &stored);
    ASSERT_GT(stored, 0);
    EXPECT_EQ(first.size(), stored);
    const QJsonArray second = seedFreshDatabase(startDate);
    ASSERT_EQ(second.size(), first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        QJsonObject a = first[i].toObject();
        QJsonObject b = second[i].toObject();
        a.remove(QStringLiteral("id"));
        b.remove(QStringLiteral("id"));
        EXPECT_EQ(a, b) << i;
    }
}

TEST_P(CliSeedDemoTest, ADatabaseWithFlightsIsNeverSeeded)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    ASSERT_GT(addTestFlight(*db).id, 0);
    const CtlRun run = runner.run({QStringLiteral("--json"), QStringLiteral("--db"), database.url(), QStringLiteral("seed-demo")});
    EXPECT_EQ(run.exitCode, 2) << run.describe();
    EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("already has 1 flight")));
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), 1);
}

KIOSK_ON_BOTH_BACKENDS(CliSeedDemoTest);

} // namespace
