#include "BoardingPassLayout.h"

#include "BarcodePainter.h"
#include "checkin/BarcodeSymbol.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace kiosk {

namespace {

QDateTime local(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

// Draws a small caption and its value below it; returns the value's bottom edge.
void field(QPainter &painter, QRectF box, const QString &caption, const QString &value, double valuePoints)
{
    QFont small = painter.font();
    small.setPointSizeF(7);
    small.setBold(false);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, caption.toUpper());
    QFont big = small;
    big.setPointSizeF(valuePoints);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(Qt::black);
    box.setTop(box.top() + QFontMetricsF(small, painter.device()).height());
    painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, value);
}

} // namespace

Status BoardingPassLayout::paint(QPainter &painter, const BoardingPass &pass, QPointF topLeftMm, double dotsPerMm)
{
    auto barcode = BarcodeSymbol::pdf417(pass.bcbp);
    if (!barcode)
        return barcode.error();
    const auto mm = [dotsPerMm](double value) { return value * dotsPerMm; };
    const auto box = [&](double x, double y, double w, double h) {
        return QRectF(mm(topLeftMm.x() + x), mm(topLeftMm.y() + y), mm(w), mm(h));
    };
    const QLocale locale;
    const QDateTime departs = local(pass.flight.departureUtc, pass.originTimeZone);

    painter.save();
    painter.setPen(QPen(Qt::black, mm(0.3)));
    painter.drawRoundedRect(box(0, 0, PassWidthMm, PassHeightMm), mm(3), mm(3));
    painter.fillRect(box(0.15, 0.15, PassWidthMm - 0.3, 11), QColor(0x12, 0x3b, 0x6b));
    QFont title = painter.font();
    title.setPointSizeF(14);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(Qt::white);
    painter.drawText(box(6, 0, 120, 11), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Boarding pass") + QStringLiteral("  ·  ") + pass.flight.carrier);
    painter.drawText(box(PassWidthMm - 76, 0, 70, 11), Qt::AlignVCenter | Qt::AlignRight, pass.reference);

    field(painter, box(6, 14, 120, 12), tr("Passenger"), pass.bcbpName, 15);
    field(painter, box(6, 28, 42, 12), tr("Flight"), pass.flight.designator(), 14);
    field(painter, box(48, 28, 44, 12), tr("Date"), locale.toString(departs.date(), QStringLiteral("d MMM yyyy")), 14);
    field(painter, box(92, 28, 40, 12), tr("Departs"), departs.time().toString(QStringLiteral("HH:mm")), 14);
    field(painter, box(6, 42, 86, 16), tr("From / to"),
          pass.flight.origin + QStringLiteral(" \u2192 ") + pass.flight.destination, 22);
    field(painter, box(92, 42, 40, 16), tr("Seat"), pass.seat.toString(), 22);
    field(painter, box(6, 60, 42, 12), tr("Boarding no."), QStringLiteral("%1").arg(pass.sequence, 3, 10, QLatin1Char('0')), 14);
    field(painter, box(48, 60, 44, 12), tr("Cabin"), cabinName(pass.cabin), 11);
    field(painter, box(92, 60, 40, 12), tr("Gate"), tr("see screens"), 11);
    QFont note = painter.font();
    note.setPointSizeF(7);
    note.setBold(false);
    painter.setFont(note);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(box(6, 73, 126, 8), Qt::AlignLeft | Qt::AlignVCenter, pass.passengerName);

    // The barcode at its printed X-dimension, in the right-hand panel.
    const double moduleMm = ModuleWidthMm;
    const QSizeF barcodeMm = BarcodePainter::size(*barcode, moduleMm);
    const double x = PassWidthMm - 4 - barcodeMm.width();
    const double y = 14 + (PassHeightMm - 16 - barcodeMm.height()) / 2;
    BarcodePainter::paint(painter, *barcode, QPointF(mm(topLeftMm.x() + x), mm(topLeftMm.y() + y)), mm(moduleMm));
    painter.restore();
    return Done{};
}

} // namespace kiosk
