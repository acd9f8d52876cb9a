#pragma once

#include "domain/SalesCutoff.h"
#include "domain/Flight.h"
#include "domain/Airport.h"
#include "domain/FlightSummary.h"
#include "domain/Result.h"
#include "domain/Seat.h"
#include "storage/LegWriter.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

struct FlightFilter {
    QString origin;       // IATA, empty for any
    QString destination;  // IATA, empty for any
    QDate date;           // local departure date, invalid for any
    bool upcomingOnly = false; // only flights that have not departed (server clock)
    int limit = 500;
};

// What a hold needs to know before it runs: the flight, the server's clock and the airline's
// sales cut-off rows for the flight's route (SalesCutoff::forFlight chooses), read at once.
struct FlightForSale {
    Flight flight;
    QDateTime serverNowUtc;
    QList<SalesCutoffRow> cutoffs;
    QDateTime seatsOpenedAt; // invalid: not on sale yet, no seats (SalesHorizon)
};

// Flights, their seats and the airports they fly between. Seat status is derived from
// active booking lines at read time, so it can never disagree with the bookings.
class FlightRepository {
    Q_DECLARE_TR_FUNCTIONS(FlightRepository)
public:
    explicit FlightRepository(Database &db) : m_db(db) {}

    // What saving an airport does to one stored under the same code: replace it (the demo
    // seeder, tests), or keep it (a schedule import never overrides an admin's correction).
    enum class IfStored { Replace, Keep };
    Status saveAirport(const Airport &airport, IfStored ifStored = IfStored::Replace);
    // Inserts a flight with its seats; returns the new flight id.
    Result<qint64> insertFlight(const Flight &flight, const QList<Seat> &seats, const FlightOrigin &origin = {});
    // Adds seats to a stored flight (`flightKey` names it in messages).
    Status insertSeats(qint64 flightId, const QString &flightKey, const QList<Seat> &seats);
    // Locks the flight's row against a schedule change for the rest of the transaction
    // (shared, so holds on one flight do not queue behind each other) and refuses a
    // cancelled flight: its seats are no longer sold.
    Status lockForSale(const Flight &flight);
    static Error cancelledError(const Flight &flight);

    Result<Flight> find(const FlightRef &ref);
    // One statement: the flight, the server's clock and the cut-off rows for it.
    Result<FlightForSale> findForSale(const FlightRef &ref);
    Result<QList<Flight>> list(const FlightFilter &filter);
    Result<QList<Seat>> seats(qint64 flightId);
    // Departures with seats left per cabin and the lowest free fare, one page at a time.
    Result<QList<FlightSummary>> departures(const DepartureQuery &query);
    Result<QList<Airport>> destinationsFrom(const QString &origin);
    Result<Airport> airport(const QString &iata);
    Result<int> count();
    // The stored layout version the flight's seats came from (flights.layout_version); 0
    // for a generated layout.
    Result<int> layoutVersion(qint64 flightId);
    Result<int> upcomingCount();         // flights still to depart, by the server clock
    Result<QDate> lastDepartureDate();   // invalid when there are no flights

private:
    Result<QList<Flight>> select(const QString &where, const QList<QPair<QString, QVariant>> &bindings,
                                 const QString &tail);

    Database &m_db;
};

} // namespace kiosk
