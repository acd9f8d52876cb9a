#pragma once

#include "domain/Airport.h"
#include "domain/FlightSummary.h"
#include "domain/Result.h"
#include "domain/Seat.h"

#include <QList>

namespace kiosk {

class Database;
class ReadReplica;

// What a screen may read about flights: the departures board, destinations and the
// current seat map. Read-only; selling goes through BookingService. The board and the
// destinations may come from a standby (`board`, docs/operations.md "Read replicas"); the
// seat map that feeds a hold, a flight's details and the clock always come from `db`,
// the primary.
class FlightCatalog {
public:
    explicit FlightCatalog(Database &db) : m_db(db) {}
    FlightCatalog(Database &db, ReadReplica &board) : m_db(db), m_board(&board) {}

    // From the read replica when there is one.
    Result<QList<FlightSummary>> departures(const DepartureQuery &query);
    Result<QList<Airport>> destinationsFrom(const QString &origin);
    // From the primary.
    Result<Airport> airport(const QString &iata);
    Result<Flight> flight(qint64 flightId);
    // As `channel` sees it: a seat blocked for all but the desk is free to the desk.
    Result<QList<Seat>> seats(qint64 flightId, SalesChannel channel = SalesChannel::Kiosk);
    Result<QDateTime> serverNow();
    // The primary, for readers of a higher layer that a screen needs beside the seats
    // (the flight's layout, core/schedule/FlightLayout).
    Database &primary() const { return m_db; }

private:
    Database &m_db;
    ReadReplica *m_board = nullptr; // null: the board comes from m_db too
};

} // namespace kiosk
