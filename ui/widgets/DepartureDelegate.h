#pragma once

#include <QStyledItemDelegate>

namespace kiosk::ui {

// One line of the departures board (FlightListModel's roles): the departure time large and
// first, arrival and duration under it; the destination, the flight and who operates it;
// the cabins and the status; the fare and a chevron. A day's first flight carries the day's
// heading above it. The pressed line is shaded while the finger is on it.
class DepartureDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int RowHeight = 96;
    static constexpr int DayHeaderHeight = 48;

    using QStyledItemDelegate::QStyledItemDelegate;

    void setPressedRow(int row) { m_pressedRow = row; }
    int pressedRow() const { return m_pressedRow; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_pressedRow = -1;
};

} // namespace kiosk::ui
