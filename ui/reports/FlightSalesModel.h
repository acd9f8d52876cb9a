#pragma once

#include "domain/SalesReport.h"

#include <QAbstractTableModel>

namespace kiosk::ui {

// The report's flights as a table: load factor and revenue per flight. SortRole gives
// raw numbers (seats, ratios, minor units) so a QSortFilterProxyModel sorts them as
// numbers, not as the text on screen.
class FlightSalesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FlightColumn, RouteColumn, DepartureColumn, SoldColumn, CapacityColumn, LoadColumn, RevenueColumn,
                  StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit FlightSalesModel(QObject *parent = nullptr);

    // "On sale", "Cancelled", ...: how every screen names a flight's status.
    static QString statusText(FlightStatus status);

    void setFlights(const QList<FlightSales> &flights);
    const FlightSales &flightAt(int row) const { return m_flights.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayText(const FlightSales &flight, int column) const;
    static QVariant sortValue(const FlightSales &flight, int column);

    QList<FlightSales> m_flights;
};

} // namespace kiosk::ui
