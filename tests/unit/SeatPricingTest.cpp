// SeatPricing, the one computation of a seat's price (fare + surcharges), and the parsing of
// what staff type for prices: amounts, currencies, airline/route scopes.
#include "booking/SurchargeSettings.h"
#include "domain/CurrencyCodes.h"
#include "domain/SeatPricing.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

Seat seatOf(const QString &code, SeatFeatures features, Cabin cabin = Cabin::Economy)
{
    Seat seat;
    seat.code = *SeatCode::parse(code);
    seat.features = features;
    seat.cabin = cabin;
    return seat;
}

SeatSurcharge surcharge(const QString &route, SeatCharacteristic characteristic, qint64 minor,
                        const QString &currency = QStringLiteral("EUR"))
{
    return {QStringLiteral("KX"), route, characteristic, Money(minor, currency)};
}

const Money Fare(10000, QStringLiteral("EUR"));

} // namespace

TEST(SeatPricingTest, ThePriceIsTheFarePlusEveryCharacteristicsSurcharge)
{
    // Business rows 1-2; economy rows 10, 11, 12, 14, ... (no 13): its front rows are 10, 11, 12.
    const QList<Seat> seats{seatOf(QStringLiteral("1A"), SeatFeature::Window, Cabin::Business),
                            seatOf(QStringLiteral("10A"), SeatFeature::Window),
                            seatOf(QStringLiteral("12C"), SeatFeature::Aisle),
                            seatOf(QStringLiteral("14C"), SeatFeature::Aisle),
                            seatOf(QStringLiteral("15F"), SeatFeatures(SeatFeature::Window) | SeatFeature::ExitRow
                                                              | SeatFeature::ExtraLegroom),
                            seatOf(QStringLiteral("16B"), SeatFeature::Middle),
                            seatOf(QStringLiteral("11B"), SeatFeature::Middle)};
    const SeatPricing pricing(QStringLiteral("KX"), QStringLiteral("DUB-JFK"),
                              {surcharge({}, SeatCharacteristic::ExtraLegroom, 2500),
                               surcharge({}, SeatCharacteristic::ExitRow, 2000),
                               surcharge({}, SeatCharacteristic::FrontRows, 1000),
                               surcharge({}, SeatCharacteristic::Window, 300),
                               surcharge(QStringLiteral("DUB-JFK"), SeatCharacteristic::Window, 500), // wins
                               surcharge(QStringLiteral("DUB-LHR"), SeatCharacteristic::Aisle, 700),  // another route
                               {QStringLiteral("ZZ"), {}, SeatCharacteristic::Aisle, Money(900, QStringLiteral("EUR"))}},
                              seats);
    const auto priceOf = [&](int i) { return pricing.price(seats.at(i), Fare); };
    EXPECT_EQ(priceOf(0).total().minorUnits(), 10500); // business window: no front-row charge
    EXPECT_EQ(priceOf(1).total().minorUnits(), 11500); // front row + window
    EXPECT_EQ(priceOf(2).total().minorUnits(), 11000); // front row (12 is the third economy row)
    EXPECT_EQ(priceOf(3).total().minorUnits(), 10000); // not a front row; aisle is not charged on this route
    const PriceBreakdown exit = priceOf(4);
    EXPECT_EQ(exit.total().minorUnits(), 15000);
    EXPECT_EQ(exit.surcharge().minorUnits(), 5000);
    EXPECT_EQ(exit.fare, Fare);
    ASSERT_EQ(exit.surcharges.size(), 3);
    EXPECT_EQ(exit.surcharges.at(0).characteristic, SeatCharacteristic::ExtraLegroom);
    EXPECT_EQ(exit.surcharges.at(2).amount.minorUnits(), 500);
    EXPECT_TRUE(priceOf(5).surcharges.isEmpty());
    EXPECT_EQ(priceOf(5).total(), Fare);
    EXPECT_EQ(priceOf(6).total().minorUnits(), 11000); // a middle seat in a front row
    EXPECT_EQ(pricing.characteristicsOf(seats.at(6)), QList<SeatCharacteristic>{SeatCharacteristic::FrontRows});
    EXPECT_TRUE(pricing.chargesAnything());
}

TEST(SeatPricingTest, ASurchargeInAnotherCurrencyIsNotChargedAndNoneMeansTheFare)
{
    const QList<Seat> seats{seatOf(QStringLiteral("1A"), SeatFeature::Window)};
    const SeatPricing pricing(QStringLiteral("KX"), QString(),
                              {surcharge({}, SeatCharacteristic::Window, 500, QStringLiteral("GBP"))}, seats);
    EXPECT_EQ(pricing.price(seats.first(), Fare).total(), Fare);
    const SeatPricing none(QStringLiteral("KX"), QString(), {}, seats);
    EXPECT_FALSE(none.chargesAnything());
    EXPECT_EQ(none.price(seats.first(), Fare).surcharge(), Money(0, QStringLiteral("EUR")));
}

