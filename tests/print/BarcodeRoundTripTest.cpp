// What the printer and the screen show is what a gate reader gets: each symbol is painted
// into an image exactly as for paper, decoded by zxing-cpp, and compared field by field.
#include "BarcodePainter.h"
#include "BoardingPassLayout.h"
#include "BoardingPassPdf.h"
#include "checkin/BarcodeSymbol.h"
#include "SampleBoardingPass.h"
#include "checkin/BcbpEncoder.h"
#include "checkin/BcbpParser.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

QImage rendered(const BarcodeSymbol &symbol, double pixelsPerModule)
{
    const QSizeF size = BarcodePainter::size(symbol, pixelsPerModule);
    QImage image(size.toSize() + QSize(1, 1), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    BarcodePainter::paint(painter, symbol, QPointF(0, 0), pixelsPerModule);
    return image;
}

std::optional<std::string> decode(const QImage &image, ZXing::BarcodeFormat format)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(format);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return std::nullopt;
    return result.text(); // std::string with ZX_USE_UTF8
}

} // namespace

TEST(BarcodeRoundTrip, Pdf417CarriesEveryBcbpField)
{
    const BoardingPassData pass = kestrelPass();
    const QString bcbp = *BcbpEncoder::encode(pass);
    auto symbol = BarcodeSymbol::pdf417(bcbp);
    ASSERT_TRUE(symbol.ok()) << symbol.error().message.toStdString();
    EXPECT_GT(symbol->rowCount(), 3);
    const auto text = decode(rendered(*symbol, 3), ZXing::BarcodeFormat::PDF417);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(QString::fromStdString(*text), bcbp);
    auto parsed = BcbpParser::parse(QString::fromStdString(*text));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(*parsed, pass); // every field, mandatory and conditional
}

TEST(BarcodeRoundTrip, RandomPassesSurviveRenderingAndDecoding)
{
    QRandomGenerator random(417);
    const QString letters = QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ");
    for (int i = 0; i < 25; ++i) {
        BoardingPassData pass = kestrelPass();
        pass.passengerName = QStringLiteral("%1/%2").arg(QString(2 + random.bounded(10), letters.at(random.bounded(23))),
                                                         QString(random.bounded(8), letters.at(random.bounded(23))));
        pass.pnr = QString(6, letters.at(random.bounded(23)));
        pass.flightNumber = 1 + random.bounded(9999);
        pass.flightDayOfYear = 1 + random.bounded(366);
        pass.seat = QStringLiteral("%1%2").arg(1 + random.bounded(60)).arg(letters.at(random.bounded(8)));
        pass.checkInSequence = 1 + random.bounded(9999);
        auto encoded = BcbpEncoder::encode(pass);
        ASSERT_TRUE(encoded.ok()) << encoded.error().message.toStdString();
        const QString bcbp = *encoded;
        const auto text = decode(rendered(*BarcodeSymbol::pdf417(bcbp), 2 + random.bounded(3)), ZXing::BarcodeFormat::PDF417);
        ASSERT_TRUE(text.has_value()) << bcbp.toStdString();
        ASSERT_EQ(*BcbpParser::parse(QString::fromStdString(*text)), pass) << bcbp.toStdString();
    }
}

namespace {

BoardingPass kestrelBoardingPass()
{
    BoardingPass pass;
    pass.reference = QStringLiteral("K7QX2M");
    pass.passengerName = QString::fromUtf8("Anna Müller");
    pass.bcbpName = QStringLiteral("MUELLER/ANNA");
    pass.seat = *SeatCode::parse(QStringLiteral("12A"));
    pass.sequence = 7;
    pass.flight.carrier = QStringLiteral("KX");
    pass.flight.number = 101;
    pass.flight.origin = QStringLiteral("DUB");
    pass.flight.destination = QStringLiteral("FRA");
    pass.flight.departureDate = QDate(2026, 12, 1);
    pass.flight.departureUtc = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    pass.originTimeZone = QStringLiteral("Europe/Dublin");
    pass.bcbp = *BcbpEncoder::encode(kestrelPass());
    return pass;
}

} // namespace

TEST(BarcodeRoundTrip, ThePrintedBoardingPassPageScansAsItsBcbp)
{
    const BoardingPass pass = kestrelBoardingPass();
    // The card at 300 dpi, as the PDF and a printer get it.
    const double dotsPerMm = 300 / 25.4;
    QImage page(QSize(int(200 * dotsPerMm), int(90 * dotsPerMm)), QImage::Format_RGB32);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        ASSERT_TRUE(BoardingPassLayout::paint(painter, pass, QPointF(5, 4), dotsPerMm).ok());
    }
    const auto text = decode(page, ZXing::BarcodeFormat::PDF417);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(QString::fromStdString(*text), pass.bcbp);
}

