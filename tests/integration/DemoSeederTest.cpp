#include "SqlProbe.h"
#include "TestDatabase.h"

#include "auth/Authenticator.h"
#include "auth/UserAdministration.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoStaff.h"
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

namespace {

class DemoStaffTest : public DemoSeederTest {};

TEST_P(DemoStaffTest, TheThreeDemoAccountsSignInOnceAddedAndAreNeverReplaced)
{
    const PasswordHasher quick(PasswordHasher::MinIterations);
    auto added = DemoStaff::ensure(*db, quick);
    ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    EXPECT_EQ(*added, (QStringList{QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("admin")}));
    Authenticator desk(*db, QStringLiteral("desk-1"));
    for (Role role : {Role::Agent, Role::Supervisor, Role::Admin}) {
        auto actor = desk.signIn(roleName(role), QString::fromLatin1(DemoStaff::DemoPassword));
        ASSERT_TRUE(actor.ok()) << roleName(role).toStdString();
        EXPECT_EQ(actor->role, role);
    }
    // A changed password survives the next start.
    UserAdministration admin(*db, Actor::builtInOperator(QStringLiteral("t")), quick);
    ASSERT_TRUE(admin.setPassword(QStringLiteral("agent"), QStringLiteral("changed-it")).ok());
    auto again = DemoStaff::ensure(*db, quick);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->isEmpty());
    EXPECT_FALSE(desk.signIn(QStringLiteral("agent"), QString::fromLatin1(DemoStaff::DemoPassword)).ok());
    EXPECT_TRUE(desk.signIn(QStringLiteral("agent"), QStringLiteral("changed-it")).ok());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(DemoStaffTest);
