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

    // The second line's font (arrival, details, cabins) on the board's `base` font.
    static QFont smallLineFont(const QFont &base);
    // How wide the cabins ("First 8 left · Business · Economy") are drawn at the right of a
    // row `rowWidth` wide: the room their words need, at least a fixed column, at most three
    // fifths of the line beside the times (none without cabins), the flight's details taking
    // the rest.
    static int cabinsWidth(const QFontMetrics &metrics, const QString &cabins, int rowWidth);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_pressedRow = -1;
};

} // namespace kiosk::ui
