#include "BarcodeWidget.h"

#include "BarcodePainter.h"

#include <QPainter>

#include <cmath>

namespace kiosk::ui {

BarcodeWidget::BarcodeWidget(QWidget *parent) : QWidget(parent)
{
    setAutoFillBackground(false);
    setMinimumSize(360, 160);
}

void BarcodeWidget::setSymbol(std::optional<BarcodeSymbol> symbol)
{
    m_symbol = std::move(symbol);
    update();
}

QSize BarcodeWidget::sizeHint() const
{
    return {720, 280};
}

void BarcodeWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_symbol)
        return;
    const QSizeF unit = BarcodePainter::size(*m_symbol, 1.0);
    const double fit = std::min(width() / unit.width(), height() / unit.height());
    const double module = std::max(1.0, std::floor(fit));
    const QSizeF used = BarcodePainter::size(*m_symbol, module);
    BarcodePainter::paint(painter, *m_symbol,
                          QPointF(std::floor((width() - used.width()) / 2), std::floor((height() - used.height()) / 2)),
                          module);
}

} // namespace kiosk::ui
