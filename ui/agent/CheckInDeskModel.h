#pragma once

#include "checkin/CheckInBooking.h"

#include <QAbstractTableModel>

namespace kiosk::ui {

// The passengers of a booking at the check-in desk, one row each: name, seat, cabin,
// boarding number once checked in, and the bags tagged so far.
class CheckInDeskModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SeatColumn, CabinColumn, BoardingColumn, BagsColumn, ColumnCount };
    enum Role { SeatRole = Qt::UserRole + 1, CheckedInRole, BagCountRole };

    struct Row {
        CheckInPassenger passenger;
        QStringList bagTags; // licence plates, oldest first
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace kiosk::ui
