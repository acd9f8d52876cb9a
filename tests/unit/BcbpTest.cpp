#include "SampleBoardingPass.h"
#include "checkin/BcbpEncoder.h"
#include "checkin/BcbpParser.h"

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The mandatory items of the sample in IATA's BCBP Implementation Guide (Resolution 792).
const QString GuideMandatoryOnly = QStringLiteral("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100");
// The guide's two-leg sample with conditional items, airline use and security data.
const QString GuideTwoLegs = QStringLiteral(
    "M2DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 14D>6181WW6225BAC 00141234560032A0141234567890 1AC AC "
    "1234567890123    20KYLX58ZDEF456 FRAGVALH 3664 227C012C0002 12E2A0140987654321 1AC AC 1234567890123    2PCNWQ"
    "^164GIWVC5EH7JNT684FVNJ91W2QA4DVN5J8K4F0L0GEQ3DF5TGBN8709HKT5D3DW3GBHFCVHMY7J5T6HFR41W2QA4DVN5J8K4F0L0GE");

} // namespace

TEST(BcbpEncoder, WritesTheGuidesMandatoryItemsExactly)
{
    BoardingPassData pass;
    pass.passengerName = QStringLiteral("DESMARAIS/LUC");
    pass.pnr = QStringLiteral("ABC123");
    pass.from = QStringLiteral("YUL");
    pass.to = QStringLiteral("FRA");
    pass.operatingCarrier = QStringLiteral("AC");
    pass.flightNumber = 834;
    pass.flightDayOfYear = 326;
    pass.compartment = QLatin1Char('J');
    pass.seat = QStringLiteral("1A");
    pass.checkInSequence = 25;
    pass.hasConditionalItems = false;
    EXPECT_EQ(*BcbpEncoder::encode(pass), GuideMandatoryOnly);
}

TEST(BcbpEncoder, WritesVersion6ConditionalItemsWithTheirSizes)
{
    const QString text = *BcbpEncoder::encode(kestrelPass());
    EXPECT_EQ(text, QStringLiteral("M1MUELLER/ANNA        EK7QX2M DUBFRAKX 0101 335Y012A0007 13B"
                                   ">60B0KK6334BKX 2A999          00KX                        N"));
    EXPECT_EQ(text.mid(58, 2).toInt(nullptr, 16), text.size() - 60); // the size item counts what follows
}

TEST(BcbpEncoder, RefusesValuesThatDoNotFitTheirItems)
{
    auto pass = kestrelPass();
    pass.flightNumber = 12345;
    auto tooLong = BcbpEncoder::encode(pass);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("flight number '12345'"))) << tooLong.error().message.toStdString();
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("at most 4 digits")));

    pass = kestrelPass();
    pass.seat = QStringLiteral("123A");
    EXPECT_TRUE(BcbpEncoder::encode(pass).error().message.contains(QStringLiteral("seat '123A'")));
    pass = kestrelPass();
    pass.passengerName = QStringLiteral("MÜLLER/ANNA");
    EXPECT_TRUE(BcbpEncoder::encode(pass).error().message.contains(QStringLiteral("passenger name")));
    pass = kestrelPass();
    pass.pnr = QStringLiteral("TOOLONGREF");
    EXPECT_TRUE(BcbpEncoder::encode(pass).error().message.contains(QStringLiteral("booking reference")));
}

TEST(BcbpParser, ReadsTheGuidesTwoLegSample)
{
    auto parsed = BcbpParser::parse(GuideTwoLegs);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->passengerName, QStringLiteral("DESMARAIS/LUC"));
    EXPECT_EQ(parsed->pnr, QStringLiteral("ABC123"));
    EXPECT_EQ(parsed->from, QStringLiteral("YUL"));
    EXPECT_EQ(parsed->to, QStringLiteral("FRA"));
    EXPECT_EQ(parsed->operatingCarrier, QStringLiteral("AC"));
    EXPECT_EQ(parsed->flightNumber, 834);
    EXPECT_EQ(parsed->flightDayOfYear, 326);
    EXPECT_EQ(parsed->compartment, QLatin1Char('J'));
    EXPECT_EQ(parsed->seat, QStringLiteral("1A"));
    EXPECT_EQ(parsed->checkInSequence, 25);
    EXPECT_EQ(parsed->version, 6);
    EXPECT_EQ(parsed->checkInSource, QLatin1Char('W'));
    EXPECT_EQ(parsed->issueDate, QStringLiteral("6225"));
    EXPECT_EQ(parsed->documentType, QLatin1Char('B'));
    EXPECT_EQ(parsed->issuingCarrier, QStringLiteral("AC"));
    EXPECT_EQ(parsed->airlineNumericCode, QStringLiteral("014"));
    EXPECT_EQ(parsed->documentSerial, QStringLiteral("1234567890"));
    EXPECT_EQ(parsed->frequentFlyerNumber, QStringLiteral("1234567890123"));
    EXPECT_EQ(parsed->fastTrack, QLatin1Char('Y'));
}

TEST(BcbpParser, ReadsBackWhatTheEncoderWrote)
{
    const auto pass = kestrelPass();
    EXPECT_EQ(*BcbpParser::parse(*BcbpEncoder::encode(pass)), pass);
    // A reader's trailing line end is not part of the pass.
    EXPECT_EQ(*BcbpParser::parse(*BcbpEncoder::encode(pass) + QStringLiteral("\r\n")), pass);
    auto mandatoryOnly = BcbpParser::parse(GuideMandatoryOnly);
    ASSERT_TRUE(mandatoryOnly.ok());
    EXPECT_FALSE(mandatoryOnly->hasConditionalItems);
    EXPECT_EQ(*BcbpEncoder::encode(*mandatoryOnly), GuideMandatoryOnly);
}

TEST(BcbpParser, NamesTheItemThatIsWrong)
{
    const auto message = [](const QString &text) {
        auto parsed = BcbpParser::parse(text);
        EXPECT_FALSE(parsed.ok()) << text.toStdString();
        return parsed.ok() ? QString() : parsed.error().message;
    };
    EXPECT_TRUE(message(QStringLiteral("https://example.com/")).contains(QStringLiteral("format code at position 1")));
    EXPECT_TRUE(message(QString()).contains(QStringLiteral("ends early")));
    EXPECT_TRUE(message(GuideMandatoryOnly.left(40)).contains(QStringLiteral("ends early")));
    QString badDay = GuideMandatoryOnly;
    badDay.replace(44, 3, QStringLiteral("399"));
    EXPECT_TRUE(message(badDay).contains(QStringLiteral("date of flight at position 45"))) << message(badDay).toStdString();
    QString hugeSize = GuideMandatoryOnly;
    hugeSize.replace(58, 2, QStringLiteral("FF"));
    EXPECT_TRUE(message(hugeSize).contains(QStringLiteral("more than the barcode holds")));
    EXPECT_TRUE(message(GuideMandatoryOnly + QStringLiteral("XYZ")).contains(QStringLiteral("unexpected text 'XYZ'")));
    QString letterFlight = GuideMandatoryOnly;
    letterFlight.replace(39, 4, QStringLiteral("08X4"));
    EXPECT_TRUE(message(letterFlight).contains(QStringLiteral("flight number")));
}
