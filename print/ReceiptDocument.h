#pragma once

#include "booking/Receipt.h"
#include "domain/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace kiosk {

// The paper a receipt is laid out for (setting print/paper): A4, or the 80 mm thermal roll
// of kiosk receipt printers (72 mm printable; the page is as long as the receipt).
enum class ReceiptPaper { A4, Roll80mm };

// A receipt / itinerary as a text document: airline and address, booking reference, the
// flight with local departure and arrival times, each passenger with seat, cabin and
// price, the total, the card charged (brand and last four), the cancellation policy in
// force and when it was issued. One layout for the screen's preview, a printer and a PDF;
// on the roll the same words in one narrow column.
class ReceiptDocument {
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument) // the words on the paper are in the terminal's language

public:
    static constexpr double RollWidthMm = 80.0;
    static constexpr double RollPrintableMm = 72.0;

    // "a4" or "80mm" (case-insensitive); BadInput naming the choices otherwise.
    static Result<ReceiptPaper> parsePaper(const QString &text);
    // The receipt as rich text (the screen's preview shows the same).
    static QString html(const Receipt &receipt, ReceiptPaper paper);
    // Sets `device`'s page (A4, or 80 mm wide and as long as the receipt) and paints the
    // receipt on as many pages as it needs: a QPdfWriter or a QPrinter.
    static Status render(const Receipt &receipt, ReceiptPaper paper, QPagedPaintDevice &device);
};

} // namespace kiosk
