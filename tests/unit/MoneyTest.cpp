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
