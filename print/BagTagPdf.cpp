#include "BagTagPdf.h"

#include "BarcodePainter.h"
#include "checkin/BarcodeSymbol.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace kiosk {

namespace {

void text(QPainter &painter, const QRectF &box, const QString &value, double points, bool bold,
          Qt::Alignment align = Qt::AlignHCenter | Qt::AlignVCenter)
{
    QFont font = painter.font();
    font.setPointSizeF(points);
    font.setBold(bold);
    painter.setFont(font);
    painter.drawText(box, align, value);
}

} // namespace

Status BagTagPdf::paint(QPainter &painter, const BagTag &tag, QPointF topLeftMm, double dotsPerMm)
{
    auto barcode = BarcodeSymbol::interleaved2of5(tag.tagNumber);
    if (!barcode)
        return barcode.error();
    const auto mm = [dotsPerMm](double value) { return value * dotsPerMm; };
    const auto box = [&](double y, double h) {
        return QRectF(mm(topLeftMm.x() + 3), mm(topLeftMm.y() + y), mm(TagWidthMm - 6), mm(h));
    };
    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.3)));
    painter.drawRect(QRectF(mm(topLeftMm.x()), mm(topLeftMm.y()), mm(TagWidthMm), mm(TagHeightMm)));
    // The destination is what a baggage handler reads from across the belt.
    text(painter, box(6, 28), tag.flight.destination, 40, true);
    text(painter, box(34, 8), tag.flight.designator() + QStringLiteral("  ")
                                  + QLocale().toString(tag.flight.departureDate, QStringLiteral("dd MMM")), 12, true);
    text(painter, box(42, 7), tag.flight.origin + QStringLiteral(" \u2192 ") + tag.flight.destination, 10, false);
    text(painter, box(52, 8), tag.bcbpName, 9, true);
    text(painter, box(60, 6), tr("Booking %1 · bag %2 of %3").arg(tag.reference).arg(tag.ordinal).arg(tag.count), 7,
         false);
    // The licence plate twice, as bag tags carry it: bars across the strip, and in words.
    const QSizeF barcodeMm = BarcodePainter::size(*barcode, ModuleWidthMm);
    const double barcodeX = (TagWidthMm - barcodeMm.width()) / 2;
    for (double y : {72.0, 140.0}) {
        BarcodePainter::paint(painter, *barcode, QPointF(mm(topLeftMm.x() + barcodeX), mm(topLeftMm.y() + y)),
                              mm(ModuleWidthMm));
        text(painter, box(y + barcodeMm.height() + 1, 7), tag.tagNumber, 10, true);
    }
    text(painter, box(112, 14), tag.flight.carrier + QLatin1Char(' ') + tag.tagNumber.right(6), 20, true);
    painter.restore();
    return Done{};
}

PagedDocument::Render BagTagPdf::render(const QList<BagTag> &tags)
{
    // The strip with a 3 mm border of blank stock around it.
    return PagedDocument::pages(QPageSize(QSizeF(TagWidthMm + 6, TagHeightMm + 6), QPageSize::Millimeter), tags.size(),
                                [tags](QPainter &painter, qsizetype page, double dotsPerMm) {
                                    return paint(painter, tags.at(page), QPointF(3, 3), dotsPerMm);
                                });
}

Status BagTagPdf::write(const QList<BagTag> &tags, const QString &path)
{
    if (tags.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no bag tag to write"));
    return PagedDocument::writePdf(path, QStringLiteral("Bag tags %1").arg(tags.first().reference), render(tags));
}

} // namespace kiosk
