#pragma once

#include "schedule/ImportSummary.h"

#include <QAbstractTableModel>

namespace kiosk::ui {

// Who a change of aircraft moves where (or leaves without a seat for an agent), one row
// per passenger: the dry run's list shown before the change is applied.
class SeatMoveModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReferenceColumn, PassengerColumn, OldSeatColumn, NewSeatColumn, ColumnCount };

    explicit SeatMoveModel(QObject *parent = nullptr);

    void setMoves(const QList<SeatMove> &moves);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SeatMove> m_moves;
};

} // namespace kiosk::ui
