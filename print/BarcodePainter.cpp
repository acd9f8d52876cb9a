#include "BarcodePainter.h"

#include <QPainter>

#include <algorithm>

namespace kiosk {

QSizeF BarcodePainter::size(const BarcodeSymbol &symbol, double moduleWidth)
{
    return {(symbol.width() + 2 * QuietModules) * moduleWidth, (symbol.totalHeight() + 2 * QuietModules) * moduleWidth};
}

QRectF BarcodePainter::paint(QPainter &painter, const BarcodeSymbol &symbol, QPointF topLeft, double moduleWidth)
{
    const QRectF covered(topLeft, size(symbol, moduleWidth));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(covered, Qt::white);
    double y = topLeft.y() + QuietModules * moduleWidth;
    for (int row = 0; row < symbol.rowCount(); ++row) {
        const double height = symbol.rowHeight(row) * moduleWidth;
        int column = 0;
        while (column < symbol.width()) {
            if (!symbol.isDark(row, column)) {
                ++column;
                continue;
            }
            // One rectangle per run of dark modules: fewer, cleaner shapes in a PDF.
            const int start = column;
            while (column < symbol.width() && symbol.isDark(row, column))
                ++column;
            painter.fillRect(QRectF(topLeft.x() + (QuietModules + start) * moduleWidth, y, (column - start) * moduleWidth,
                                    height),
                             Qt::black);
        }
        y += height;
    }
    painter.restore();
    return covered;
}

double BarcodePainter::paintFitted(QPainter &painter, const BarcodeSymbol &symbol, const QRectF &area)
{
    const QSizeF unit = size(symbol, 1.0);
    const double moduleWidth = std::min(area.width() / unit.width(), area.height() / unit.height());
    const QSizeF used = size(symbol, moduleWidth);
    paint(painter, symbol,
          QPointF(area.x() + (area.width() - used.width()) / 2, area.y() + (area.height() - used.height()) / 2), moduleWidth);
    return moduleWidth;
}

} // namespace kiosk
