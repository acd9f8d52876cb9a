#pragma once

#include "domain/Airport.h"
#include "domain/FlightSummary.h"
#include "domain/Result.h"
#include "domain/Seat.h"

#include <QList>

namespace kiosk {

class Database;

// What a screen may read about flights: the departures board, destinations and the
// current seat map. Read-only; selling goes through BookingService.
class FlightCatalog {
public:
    explicit FlightCatalog(Database &db) : m_db(db) {}

    Result<QList<FlightSummary>> departures(const DepartureQuery &query);
    Result<QList<Airport>> destinationsFrom(const QString &origin);
    Result<Airport> airport(const QString &iata);
    Result<Flight> flight(qint64 flightId);
    Result<QList<Seat>> seats(qint64 flightId);
    Result<QDateTime> serverNow();

private:
    Database &m_db;
};

} // namespace kiosk
