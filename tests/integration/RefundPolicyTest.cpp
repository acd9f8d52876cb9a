// The refund policy per cabin kept in the database, on both databases: an admin's change
// reaches every terminal's next cancellation, other roles and bad tiers change nothing,
// and every change is in the access log.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/RefundPolicyAdministration.h"

#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The test flight leaves in 48 h and sells economy seats at EUR 49.00.
class RefundPolicyTest : public BackendTest {
protected:
    RefundPolicyAdministration administrationAs(Role role)
    {
        return RefundPolicyAdministration(*db, Actor{QStringLiteral("desk-9"), roleName(role), role});
    }
    CancellationRequest whole(const Booking &booking)
    {
        return CancellationRequest{booking.reference, std::nullopt, QStringLiteral("customer request"), std::nullopt,
                                   QString()};
    }
};

TEST_P(RefundPolicyTest, AnAdminsTiersReachAnotherTerminalsNextCancellation)
{
    // A second terminal, running since before the change, on its own connection.
    auto otherDb = connectAgain();
    ASSERT_NE(otherDb, nullptr);
    BookingService desk(*otherDb, gateway, Actor{QStringLiteral("desk-2"), QStringLiteral("agent"), Role::Agent});
    const Booking booking = confirmed({QStringLiteral("4C")});
    EXPECT_EQ(desk.quoteCancellation(whole(booking))->percent, 50); // the standard 24-72 h tier

    auto set = administrationAs(Role::Admin).set(Cabin::Economy, QStringLiteral("168:100, 36:80, 0:20"));
    ASSERT_TRUE(set.ok()) << set.error().message.toStdString();
    EXPECT_EQ(set->tiersText(Cabin::Economy), QStringLiteral("168:100,36:80,0:20"));
    EXPECT_EQ(set->tiersText(Cabin::Business), QStringLiteral("72:100,24:50,0:0")); // other cabins untouched

    auto quote = desk.quoteCancellation(whole(booking));
    ASSERT_TRUE(quote.ok());
    EXPECT_EQ(quote->percent, 80);
    EXPECT_EQ(quote->policy, QStringLiteral("more than 168 h: 100 %, more than 36 h: 80 %, otherwise 20 %"));
    auto outcome = waitFor(desk.cancelWithRefund(whole(booking)), 30000);
    ASSERT_TRUE(outcome.ok()) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->refunded.minorUnits(), 3920); // 80 % of 4900
    EXPECT_EQ(outcome->booking.state, BookingState::Refunded);

    auto reset = administrationAs(Role::Admin).reset(Cabin::Economy);
    ASSERT_TRUE(reset.ok());
    EXPECT_FALSE(reset->hasOwnTiers(Cabin::Economy));
    const Booking again = confirmed({QStringLiteral("5C")});
    EXPECT_EQ(desk.quoteCancellation(whole(again))->percent, 50);

    // Who changed what, from which tiers to which.
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'set refund policy' AND target = 'cabin Y' AND actor = 'admin' "
                                       "AND detail = '72:100,24:50,0:0 -> 168:100,36:80,0:20'")),
              1);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'reset refund policy' AND detail = '168:100,36:80,0:20 -> standard'")),
              1);
}

TEST_P(RefundPolicyTest, OnlyAnAdminChangesThePolicy)
{
    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor}) {
        auto refused = administrationAs(role).set(Cabin::Economy, QStringLiteral("0:100"));
        ASSERT_FALSE(refused.ok()) << roleName(role).toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("set the refund policy is not allowed for role ")
                                                     + roleName(role)))
            << refused.error().message.toStdString();
        EXPECT_FALSE(administrationAs(role).reset(Cabin::Economy).ok());
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("refund_policies")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'")), 6);
}

TEST_P(RefundPolicyTest, BadTiersChangeNothing)
{
    ASSERT_TRUE(administrationAs(Role::Admin).set(Cabin::First, QStringLiteral("96:100,0:40")).ok());
    for (const QString &bad : {QStringLiteral("72:100,72:50"), QStringLiteral("24:100,72:50"), QStringLiteral("soon:100"),
                               QString()}) {
        auto refused = administrationAs(Role::Admin).set(Cabin::First, bad);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    }
    auto now = RefundPolicyAdministration::load(*db);
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(now->tiersText(Cabin::First), QStringLiteral("96:100,0:40"));
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("action = 'set refund policy'")), 1);
}

TEST_P(RefundPolicyTest, ADamagedStoredPolicyStopsRefundsWithAClearMessage)
{
    const Booking booking = confirmed({QStringLiteral("6C")});
    QSqlQuery damage(db->connection());
    ASSERT_TRUE(damage.exec(QStringLiteral("INSERT INTO refund_policies (cabin, tiers, updated_by, updated_at) "
                                           "VALUES ('Y', '72:lots', 'someone', %1)")
                                .arg(db->dialect().now())));
    auto quote = service->quoteCancellation(whole(booking));
    ASSERT_FALSE(quote.ok());
    EXPECT_TRUE(quote.error().message.contains(QStringLiteral("refund policy for cabin Y is damaged")));
    auto cancel = waitFor(service->cancelWithRefund(whole(booking)), 30000);
    ASSERT_FALSE(cancel.ok());
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed); // nothing changed
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(RefundPolicyTest);
