#include "domain/Money.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(Money, FormatsTwoDecimalCurrencies)
{
    EXPECT_EQ(Money(4900, QStringLiteral("EUR")).toString(), QStringLiteral("EUR 49.00"));
    EXPECT_EQ(Money(4905, QStringLiteral("GBP")).amountString(), QStringLiteral("49.05"));
    EXPECT_EQ(Money(5, QStringLiteral("USD")).amountString(), QStringLiteral("0.05"));
    EXPECT_EQ(Money(0, QStringLiteral("EUR")).amountString(), QStringLiteral("0.00"));
    EXPECT_EQ(Money(123456789, QStringLiteral("EUR")).amountString(), QStringLiteral("1234567.89"));
}

TEST(Money, UsesTheCurrencyExponent)
{
    EXPECT_EQ(Money::exponentOf(QStringLiteral("EUR")), 2);
    EXPECT_EQ(Money::exponentOf(QStringLiteral("JPY")), 0);
    EXPECT_EQ(Money::exponentOf(QStringLiteral("KRW")), 0);
    EXPECT_EQ(Money::exponentOf(QStringLiteral("KWD")), 3);
    EXPECT_EQ(Money::exponentOf(QStringLiteral("BHD")), 3);

    EXPECT_EQ(Money(12345, QStringLiteral("JPY")).toString(), QStringLiteral("JPY 12345"));
    EXPECT_EQ(Money(1234, QStringLiteral("KWD")).toString(), QStringLiteral("KWD 1.234"));
    EXPECT_EQ(Money(7, QStringLiteral("KWD")).amountString(), QStringLiteral("0.007"));
}

TEST(Money, FormatsNegativeAmountsWithOneSign)
{
    EXPECT_EQ(Money(-4905, QStringLiteral("EUR")).toString(), QStringLiteral("EUR -49.05"));
    // Below one unit the sign must not get lost in the integer part.
    EXPECT_EQ(Money(-5, QStringLiteral("EUR")).amountString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money(-300, QStringLiteral("JPY")).amountString(), QStringLiteral("-300"));
    EXPECT_EQ(Money(-1, QStringLiteral("KWD")).amountString(), QStringLiteral("-0.001"));
}

TEST(Money, AddsAndComparesInMinorUnits)
{
    const Money a(1999, QStringLiteral("EUR"));
    const Money b(1, QStringLiteral("EUR"));
    EXPECT_EQ(a + b, Money(2000, QStringLiteral("EUR")));
    EXPECT_NE(Money(100, QStringLiteral("EUR")), Money(100, QStringLiteral("GBP")));
    EXPECT_TRUE(a.isValid());
    EXPECT_FALSE(Money().isValid());
    EXPECT_FALSE(Money(100, QStringLiteral("EURO")).isValid());
}

TEST(Money, ParsesAmountsWithTheCurrencysDecimalsOnly)
{
    EXPECT_EQ(Money::parse(QStringLiteral("12.5"), QStringLiteral("EUR")), Money(1250, QStringLiteral("EUR")));
    EXPECT_EQ(Money::parse(QStringLiteral(" 80 "), QStringLiteral("EUR")), Money(8000, QStringLiteral("EUR")));
    EXPECT_EQ(Money::parse(QStringLiteral("1.234"), QStringLiteral("KWD")), Money(1234, QStringLiteral("KWD")));
    EXPECT_EQ(Money::parse(QStringLiteral("500"), QStringLiteral("JPY")), Money(500, QStringLiteral("JPY")));
    for (const QString &bad : {QStringLiteral("1.234"), QStringLiteral("-1"), QStringLiteral("1,50"), QStringLiteral(""),
                               QStringLiteral("abc"), QStringLiteral("1e3")})
        EXPECT_FALSE(Money::parse(bad, QStringLiteral("EUR")).has_value()) << bad.toStdString();
    EXPECT_FALSE(Money::parse(QStringLiteral("5.0"), QStringLiteral("JPY")).has_value());
}
