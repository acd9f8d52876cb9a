#pragma once

#include "models/SeatMapModel.h"

#include <QTableView>

namespace kiosk::ui {

// The seat map, drawn as the aircraft: the fuselage with its nose, the wing band, exits on the
// walls, galleys and lavatories between rows, each cabin with its own columns and every free
// seat with its price. Touch or click a seat to select it, again to let it go; arrow keys
// move between seats, Space or Enter selects. Cabin headers and facility rows span the row.
class SeatMapView : public QTableView {
    Q_OBJECT
public:
    explicit SeatMapView(QWidget *parent = nullptr);
    void setSeatModel(SeatMapModel *model);
    void setCellSize(int pixels);

    // Heights of the grid's rows: a seat row carries its price line under the seats.
    int rowHeightFor(SeatMapModel::CellKind kind, bool firstRow) const;

Q_SIGNALS:
    void seatRefused(const QString &code); // tapped a taken seat, or the party is complete
    void seatTapped(const QString &code);  // any seat, chosen or not: the screen shows its card

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void layoutGrid();
    void toggleAt(const QModelIndex &index);

    SeatMapModel *m_model = nullptr;
    int m_cell = 56;
};

} // namespace kiosk::ui
