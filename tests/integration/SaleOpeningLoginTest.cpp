// Opening flights for sale from terminal logins (migration 0024, docs/security.md): the
// database checks the login's class and its signed-in staff user, whatever the program
// claims. An agent at a desk opens one flight; a kiosk login, or a desk with nobody signed
// in, opens nothing; every flight entering the horizon needs an admin on an ops login.
// PostgreSQL only: SQLite has no logins.
#include "ScheduleImportFixture.h"
#include "TerminalLoginFixture.h"

#include "schedule/SalesOpener.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SaleOpeningLoginTest : public ScheduleImportFixture {
protected:
    void SetUp() override
    {
        ScheduleImportFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_schema = currentSchema(*db);
        addStaffUsers(*db);
        if (HasFatalFailure())
            return;
        // XX200 40 to 42 days ahead: beyond the horizon, not on sale.
        SsimBuilder::Leg far = leg(3);
        far.number = QStringLiteral("200");
        far.from = ssimDate(firstDay.addDays(30));
        far.to = ssimDate(firstDay.addDays(32));
        ASSERT_TRUE(import(far).ok());
    }

    // A new LOGIN role of `terminalClass` (kiosk, desk, ops) and a connection made with it.
    std::unique_ptr<Database> connectAs(const QString &terminalClass)
    {
        return connectAsNewLogin(*db, url(), QStringLiteral("%1_opener_%2%3").arg(m_schema, terminalClass).arg(++m_logins),
                                 terminalClass);
    }

    static Actor signIn(Database &on, const QString &name) { return signInAs(on, name); }

    // What opening changes: the seats and which flights are on sale.
    QString openingState()
    {
        return QStringLiteral("%1 seats, %2 not on sale")
            .arg(countRows(*db, QStringLiteral("seats"), QStringLiteral("1 = 1")))
            .arg(countRows(*db, QStringLiteral("flights"), QStringLiteral("seats_opened_at IS NULL")));
    }

    qint64 seatsOf(int day) { return countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1").arg(imported(day, 200).id)); }

    // The program trusts the actor it is given; the database must not.
    const Actor claimedAgent{QStringLiteral("desk-7"), QStringLiteral("alice"), Role::Agent};
    const Actor claimedAdmin{QStringLiteral("desk-7"), QStringLiteral("ada"), Role::Admin};

private:
    QString m_schema;
    int m_logins = 0;
};

TEST_P(SaleOpeningLoginTest, ADeskLoginWithASignedInAgentOpensOneFlightAndAKioskLoginCannot)
{
    const FlightRef far = FlightRef::byId(imported(30, 200).id);
    const QString before = openingState();

    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    auto fromKiosk = SalesOpener(*kiosk, claimedAgent).openFlight(far);
    ASSERT_FALSE(fromKiosk.ok());
    EXPECT_EQ(fromKiosk.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(fromKiosk.error().message.contains(QStringLiteral("opening a flight for sale needs a desk login")))
        << fromKiosk.error().message.toStdString();
    // Even with an agent signed in: a kiosk is not a desk.
    signIn(*kiosk, QStringLiteral("alice"));
    EXPECT_EQ(SalesOpener(*kiosk, claimedAgent).openFlight(far).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(openingState(), before);

    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    auto nobody = SalesOpener(*desk, claimedAgent).openFlight(far);
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(nobody.error().message.contains(QStringLiteral("signed in: nobody"))) << nobody.error().message.toStdString();
    EXPECT_EQ(openingState(), before);

    const Actor alice = signIn(*desk, QStringLiteral("alice"));
    auto opened = SalesOpener(*desk, alice).openFlight(far);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->seats, 168);
    EXPECT_EQ(seatsOf(30), 168);
    EXPECT_EQ(seatsOf(31), 0);
}

TEST_P(SaleOpeningLoginTest, EveryFlightEnteringTheHorizonNeedsAnAdminOnAnOpsLogin)
{
    const QString before = openingState();
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    signIn(*desk, QStringLiteral("alice"));
    // The program would refuse an agent; the database refuses the claim of an admin too.
    auto fromDesk = SalesOpener(*desk, claimedAdmin).openDue(SalesHorizon{60});
    ASSERT_FALSE(fromDesk.ok());
    EXPECT_EQ(fromDesk.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(fromDesk.error().message.contains(QStringLiteral("needs an ops login with a signed-in admin")))
        << fromDesk.error().message.toStdString();

    auto ops = connectAs(QStringLiteral("ops"));
    ASSERT_NE(ops, nullptr);
    EXPECT_EQ(SalesOpener(*ops, claimedAdmin).openDue(SalesHorizon{60}).error().code, ErrorCode::Forbidden);
    EXPECT_EQ(openingState(), before);

    const Actor ada = signIn(*ops, QStringLiteral("ada"));
    auto opened = SalesOpener(*ops, ada).openDue(SalesHorizon{60});
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->flights, 3);
    for (int day = 30; day < 33; ++day)
        EXPECT_EQ(seatsOf(day), 168) << day;
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, SaleOpeningLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);
