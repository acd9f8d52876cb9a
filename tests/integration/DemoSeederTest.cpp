#include "SqlProbe.h"
#include "TestDatabase.h"

#include "demo/DemoSeeder.h"
#include "storage/FlightRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class DemoSeederTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        database.emplace(GetParam());
        ASSERT_TRUE(database->ready()) << database->setupError().toStdString();
        db = database->connect();
        ASSERT_NE(db, nullptr);
        today = db->serverNow()->date();
    }

    // Moves every flight ten days into the past, as if the demo had not run for a while.
    void ageEverything()
    {
        const QString shift = db->dialect().isPostgres()
            ? QStringLiteral("UPDATE flights SET departure_at = departure_at - interval '10 days', "
                             "arrival_at = arrival_at - interval '10 days', departure_date = departure_date - 10")
            : QStringLiteral("UPDATE flights SET departure_at = departure_at - 864000000, arrival_at = arrival_at - "
                             "864000000, departure_date = date(departure_date, '-10 days')");
        QSqlQuery query(db->connection());
        ASSERT_TRUE(query.exec(shift)) << query.lastError().text().toStdString();
    }

    std::optional<TestDatabase> database;
    std::unique_ptr<Database> db;
    QDate today;
};

TEST_P(DemoSeederTest, FirstStartSeedsLaterStartsDoNothing)
{
    auto first = DemoSeeder::ensureUpcoming(*db, 7, today, 2);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_GT(*first, 50);
    const qint64 seats = countRows(*db, QStringLiteral("seats"));
    auto again = DemoSeeder::ensureUpcoming(*db, 7, today, 2);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("seats")), seats);
}

TEST_P(DemoSeederTest, AStaleDemoGetsTheNextDays)
{
    ASSERT_TRUE(DemoSeeder::ensureUpcoming(*db, 7, today, 2).ok());
    const qint64 before = countRows(*db, QStringLiteral("flights"));
    ageEverything();
    ASSERT_EQ(*FlightRepository(*db).upcomingCount(), 0);

    auto topUp = DemoSeeder::ensureUpcoming(*db, 7, today, 2);
    ASSERT_TRUE(topUp.ok()) << topUp.error().message.toStdString();
    EXPECT_GT(*topUp, 50);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), before + *topUp); // old flights stay for their bookings
    EXPECT_GT(*FlightRepository(*db).upcomingCount(), 0);
}

TEST_P(DemoSeederTest, ExplicitSeedRefusesADatabaseWithFlights)
{
    ASSERT_TRUE(DemoSeeder::ensureUpcoming(*db, 7, today, 1).ok());
    const qint64 before = countRows(*db, QStringLiteral("flights"));
    auto refused = DemoSeeder::seed(*db, DemoDataGenerator(8, today.addDays(30), 1).generate());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), before);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(DemoSeederTest);