// The ATB card exactly (203.2 x 82.55 mm at 300 dpi, nothing beyond its edges), painted
// as the card's PDF page and a boarding pass printer get it: the barcode at its printed
// module width is whole on the card and scans.
TEST(BarcodeRoundTrip, TheAtbCardScansAsItsBcbp)
{
    const BoardingPass pass = kestrelBoardingPass();
    const double dotsPerMm = 300 / 25.4;
    QImage card(QSize(int(BoardingPassPdf::AtbWidthMm * dotsPerMm), int(BoardingPassPdf::AtbHeightMm * dotsPerMm)),
                QImage::Format_RGB32);
    card.fill(Qt::white);
    {
        QPainter painter(&card);
        painter.setClipRect(card.rect());
        ASSERT_TRUE(BoardingPassLayout::paint(painter, pass, BoardingPassPdf::passOrigin(BoardingPassPaper::Atb), dotsPerMm).ok());
    }
    const auto text = decode(card, ZXing::BarcodeFormat::PDF417);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(QString::fromStdString(*text), pass.bcbp);
}

// The screen's Aztec (setting checkin/screen-barcode): a real BCBP string, rendered as the
// kiosk's screen paints it, read back by zxing-cpp field by field.
TEST(BarcodeRoundTrip, AztecCarriesEveryBcbpField)
{
    const BoardingPassData pass = kestrelPass();
    const QString bcbp = *BcbpEncoder::encode(pass);
    auto symbol = ScreenBarcode::encode(ScreenBarcode::Symbology::Aztec, bcbp);
    ASSERT_TRUE(symbol.ok()) << symbol.error().message.toStdString();
    EXPECT_EQ(symbol->rowCount(), symbol->width()); // square
    EXPECT_DOUBLE_EQ(symbol->totalHeight(), symbol->rowCount());
    for (int pixels : {2, 3, 5}) {
        const auto text = decode(rendered(*symbol, pixels), ZXing::BarcodeFormat::Aztec);
        ASSERT_TRUE(text.has_value()) << pixels;
        EXPECT_EQ(QString::fromStdString(*text), bcbp);
        auto parsed = BcbpParser::parse(QString::fromStdString(*text));
        ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
        EXPECT_EQ(*parsed, pass);
    }
    // PDF417 stays the default and paper's symbology.
    auto pdf417 = ScreenBarcode::encode(ScreenBarcode::Symbology::Pdf417, bcbp);
    ASSERT_TRUE(pdf417.ok());
    EXPECT_EQ(*decode(rendered(*pdf417, 3), ZXing::BarcodeFormat::PDF417), bcbp.toStdString());
}

TEST(BarcodeRoundTrip, TheScreenBarcodeIsPdf417OrAztec)
{
    EXPECT_EQ(*ScreenBarcode::parse(QStringLiteral("Aztec")), ScreenBarcode::Symbology::Aztec);
    EXPECT_EQ(*ScreenBarcode::parse(QStringLiteral("pdf417")), ScreenBarcode::Symbology::Pdf417);
    auto qr = ScreenBarcode::parse(QStringLiteral("qr"));
    ASSERT_FALSE(qr.ok());
    EXPECT_EQ(qr.error().code, ErrorCode::BadInput);
    EXPECT_EQ(qr.error().message, QStringLiteral("'qr' is not a screen barcode: use pdf417 or aztec"));
    EXPECT_EQ(BarcodeSymbol::aztec(QString()).error().code, ErrorCode::BadInput);
}

TEST(BarcodeRoundTrip, InterleavedTwoOfFiveCarriesABagTagNumber)
{
    auto symbol = BarcodeSymbol::interleaved2of5(QStringLiteral("0989000123"));
    ASSERT_TRUE(symbol.ok()) << symbol.error().message.toStdString();
    EXPECT_EQ(symbol->rowCount(), 1);
    const auto text = decode(rendered(*symbol, 3), ZXing::BarcodeFormat::ITF);
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(*text, "0989000123");
    EXPECT_EQ(BarcodeSymbol::interleaved2of5(QStringLiteral("123")).error().code, ErrorCode::BadInput);
    EXPECT_EQ(BarcodeSymbol::interleaved2of5(QStringLiteral("12AB")).error().code, ErrorCode::BadInput);
}