TEST(SeatPricingTest, AmountsAreCheckedForShapeSignSizeAndCurrency)
{
    const QString what = QStringLiteral("the fare");
    const auto accepted = [&](const QString &text, const QString &currency, qint64 minor) {
        auto parsed = SeatPricing::parseAmount(text, currency, what);
        ASSERT_TRUE(parsed.ok()) << text.toStdString() << ": " << parsed.error().message.toStdString();
        EXPECT_EQ(parsed->minorUnits(), minor) << text.toStdString();
        EXPECT_EQ(parsed->currency(), currency);
    };
    accepted(QStringLiteral("120"), QStringLiteral("EUR"), 12000);
    accepted(QStringLiteral(" 120.5 "), QStringLiteral("EUR"), 12050);
    accepted(QStringLiteral("0"), QStringLiteral("EUR"), 0);
    accepted(QStringLiteral("1000000.00"), QStringLiteral("EUR"), 100000000);
    accepted(QStringLiteral("1000000"), QStringLiteral("JPY"), 1000000);
    accepted(QStringLiteral("12.345"), QStringLiteral("KWD"), 12345);

    const auto refused = [&](const QString &text, const QString &currency, const QString &words) {
        auto parsed = SeatPricing::parseAmount(text, currency, what);
        ASSERT_FALSE(parsed.ok()) << text.toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(parsed.error().message.contains(words)) << parsed.error().message.toStdString();
    };
    refused(QStringLiteral("-1"), QStringLiteral("EUR"), QStringLiteral("the fare cannot be negative: -1"));
    refused(QStringLiteral("-0.50"), QStringLiteral("EUR"), QStringLiteral("cannot be negative"));
    refused(QStringLiteral("1000000.01"), QStringLiteral("EUR"), QStringLiteral("above the largest one accepted, EUR 1000000.00"));
    refused(QStringLiteral("1000001"), QStringLiteral("JPY"), QStringLiteral("JPY 1000000"));
    refused(QStringLiteral("999999999999"), QStringLiteral("EUR"), QStringLiteral("above the largest"));
    refused(QStringLiteral("12.345"), QStringLiteral("EUR"), QStringLiteral("at most 2 decimals"));
    refused(QStringLiteral("12.5"), QStringLiteral("JPY"), QStringLiteral("without decimals"));
    for (const QString &text : {QString(), QStringLiteral("abc"), QStringLiteral("1,000"), QStringLiteral("1e3"),
                                QStringLiteral("+5"), QStringLiteral("12."), QStringLiteral(".5"), QStringLiteral("--1"),
                                QStringLiteral("EUR 12"), QStringLiteral("1 000")})
        refused(text, QStringLiteral("EUR"), QStringLiteral("must be an amount in EUR"));
    refused(QStringLiteral("12"), QStringLiteral("EURO"), QStringLiteral("'EURO' is not an ISO 4217 currency code"));
    refused(QStringLiteral("12"), QStringLiteral("eur"), QStringLiteral("ISO 4217"));
}

TEST(SeatPricingTest, TheCurrencyListIsIso4217)
{
    for (const QString &code : {QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"), QStringLiteral("JPY"),
                                QStringLiteral("CHF"), QStringLiteral("KWD"), QStringLiteral("AED"), QStringLiteral("INR")})
        EXPECT_TRUE(isIsoCurrency(code)) << code.toStdString();
    for (const QString &code : {QStringLiteral("XYZ"), QStringLiteral("EURO"), QStringLiteral("eur"), QStringLiteral("EU"),
                                QString(), QStringLiteral("ABC")})
        EXPECT_FALSE(isIsoCurrency(code)) << code.toStdString();
    EXPECT_GT(isoCurrencies().size(), 100);
    EXPECT_TRUE(std::is_sorted(isoCurrencies().cbegin(), isoCurrencies().cend()));
}

TEST(SeatPricingTest, CharacteristicsAndScopesAreReadAsTyped)
{
    EXPECT_EQ(characteristicFromName(QStringLiteral("exit_row")), SeatCharacteristic::ExitRow);
    EXPECT_EQ(characteristicFromName(QStringLiteral(" Extra-Legroom ")), SeatCharacteristic::ExtraLegroom);
    EXPECT_FALSE(characteristicFromName(QStringLiteral("middle")).has_value());
    EXPECT_FALSE(characteristicFromName(QString()).has_value());
    for (const QString &name : characteristicNames())
        EXPECT_EQ(characteristicName(*characteristicFromName(name)), name);

    const auto scope = [](const QString &text) { return SurchargeSettings::parseScope(text); };
    ASSERT_TRUE(scope(QStringLiteral("kx")).ok());
    EXPECT_EQ(scope(QStringLiteral("kx"))->carrier, QStringLiteral("KX"));
    EXPECT_TRUE(scope(QStringLiteral("kx"))->route.isEmpty());
    ASSERT_TRUE(scope(QStringLiteral("KX/dub-jfk")).ok());
    EXPECT_EQ(scope(QStringLiteral("KX/dub-jfk"))->route, QStringLiteral("DUB-JFK"));
    for (const QString &bad : {QStringLiteral("KX/DUB"), QStringLiteral("KX/DUB-DUB"), QStringLiteral("KX/DUB-JFK/X"),
                               QStringLiteral("K"), QStringLiteral("KXYZ"), QStringLiteral("/DUB-JFK"), QString(),
                               QStringLiteral("KX/DUBJFK")}) {
        auto parsed = scope(bad);
        ASSERT_FALSE(parsed.ok()) << bad.toStdString();
        EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
    }
}
