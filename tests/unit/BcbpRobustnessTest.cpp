#include "checkin/BcbpEncoder.h"
#include "checkin/BcbpParser.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace kiosk;

// Randomized with a fixed seed, so a failure reproduces: whatever a barcode reader feeds
// the check-in screen, the parser answers with a pass or a BadInput, and a pass it accepts
// is one the encoder writes again unchanged.
namespace {

constexpr quint32 Seed = 792;

QString randomOf(QRandomGenerator &random, const QString &alphabet, int size)
{
    QString text;
    for (int i = 0; i < size; ++i)
        text += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
    return text;
}

BoardingPassData randomPass(QRandomGenerator &random)
{
    const QString letters = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QString digits = QStringLiteral("0123456789");
    BoardingPassData pass;
    pass.passengerName = (randomOf(random, letters, 1 + random.bounded(12)) + QLatin1Char('/')
                          + randomOf(random, letters, random.bounded(7)));
    pass.pnr = randomOf(random, letters + digits, 5 + random.bounded(3));
    pass.from = randomOf(random, letters, 3);
    pass.to = randomOf(random, letters, 3);
    pass.operatingCarrier = randomOf(random, letters + digits, 2);
    pass.flightNumber = 1 + int(random.bounded(9999));
    pass.flightDayOfYear = 1 + int(random.bounded(366));
    pass.compartment = letters.at(int(random.bounded(26)));
    pass.seat = QString::number(1 + random.bounded(99)) + letters.at(int(random.bounded(11)));
    pass.checkInSequence = 1 + int(random.bounded(9999));
    pass.hasConditionalItems = random.bounded(4) != 0;
    if (pass.hasConditionalItems) {
        pass.issueDate = randomOf(random, digits, 1) + QStringLiteral("%1").arg(1 + random.bounded(365), 3, 10, QLatin1Char('0'));
        pass.issuingCarrier = pass.operatingCarrier;
        pass.airlineNumericCode = randomOf(random, digits, 3);
        pass.documentSerial = randomOf(random, digits, int(random.bounded(2)) * 10);
        pass.marketingCarrier = pass.operatingCarrier;
    } else {
        pass.version = 0;
        pass.passengerDescription = pass.checkInSource = pass.issuanceSource = pass.documentType = pass.selectee =
            pass.internationalDocVerification = pass.fastTrack = QLatin1Char(' ');
    }
    return pass;
}

QString mutated(QRandomGenerator &random, QString text)
{
    const QString noise = QStringLiteral("M1>^ 0123456789ABCDEFXYZ/\r\n\u00e9");
    const int edits = 1 + int(random.bounded(3));
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const int at = int(random.bounded(quint32(text.size())));
        switch (random.bounded(4)) {
        case 0: text[at] = noise.at(int(random.bounded(quint32(noise.size())))); break;
        case 1: text.remove(at, 1 + int(random.bounded(4))); break;
        case 2: text.insert(at, noise.at(int(random.bounded(quint32(noise.size()))))); break;
        default: text.truncate(at); break;
        }
    }
    return text;
}

} // namespace

TEST(BcbpRobustness, EveryRandomPassSurvivesTheRoundTrip)
{
    QRandomGenerator random(Seed);
    for (int i = 0; i < 2000; ++i) {
        const auto pass = randomPass(random);
        auto text = BcbpEncoder::encode(pass);
        ASSERT_TRUE(text.ok()) << text.error().message.toStdString();
        auto parsed = BcbpParser::parse(*text);
        ASSERT_TRUE(parsed.ok()) << text->toStdString() << ": " << parsed.error().message.toStdString();
        ASSERT_EQ(*parsed, pass) << text->toStdString();
    }
}

TEST(BcbpRobustness, MangledScansAreRefusedOrReadConsistently)
{
    QRandomGenerator random(Seed + 1);
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        const QString original = *BcbpEncoder::encode(randomPass(random));
        const QString scan = random.bounded(10) == 0 ? randomOf(random, QStringLiteral("M1> AZ09^"), int(random.bounded(120)))
                                                     : mutated(random, original);
        auto parsed = BcbpParser::parse(scan);
        if (!parsed) {
            ++refused;
            ASSERT_EQ(parsed.error().code, ErrorCode::BadInput);
            ASSERT_TRUE(parsed.error().message.startsWith(QStringLiteral("not a valid boarding pass barcode: ")))
                << parsed.error().message.toStdString();
            continue;
        }
        // Accepted: the fields are what the items allow, and reading is stable.
        ASSERT_LE(parsed->passengerName.size(), 20);
        ASSERT_LE(parsed->pnr.size(), 7);
        ASSERT_EQ(parsed->from.size(), 3);
        ASSERT_GE(parsed->flightDayOfYear, 1);
        ASSERT_LE(parsed->flightDayOfYear, 366);
        ASSERT_LE(parsed->checkInSequence, 9999);
        ASSERT_EQ(*BcbpParser::parse(scan), *parsed);
    }
    // Most edits break a fixed-width item; a few land in padding and are read.
    EXPECT_GT(refused, 15000);
    EXPECT_LT(refused, 20000);
}
