#pragma once

#include "domain/FlightSummary.h"

#include <QAbstractTableModel>

namespace kiosk {
class FlightCatalog;
}

namespace kiosk::ui {

// The departures board as a table, loaded a page at a time (fetchMore), so it stays quick
// with a hundred thousand flights. refresh() updates seat counts in place, without a reset.
class FlightListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FlightColumn, CarrierColumn, DestinationColumn, DepartureColumn, StatusColumn, AircraftColumn,
                  SeatsLeftColumn, FareColumn, ColumnCount };
    enum Role { FlightIdRole = Qt::UserRole + 1, CancelledRole, SalesClosedRole };
    static constexpr int PageSize = 50;

    explicit FlightListModel(FlightCatalog &catalog, QObject *parent = nullptr);

    void setFilter(const QString &origin, const QString &destination, const QDate &date);
    void refresh();
    const FlightSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A cancelled flight is shown and can be tapped (the screen says why it cannot be
    // chosen) but never selected.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    DepartureQuery firstPage(int limit) const;
    QString departureText(const FlightSummary &summary) const;
    QString seatsLeftText(const FlightSummary &summary) const;
    QString statusText(const FlightSummary &summary) const;

    FlightCatalog &m_catalog;
    QString m_origin;
    QString m_destination;
    QDate m_date;
    QList<FlightSummary> m_rows;
    bool m_exhausted = false;
};

} // namespace kiosk::ui
