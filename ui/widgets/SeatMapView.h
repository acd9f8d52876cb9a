#pragma once

#include "models/SeatMapModel.h"

#include <QScroller>
#include <QTableView>

namespace kiosk::ui {

// The seat map, drawn as the aircraft: the fuselage with its nose, the wing band, exits on the
// walls, galleys and lavatories between rows, each cabin with its own columns and every free
// seat with its price. Touch or click a seat to select it, again to let it go; arrow keys
// move between seats, Space or Enter selects. Cabin headers and facility rows span the row.
// It scrolls in whole rows: every way of scrolling (steps, pages, the wheel, the thumb let go,
// a flick, keys) comes to rest with a row's top edge at the top, never half a seat row.
class SeatMapView : public QTableView {
    Q_OBJECT
public:
    explicit SeatMapView(QWidget *parent = nullptr);
    void setSeatModel(SeatMapModel *model);
    void setCellSize(int pixels);

    // Heights of the grid's rows: a seat row carries its price line under the seats.
    int rowHeightFor(SeatMapModel::CellKind kind, bool firstRow) const;

    // The grid rows on screen now, wholly or in part: first and last.
    int firstVisibleRow() const;
    int lastVisibleRow() const;
    // Grid row `row` at the top, or as near as the end of the map lets it come.
    void scrollToRow(int row);
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

Q_SIGNALS:
    void seatRefused(const QString &code); // tapped a taken seat, or the party is complete
    void seatTapped(const QString &code);  // any seat, chosen or not: the screen shows its card
    void seatReached(const QString &code); // the arrow keys moved onto a seat: its card too

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    bool viewportEvent(QEvent *event) override;

private:
    void layoutGrid();
    void toggleAt(const QModelIndex &index);
    // The scroll position where a row starts nearest `position`: direction > 0 the first at or
    // after it, < 0 the last at or before it, 0 the nearest.
    int rowStop(int position, int direction) const;
    void settleStep(int action);
    void settleAfterFlick(QScroller::State state);

    SeatMapModel *m_model = nullptr;
    int m_cell = 56;
    QList<int> m_rowStops; // scroll positions with a row's top at the top of the view, ascending
};

} // namespace kiosk::ui
