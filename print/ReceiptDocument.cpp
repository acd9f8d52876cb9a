#include "ReceiptDocument.h"

#include <QCoreApplication>
#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTimeZone>

namespace kiosk {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString localTime(const QDateTime &utc, const Airport &airport)
{
    const QTimeZone zone(airport.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    return QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm")) + (zone.isValid() ? QString() : QStringLiteral(" UTC"));
}

double printableMm(ReceiptPaper paper)
{
    return paper == ReceiptPaper::A4 ? 170.0 : ReceiptDocument::RollPrintableMm;
}

} // namespace

Result<ReceiptPaper> ReceiptDocument::parsePaper(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return ReceiptPaper::A4;
    if (key == QLatin1String("80mm"))
        return ReceiptPaper::Roll80mm;
    return makeError(ErrorCode::BadInput, QStringLiteral("paper '%1' is not known: a4 or 80mm").arg(text));
}

QString ReceiptDocument::html(const Receipt &receipt, ReceiptPaper paper)
{
    const bool narrow = paper == ReceiptPaper::Roll80mm;
    const Booking &booking = receipt.booking;
    QString out;
    out += QStringLiteral("<h2>%1</h2>").arg(escaped(receipt.airlineName));
    if (!receipt.airlineAddress.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(escaped(receipt.airlineAddress).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    out += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Receipt and itinerary")));
    out += QStringLiteral("<p><b>%1 %2</b><br>%3: %4</p>")
               .arg(escaped(tr("Booking reference")), escaped(booking.reference), escaped(tr("Status")),
                    escaped(bookingStateName(booking.state)));
    out += QStringLiteral("<p><b>%1</b> %2 \u2192 %3<br>%4 %5<br>%6 %7</p>")
               .arg(escaped(receipt.flight.designator()), escaped(receipt.origin.displayName()),
                    escaped(receipt.destination.displayName()), escaped(tr("Departs")),
                    escaped(localTime(receipt.flight.departureUtc, receipt.origin)), escaped(tr("Arrives")),
                    escaped(localTime(receipt.flight.arrivalUtc, receipt.destination)));
    // Passengers: a table on A4, one line each on the roll.
    const QString cell = QStringLiteral("<td style=\"padding-right:8px\">%1</td>");
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    if (!narrow)
        out += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                              "<th align=\"right\">%4</th></tr>")
                   .arg(escaped(tr("Passenger")), escaped(tr("Seat")), escaped(tr("Cabin")),
                        escaped(tr("Price")));
    for (const Passenger &passenger : booking.passengers) {
        const QString name = escaped(passenger.name) + (passenger.active ? QString() : QStringLiteral(" (%1)").arg(escaped(tr("cancelled"))));
        if (narrow)
            out += QStringLiteral("<tr><td>%1<br>%2 %3</td><td align=\"right\">%4</td></tr>")
                       .arg(name, escaped(passenger.seat.toString()), escaped(cabinName(passenger.cabin)),
                            escaped(passenger.price.toString()));
        else
            out += QStringLiteral("<tr>") + cell.arg(name) + cell.arg(escaped(passenger.seat.toString()))
                   + cell.arg(escaped(cabinName(passenger.cabin)))
                   + QStringLiteral("<td align=\"right\">%1</td></tr>").arg(escaped(passenger.price.toString()));
    }
    const QString sumRow = QStringLiteral("<tr><td colspan=\"%1\">%2</td><td align=\"right\">%3</td></tr>");
    if (receipt.voucher) {
        const ReceiptVoucher &voucher = *receipt.voucher;
        const Money toPay(booking.total.minorUnits() - voucher.discount.minorUnits(), booking.total.currency());
        out += sumRow.arg(narrow ? 1 : 3).arg(escaped(tr("Fare")), escaped(booking.total.toString()));
        out += sumRow.arg(narrow ? 1 : 3)
                   .arg(escaped(tr("Voucher %1").arg(voucher.hint)),
                        QStringLiteral("&minus;") + escaped(voucher.discount.toString()));
        out += sumRow.arg(narrow ? 1 : 3)
                   .arg(QStringLiteral("<b>%1</b>").arg(escaped(tr("Total"))),
                        QStringLiteral("<b>%1</b>").arg(escaped(toPay.toString())));
        out += QStringLiteral("</table>");
    } else {
        out += sumRow.arg(narrow ? 1 : 3)
                   .arg(QStringLiteral("<b>%1</b>").arg(escaped(tr("Total"))),
                        QStringLiteral("<b>%1</b>").arg(escaped(booking.total.toString())))
               + QStringLiteral("</table>");
    }
    out += QStringLiteral("<p>%1</p>").arg(escaped(tr("Fares include all taxes and charges; no seat surcharge.")));
    for (const ReceiptPayment &payment : receipt.payments) {
        out += QStringLiteral("<p>%1 %2 \u2022\u2022\u2022\u2022 %3: %4").arg(escaped(tr("Paid by")),
                                                                          escaped(payment.cardBrand),
                                                                          escaped(payment.cardLast4),
                                                                          escaped(payment.captured.toString()));
        if (payment.refunded.minorUnits() > 0)
            out += QStringLiteral("<br>%1: %2").arg(escaped(tr("Refunded")), escaped(payment.refunded.toString()));
        out += QStringLiteral("</p>");
    }
    out += QStringLiteral("<p><b>%1</b>").arg(escaped(tr("Cancellation policy (refund by notice before departure)")));
    for (const QString &line : receipt.cancellationPolicy)
        out += QStringLiteral("<br>") + escaped(line);
    out += QStringLiteral("</p><p><small>%1 %2</small></p>")
               .arg(escaped(tr("Issued")), escaped(localTime(receipt.issuedUtc, receipt.origin)));
    return out;
}

Status ReceiptDocument::render(const Receipt &receipt, ReceiptPaper paper, QPagedPaintDevice &device)
{
    const bool roll = paper == ReceiptPaper::Roll80mm;
    const double marginMm = roll ? (RollWidthMm - RollPrintableMm) / 2 : 20.0;
    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device); // point sizes at the device's resolution
    QFont font = document.defaultFont();
    font.setPointSizeF(roll ? 8.5 : 10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html(receipt, paper));
    const double dotsPerMm = device.logicalDpiX() / 25.4;
    document.setTextWidth(printableMm(paper) * dotsPerMm);
    const QMarginsF margins(marginMm, marginMm, marginMm, marginMm);
    const QPageSize page = roll ? QPageSize(QSizeF(RollWidthMm, document.size().height() / dotsPerMm + 2 * marginMm + 1),
                                            QPageSize::Millimeter, QStringLiteral("80 mm roll"), QPageSize::ExactMatch)
                                : QPageSize(QPageSize::A4);
    if (!device.setPageLayout(QPageLayout(page, QPageLayout::Portrait, margins, QPageLayout::Millimeter)))
        return makeError(ErrorCode::BadInput, QStringLiteral("the printer does not take %1 paper").arg(page.name()));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::WrongState, QStringLiteral("cannot start printing"));
    const double pageHeight = device.height(); // the printable part, in device pixels
    const double width = document.textWidth();
    for (double top = 0; top < document.size().height(); top += pageHeight) {
        if (top > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::WrongState, QStringLiteral("the printer could not start a new page"));
        }
        painter.save();
        painter.translate(0, -top);
        document.drawContents(&painter, QRectF(0, top, width, pageHeight));
        painter.restore();
    }
    if (!painter.end())
        return makeError(ErrorCode::WrongState, QStringLiteral("printing did not finish"));
    return Done{};
}

} // namespace kiosk
