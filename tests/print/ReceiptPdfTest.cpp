// The receipt as printed: every item the traveller needs is in the document, the roll
// layout is 80 mm wide and as long as the receipt, and a path that cannot be written
// leaves nothing behind.
#include "ReceiptPdf.h"

#include <QFile>
#include <QRegularExpression>
#include <QSizeF>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

Receipt sample()
{
    Receipt receipt;
    receipt.booking.reference = QStringLiteral("K7QX2M");
    receipt.booking.state = BookingState::Confirmed;
    receipt.booking.total = Money(25800, QStringLiteral("EUR"));
    Passenger anna;
    anna.name = QString::fromUtf8("Anna Müller");
    anna.seat = *SeatCode::parse(QStringLiteral("12A"));
    anna.price = Money(12900, QStringLiteral("EUR"));
    Passenger ada = anna;
    ada.name = QStringLiteral("Ada <Lovelace>");
    ada.seat = *SeatCode::parse(QStringLiteral("12B"));
    receipt.booking.passengers = {anna, ada};
    receipt.flight.carrier = QStringLiteral("KX");
    receipt.flight.number = 101;
    receipt.flight.departureUtc = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    receipt.flight.arrivalUtc = QDateTime(QDate(2026, 12, 1), QTime(10, 45), Qt::UTC);
    receipt.origin = Airport{QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Dublin Airport"),
                             QStringLiteral("IE"), QStringLiteral("Europe/Dublin")};
    receipt.destination = Airport{QStringLiteral("FRA"), QStringLiteral("Frankfurt"), QStringLiteral("Frankfurt Airport"),
                                  QStringLiteral("DE"), QStringLiteral("Europe/Berlin")};
    receipt.payments = {ReceiptPayment{QStringLiteral("visa"), QStringLiteral("4242"), receipt.booking.total,
                                       Money(0, QStringLiteral("EUR"))}};
    receipt.cancellationPolicy = {QStringLiteral("economy: more than 72 h: 100 %, otherwise 0 %")};
    receipt.airlineName = QStringLiteral("Kestrel Air");
    receipt.airlineAddress = QStringLiteral("1 Runway Road\nDublin");
    receipt.issuedUtc = QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    return receipt;
}

// The MediaBox of each page, in points.
QList<QSizeF> pageSizes(const QByteArray &pdf)
{
    QList<QSizeF> sizes;
    const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const auto match = it.next();
        sizes << QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    return sizes;
}

} // namespace

TEST(ReceiptDocument, SaysEverythingATravellerNeedsAndEscapesNames)
{
    for (ReceiptPaper paper : {ReceiptPaper::A4, ReceiptPaper::Roll80mm}) {
        const QString html = ReceiptDocument::html(sample(), paper);
        for (const QString &item : {QStringLiteral("Kestrel Air"), QStringLiteral("1 Runway Road<br>Dublin"),
                                    QStringLiteral("K7QX2M"), QStringLiteral("KX101"), QStringLiteral("Dublin (DUB)"),
                                    QStringLiteral("Frankfurt (FRA)"), QString::fromUtf8("Anna Müller"),
                                    QStringLiteral("Ada &lt;Lovelace&gt;"), QStringLiteral("12A"), QStringLiteral("12B"),
                                    QStringLiteral("EUR 258.00"), QStringLiteral("visa"), QStringLiteral("4242"),
                                    QStringLiteral("economy: more than 72 h: 100 %, otherwise 0 %")})
            EXPECT_TRUE(html.contains(item)) << item.toStdString();
        EXPECT_FALSE(html.contains(QStringLiteral("<Lovelace>")));
    }
}

TEST(ReceiptPdf, A4AndThe80mmRollAndAnUnwritablePathLeavesNoFile)
{
    QTemporaryDir dir;
    const QString a4 = dir.filePath(QStringLiteral("a4.pdf"));
    ASSERT_TRUE(ReceiptPdf::write(sample(), ReceiptPaper::A4, a4).ok());
    QFile a4File(a4);
    ASSERT_TRUE(a4File.open(QIODevice::ReadOnly));
    const QList<QSizeF> a4Pages = pageSizes(a4File.readAll());
    ASSERT_EQ(a4Pages.size(), 1);
    EXPECT_NEAR(a4Pages.first().width(), 595.0, 1.0); // 210 mm in points

    const QString roll = dir.filePath(QStringLiteral("roll.pdf"));
    ASSERT_TRUE(ReceiptPdf::write(sample(), ReceiptPaper::Roll80mm, roll).ok());
    QFile rollFile(roll);
    ASSERT_TRUE(rollFile.open(QIODevice::ReadOnly));
    const QList<QSizeF> rollPages = pageSizes(rollFile.readAll());
    ASSERT_EQ(rollPages.size(), 1);
    EXPECT_NEAR(rollPages.first().width(), 80 / 25.4 * 72, 1.0);
    // As long as the receipt: longer than wide, shorter than an A4 page.
    EXPECT_GT(rollPages.first().height(), rollPages.first().width());
    EXPECT_LT(rollPages.first().height(), 842.0);

    const QString nowhere = dir.filePath(QStringLiteral("missing-folder/receipt.pdf"));
    auto refused = ReceiptPdf::write(sample(), ReceiptPaper::A4, nowhere);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_FALSE(QFile::exists(nowhere));
    EXPECT_EQ(ReceiptDocument::parsePaper(QStringLiteral("80MM")).value(), ReceiptPaper::Roll80mm);
    EXPECT_EQ(ReceiptDocument::parsePaper(QStringLiteral("letter")).error().code, ErrorCode::BadInput);
}
