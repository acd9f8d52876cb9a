#include "payment/CardDetails.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

CardDetails card(const QString &number, const QString &expiry = QStringLiteral("12/30"), const QString &cvc = QStringLiteral("123"))
{
    CardDetails c;
    c.number = number;
    c.setExpiry(expiry);
    c.cvc = cvc;
    return c;
}

const QDate today(2026, 11, 23);

} // namespace

TEST(CardValidator, AcceptsTestCardsAndKnowsTheirBrands)
{
    auto visa = CardValidator::validate(card(QStringLiteral("4242 4242 4242 4242")), today);
    ASSERT_TRUE(visa.ok());
    EXPECT_EQ(visa->brand, QStringLiteral("visa"));
    EXPECT_EQ(visa->last4, QStringLiteral("4242"));
    EXPECT_EQ(CardValidator::validate(card(QStringLiteral("5555555555554444")), today)->brand, QStringLiteral("mastercard"));
    EXPECT_EQ(CardValidator::validate(card(QStringLiteral("2223003122003222")), today)->brand, QStringLiteral("mastercard"));
    EXPECT_EQ(CardValidator::validate(card(QStringLiteral("378282246310005"), QStringLiteral("12/30"), QStringLiteral("1234")), today)->brand,
              QStringLiteral("amex"));
    EXPECT_EQ(CardValidator::validate(card(QStringLiteral("6011111111111117")), today)->brand, QStringLiteral("discover"));
}

TEST(CardValidator, RejectsWithSpecificReasons)
{
    const struct {
        CardDetails card;
        const char *mentions;
    } cases[] = {
        {card(QStringLiteral("4242424242424241")), "check digit"},
        {card(QStringLiteral("4242")), "4 digits"},
        {card(QStringLiteral("4242x42424242424")), "only digits"},
        {card(QStringLiteral("4242424242424242"), QStringLiteral("10/26")), "expired at the end of 10/2026"},
        {card(QStringLiteral("4242424242424242"), QStringLiteral("13/27")), "MM/YY"},
        {card(QStringLiteral("4242424242424242"), QStringLiteral("12/30"), QStringLiteral("12")), "3 digits"},
        {card(QStringLiteral("378282246310005"), QStringLiteral("12/30"), QStringLiteral("123")), "4 digits"},
    };
    for (const auto &c : cases) {
        auto result = CardValidator::validate(c.card, today);
        ASSERT_FALSE(result.ok()) << c.mentions;
        EXPECT_EQ(result.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(result.error().message.contains(QString::fromLatin1(c.mentions)))
            << result.error().message.toStdString();
    }
}

TEST(CardValidator, CardIsValidThroughItsExpiryMonth)
{
    EXPECT_TRUE(CardValidator::validate(card(QStringLiteral("4242424242424242"), QStringLiteral("11/26")), today).ok());
    EXPECT_FALSE(CardValidator::validate(card(QStringLiteral("4242424242424242"), QStringLiteral("11/26")), QDate(2026, 12, 1)).ok());
}
