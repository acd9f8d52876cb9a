#pragma once

#include "checkin/BarcodeSymbol.h"

#include <QRectF>

class QPainter;

namespace kiosk {

// Draws a BarcodeSymbol's dark modules as filled rectangles: the same code paints the
// kiosk's screen, a PDF page and a printer.
class BarcodePainter {
public:
    // Quiet zone on each side, in modules (PDF417 needs 2; more is kinder to readers).
    static constexpr int QuietModules = 4;

    // The symbol at `moduleWidth` device units per module from `topLeft` (quiet zone
    // included); returns the rectangle it covered. Row heights follow the symbol's.
    static QRectF paint(QPainter &painter, const BarcodeSymbol &symbol, QPointF topLeft, double moduleWidth);
    // The largest whole symbol that fits `area`, centred; returns the module width used.
    static double paintFitted(QPainter &painter, const BarcodeSymbol &symbol, const QRectF &area);
    static QSizeF size(const BarcodeSymbol &symbol, double moduleWidth);
};

} // namespace kiosk
