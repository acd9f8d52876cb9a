#pragma once

#include "domain/Seat.h"

#include <QStyledItemDelegate>

namespace kiosk::ui {

// Draws a seat so that every state differs by shape or symbol as well as colour
// (colour-blind safe): free = open outline, selected = filled with a tick, held = hatched
// with a clock-hand mark, sold = filled dark with a cross, blocked = grey with a bar.
class SeatDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static void paintSeat(QPainter *painter, const QRectF &rect, SeatStatus status, bool selected,
                          const QString &label, bool extraLegroom);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kiosk::ui
