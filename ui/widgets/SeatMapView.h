#pragma once

#include <QTableView>

namespace kiosk::ui {

class SeatMapModel;

// The seat grid: touch or click a seat to select it, again to let it go; arrow keys move
// between seats, Space or Enter selects. Cabin headers span the whole row.
class SeatMapView : public QTableView {
    Q_OBJECT
public:
    explicit SeatMapView(QWidget *parent = nullptr);
    void setSeatModel(SeatMapModel *model);
    void setCellSize(int pixels);

Q_SIGNALS:
    void seatRefused(const QString &code); // tapped a taken seat, or the party is complete

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void layoutGrid();
    void toggleAt(const QModelIndex &index);

    SeatMapModel *m_model = nullptr;
    int m_cell = 56;
};

} // namespace kiosk::ui
