#include "BoardingPassLayout.h"
#include "BoardingPassPdf.h"
#include "checkin/BcbpEncoder.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

BoardingPass passFor(const QString &seat, int sequence)
{
    BoardingPass pass;
    pass.reference = QStringLiteral("K7QX2M");
    pass.passengerName = QStringLiteral("Ada Lovelace");
    pass.bcbpName = QStringLiteral("LOVELACE/ADA");
    pass.seat = *SeatCode::parse(seat);
    pass.sequence = sequence;
    pass.flight.carrier = QStringLiteral("KX");
    pass.flight.number = 101;
    pass.flight.origin = QStringLiteral("DUB");
    pass.flight.destination = QStringLiteral("LHR");
    pass.flight.departureDate = QDate(2026, 12, 1);
    pass.flight.departureUtc = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    pass.originTimeZone = QStringLiteral("Europe/Dublin");
    BoardingPassData data;
    data.passengerName = pass.bcbpName;
    data.pnr = pass.reference;
    data.from = QStringLiteral("DUB");
    data.to = QStringLiteral("LHR");
    data.operatingCarrier = QStringLiteral("KX");
    data.flightNumber = 101;
    data.flightDayOfYear = 335;
    data.seat = seat;
    data.checkInSequence = sequence;
    data.issueDate = QStringLiteral("6334");
    data.issuingCarrier = QStringLiteral("KX");
    pass.bcbp = *BcbpEncoder::encode(data);
    return pass;
}

} // namespace

TEST(BoardingPassPdf, OnePagePerPassenger)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passes.pdf"));
    auto written = BoardingPassPdf::write({passFor(QStringLiteral("3A"), 1), passFor(QStringLiteral("3B"), 2)}, path, BoardingPassPaper::A4);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), 2);
}

// The ATB card of kiosk boarding pass printers: 203.2 x 82.55 mm, i.e. 576 x 234 points,
// landscape, one card per passenger; A4 stays 595 x 842.
TEST(BoardingPassPdf, AtbPagesAreTheCard)
{
    QTemporaryDir dir;
    const auto mediaBoxes = [&](BoardingPassPaper paper) {
        const QString path = dir.filePath(BoardingPassPdf::paperName(paper) + QStringLiteral(".pdf"));
        auto written = BoardingPassPdf::write({passFor(QStringLiteral("3A"), 1), passFor(QStringLiteral("3B"), 2)}, path, paper);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QStringList boxes;
        const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"));
        for (auto match = box.globalMatch(pdf); match.hasNext();) {
            const auto found = match.next();
            boxes << QStringLiteral("%1x%2").arg(qRound(found.captured(1).toDouble())).arg(qRound(found.captured(2).toDouble()));
        }
        return boxes;
    };
    EXPECT_EQ(mediaBoxes(BoardingPassPaper::Atb), QStringList({QStringLiteral("576x234"), QStringLiteral("576x234")}));
    EXPECT_EQ(mediaBoxes(BoardingPassPaper::A4), QStringList({QStringLiteral("595x842"), QStringLiteral("595x842")}));
    // The pass (190 x 82 mm) lies wholly on the card.
    const QPointF origin = BoardingPassPdf::passOrigin(BoardingPassPaper::Atb);
    EXPECT_GE(origin.x(), 0);
    EXPECT_GE(origin.y(), 0);
    EXPECT_LE(origin.x() + BoardingPassLayout::PassWidthMm, BoardingPassPdf::AtbWidthMm);
    EXPECT_LE(origin.y() + BoardingPassLayout::PassHeightMm, BoardingPassPdf::AtbHeightMm);
}

TEST(BoardingPassPdf, PaperIsA4OrAtb)
{
    EXPECT_EQ(*BoardingPassPdf::parsePaper(QStringLiteral("ATB")), BoardingPassPaper::Atb);
    EXPECT_EQ(*BoardingPassPdf::parsePaper(QStringLiteral(" a4 ")), BoardingPassPaper::A4);
    auto letter = BoardingPassPdf::parsePaper(QStringLiteral("letter"));
    ASSERT_FALSE(letter.ok());
    EXPECT_EQ(letter.error().code, ErrorCode::BadInput);
    EXPECT_EQ(letter.error().message,
              QStringLiteral("'letter' is not a boarding pass paper: use a4 or atb (203.2 x 82.55 mm card)"));
}

TEST(BoardingPassPdf, AnUnwritablePathIsRefusedAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/passes.pdf"));
    auto written = BoardingPassPdf::write({passFor(QStringLiteral("3A"), 1)}, path, BoardingPassPaper::A4);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(written.error().message.startsWith(QStringLiteral("cannot write the PDF to ") + path))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(BoardingPassPdf::write({}, dir.filePath(QStringLiteral("none.pdf")), BoardingPassPaper::A4).error().code, ErrorCode::BadInput);
}
