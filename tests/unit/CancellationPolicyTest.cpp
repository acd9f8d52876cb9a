#include "booking/CancellationPolicy.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {
constexpr qint64 Hour = 3600;
}

// The standard tiers at and around their boundaries: "more than 72 h" is strict.
TEST(CancellationPolicyTest, StandardTiersAtTheirBoundaries)
{
    const CancellationPolicy policy = CancellationPolicy::standard();
    for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy}) {
        EXPECT_EQ(policy.percentFor(cabin, 30 * 24 * Hour), 100);
        EXPECT_EQ(policy.percentFor(cabin, 72 * Hour + 1), 100);
        EXPECT_EQ(policy.percentFor(cabin, 72 * Hour), 50);
        EXPECT_EQ(policy.percentFor(cabin, 24 * Hour + 1), 50);
        EXPECT_EQ(policy.percentFor(cabin, 24 * Hour), 0);
        EXPECT_EQ(policy.percentFor(cabin, 1), 0);
        EXPECT_EQ(policy.percentFor(cabin, 0), 0);
        EXPECT_EQ(policy.percentFor(cabin, -Hour), 0); // departed
    }
}

TEST(CancellationPolicyTest, EachFareClassCanHaveItsOwnTiers)
{
    CancellationPolicy policy = CancellationPolicy::standard();
    auto business = CancellationPolicy::parseTiers(QStringLiteral("0:75, 48:100"));
    ASSERT_TRUE(business.ok());
    policy.setTiers(Cabin::Business, *business);
    EXPECT_EQ(policy.percentFor(Cabin::Business, 48 * Hour + 1), 100);
    EXPECT_EQ(policy.percentFor(Cabin::Business, 48 * Hour), 75);
    EXPECT_EQ(policy.percentFor(Cabin::Business, 1), 75);
    EXPECT_EQ(policy.percentFor(Cabin::Economy, 48 * Hour), 50); // the others keep the standard
    EXPECT_EQ(policy.describe(Cabin::Business), QStringLiteral("more than 48 h: 100 %, otherwise 75 %"));
}

TEST(CancellationPolicyTest, RefundsRoundDownToTheMinorUnit)
{
    EXPECT_EQ(CancellationPolicy::refundOf(Money(4900, QStringLiteral("EUR")), 50), Money(2450, QStringLiteral("EUR")));
    EXPECT_EQ(CancellationPolicy::refundOf(Money(4999, QStringLiteral("EUR")), 50), Money(2499, QStringLiteral("EUR")));
    EXPECT_EQ(CancellationPolicy::refundOf(Money(1, QStringLiteral("EUR")), 50), Money(0, QStringLiteral("EUR")));
    EXPECT_EQ(CancellationPolicy::refundOf(Money(17739, QStringLiteral("JPY")), 33), Money(5853, QStringLiteral("JPY")));
    EXPECT_EQ(CancellationPolicy::refundOf(Money(4999, QStringLiteral("EUR")), 100), Money(4999, QStringLiteral("EUR")));
    EXPECT_EQ(CancellationPolicy::refundOf(Money(4999, QStringLiteral("EUR")), 0), Money(0, QStringLiteral("EUR")));
}

TEST(CancellationPolicyTest, MalformedTiersAreRefusedWithTheReason)
{
    for (const QString &text : {QString(), QStringLiteral("72"), QStringLiteral("72:101"), QStringLiteral("-1:50"),
                                QStringLiteral("x:50"), QStringLiteral("72:100;24:50"),
                                QStringLiteral("72:100,72:50"), QStringLiteral("72:50,24:100")}) {
        auto parsed = CancellationPolicy::parseTiers(text);
        ASSERT_FALSE(parsed.ok()) << text.toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
    }
}

TEST(CancellationPolicyTest, TiersReadBackInTheFormTheyAreWritten)
{
    CancellationPolicy policy = CancellationPolicy::standard();
    EXPECT_EQ(policy.tiersText(Cabin::First), QStringLiteral("72:100,24:50,0:0"));
    EXPECT_EQ(policy.describe(Cabin::First), QStringLiteral("more than 72 h: 100 %, more than 24 h: 50 %, otherwise 0 %"));
    EXPECT_FALSE(policy.hasOwnTiers(Cabin::First));
    auto first = CancellationPolicy::parseTiers(QStringLiteral(" 0:80 ,168:100"));
    ASSERT_TRUE(first.ok());
    policy.setTiers(Cabin::First, *first);
    EXPECT_TRUE(policy.hasOwnTiers(Cabin::First));
    EXPECT_EQ(policy.tiersText(Cabin::First), QStringLiteral("168:100,0:80"));
    EXPECT_EQ(CancellationPolicy::parseTiers(policy.tiersText(Cabin::First))->size(), 2);
}
