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
    // The departures board's lines (DepartureDelegate), each a text in the traveller's language.
    enum Role { FlightIdRole = Qt::UserRole + 1, CancelledRole, SalesClosedRole,
                DayHeaderRole,     // "Today · Wednesday, 2 December 2026" on a day's first flight, else empty
                DepartureTimeRole, // "06:45", local at the origin
                ArrivalRole,       // "Arrives 08:05", local at the destination ("+1" on the next day)
                DurationRole,      // "1 h 20 min"
                DestinationRole,   // "London (LHR)"
                DetailsRole,       // "KX100 · Operated by Kestrel Air · A321neo"
                CabinsRole,        // "Business 3 left · Economy"
                StatusRole,        // "On time", "Closed", "Cancelled"
                FareRole };        // "from EUR 89.00"
    static constexpr int PageSize = 50;
    // A cabin with this many free seats or fewer says how many are left.
    static constexpr int ScarceSeats = 9;

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
    QDateTime localDeparture(const FlightSummary &summary) const;
    QString dayHeader(int row) const;
    QString arrivalText(const FlightSummary &summary) const;
    QString durationText(const FlightSummary &summary) const;
    QString detailsText(const FlightSummary &summary) const;
    QString fareText(const FlightSummary &summary) const;
    QVariant boardData(const FlightSummary &summary, int row, int role) const;
    QString seatsLeftText(const FlightSummary &summary) const;
    QString statusText(const FlightSummary &summary) const;

    FlightCatalog &m_catalog;
    QString m_origin;
    QString m_destination;
    QDate m_date;
    QDate m_today; // at the origin, by the server's clock: "Today" and "Tomorrow" on the board
    QList<FlightSummary> m_rows;
    bool m_exhausted = false;
};

} // namespace kiosk::ui
