#pragma once

#include <QStyledItemDelegate>

namespace kiosk::ui {

// Draws one cell of the seat map with SeatMapPainter: a seat with its price under it, a row
// number with the exits on its wall, a cabin header with its column letters and which of
// them are at the window or the aisle, or a row of galleys and lavatories.
class SeatDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintSeatCell(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintRowLabel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCabinHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintFacilities(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace kiosk::ui
