// The bag tag as printed: the page scans as its licence plate (zxing-cpp reads the
// Interleaved 2 of 5 bars painted exactly as for the PDF), one page per bag, and a path
// that cannot be written leaves nothing behind.
#include "BagTagPdf.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <ZXing/ReadBarcode.h>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

BagTag tagFor(const QString &plate, int ordinal, int count)
{
    BagTag tag;
    tag.tagNumber = plate;
    tag.reference = QStringLiteral("K7QX2M");
    tag.passengerName = QString::fromUtf8("Anna Müller");
    tag.bcbpName = QStringLiteral("MUELLER/ANNA");
    tag.seat = *SeatCode::parse(QStringLiteral("12A"));
    tag.flight.carrier = QStringLiteral("KX");
    tag.flight.number = 101;
    tag.flight.origin = QStringLiteral("DUB");
    tag.flight.destination = QStringLiteral("LHR");
    tag.flight.departureDate = QDate(2026, 12, 1);
    tag.ordinal = ordinal;
    tag.count = count;
    return tag;
}

} // namespace

TEST(BagTagPdf, ThePaintedTagScansAsItsLicencePlate)
{
    const double dotsPerMm = BagTagPdf::DotsPerInch / 25.4;
    QImage page(QSize(int(60 * dotsPerMm), int(206 * dotsPerMm)), QImage::Format_Grayscale8);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        ASSERT_TRUE(BagTagPdf::paint(painter, tagFor(QStringLiteral("0999000042"), 1, 1), QPointF(3, 3), dotsPerMm).ok());
    }
    const ZXing::ImageView view(page.constBits(), page.width(), page.height(), ZXing::ImageFormat::Lum,
                                int(page.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::ITF);
    hints.setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    ASSERT_TRUE(result.isValid());
    EXPECT_EQ(result.text(), "0999000042");
}

TEST(BagTagPdf, OnePagePerBagAndAnUnwritablePathLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tags.pdf"));
    ASSERT_TRUE(BagTagPdf::write({tagFor(QStringLiteral("0999000001"), 1, 2), tagFor(QStringLiteral("0999000002"), 2, 2)},
                                 path)
                    .ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 2);

    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/tags.pdf"));
    auto refused = BagTagPdf::write({tagFor(QStringLiteral("0999000001"), 1, 1)}, nowhere);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_EQ(BagTagPdf::write({tagFor(QStringLiteral("123"), 1, 1)}, path).error().code, ErrorCode::BadInput);
}
