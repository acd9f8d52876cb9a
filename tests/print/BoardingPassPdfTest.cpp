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
    auto written = BoardingPassPdf::write({passFor(QStringLiteral("3A"), 1), passFor(QStringLiteral("3B"), 2)}, path);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), 2);
}

TEST(BoardingPassPdf, AnUnwritablePathIsRefusedAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/passes.pdf"));
    auto written = BoardingPassPdf::write({passFor(QStringLiteral("3A"), 1)}, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(written.error().message.startsWith(QStringLiteral("cannot write the PDF to ") + path))
        << written.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(BoardingPassPdf::write({}, dir.filePath(QStringLiteral("none.pdf"))).error().code, ErrorCode::BadInput);
}
