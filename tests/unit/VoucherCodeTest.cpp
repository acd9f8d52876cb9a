// Voucher codes and the discount rule, pure: normalisation, digests, hints, the constant-time
// comparison, and a discount that never makes a price negative.
#include "domain/Voucher.h"
#include "domain/VoucherCode.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(VoucherCodeTest, CaseSpacesAndHyphensDoNotCount)
{
    for (const QString &typed : {QStringLiteral("summer26"), QStringLiteral(" Summer 26 "), QStringLiteral("SUMMER-26"),
                                 QStringLiteral("s u m m e r - 2 6"), QStringLiteral("sUmMeR\t26")})
        EXPECT_EQ(VoucherCode::normalise(typed).value(), QStringLiteral("SUMMER26")) << typed.toStdString();
}

TEST(VoucherCodeTest, AMalformedCodeSaysWhatIsWrong)
{
    auto underscore = VoucherCode::normalise(QStringLiteral("SUMMER_26"));
    ASSERT_FALSE(underscore.ok());
    EXPECT_EQ(underscore.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(underscore.error().message.contains(QStringLiteral("not '_'"))) << underscore.error().message.toStdString();
    EXPECT_FALSE(VoucherCode::normalise(QStringLiteral("ÉTÉ2026")).ok());
    EXPECT_FALSE(VoucherCode::normalise(QStringLiteral("A-B-C")).ok()); // 3 characters
    EXPECT_FALSE(VoucherCode::normalise(QString(33, QLatin1Char('A'))).ok());
    EXPECT_TRUE(VoucherCode::normalise(QString(32, QLatin1Char('A'))).ok());
    EXPECT_FALSE(VoucherCode::normalise(QString()).ok());
}

TEST(VoucherCodeTest, TheDigestIsSha256HexAndTheHintShowsLittle)
{
    EXPECT_EQ(VoucherCode::digest(QStringLiteral("SUMMER26")).size(), 64);
    EXPECT_NE(VoucherCode::digest(QStringLiteral("SUMMER26")), VoucherCode::digest(QStringLiteral("SUMMER27")));
    EXPECT_EQ(VoucherCode::hint(QStringLiteral("SUMMER26")), QStringLiteral("SU…26"));
    EXPECT_EQ(VoucherCode::hint(QStringLiteral("TEN5")), QStringLiteral("T…5"));
    EXPECT_TRUE(VoucherCode::sameDigest(VoucherCode::digest(QStringLiteral("ABCD")), VoucherCode::digest(QStringLiteral("ABCD"))));
    EXPECT_FALSE(VoucherCode::sameDigest(VoucherCode::digest(QStringLiteral("ABCD")), VoucherCode::digest(QStringLiteral("ABCE"))));
    EXPECT_FALSE(VoucherCode::sameDigest(QStringLiteral("ab"), QStringLiteral("abc")));
}

TEST(VoucherCodeTest, ADiscountIsRoundedDownAndStopsAtThePrice)
{
    Voucher percent;
    percent.terms.percent = 15;
    EXPECT_EQ(percent.discountOn(Money(14700, QStringLiteral("EUR"))).minorUnits(), 2205);
    EXPECT_EQ(percent.discountOn(Money(999, QStringLiteral("EUR"))).minorUnits(), 149); // 149.85 -> 149
    percent.terms.percent = 100;
    EXPECT_EQ(percent.discountOn(Money(4900, QStringLiteral("EUR"))).minorUnits(), 4900);
    Voucher amount;
    amount.terms.amount = Money(10000, QStringLiteral("EUR"));
    EXPECT_EQ(amount.discountOn(Money(4900, QStringLiteral("EUR"))).minorUnits(), 4900); // free, not negative
    EXPECT_EQ(amount.discountOn(Money(25000, QStringLiteral("EUR"))).minorUnits(), 10000);
    EXPECT_EQ(amount.benefit(), QStringLiteral("EUR 100.00 off"));
}
