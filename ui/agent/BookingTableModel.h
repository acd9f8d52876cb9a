#pragma once

#include "domain/BookingSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace kiosk::ui {

// The agent's lookup results, one row per booking. SortRole gives each column its natural
// order (times and money as numbers), for the QSortFilterProxyModel in front of it.
class BookingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReferenceColumn, StateColumn, FlightColumn, DepartureColumn, PassengersColumn, SeatsColumn,
                  TotalColumn, CreatedColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ReferenceRole };

    explicit BookingTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setBookings(const QList<BookingSummary> &bookings);
    void clear() { setBookings({}); }
    const QList<BookingSummary> &bookings() const { return m_bookings; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const BookingSummary &booking, int column) const;
    QVariant sortKey(const BookingSummary &booking, int column) const;

    QList<BookingSummary> m_bookings;
};

} // namespace kiosk::ui
