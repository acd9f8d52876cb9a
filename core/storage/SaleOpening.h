#pragma once

#include "domain/Result.h"

#include <QDateTime>

namespace kiosk {

class Database;

// What one opening made.
struct OpenedSeats {
    int flights = 0;
    qint64 seats = 0;
};

// The SQL of opening flights for sale (migration 0023): a flight not yet on sale has its
// fares per class of seat (flight_fares) and no seats; opening it copies its layout's seats
// (layout_seats) priced by those fares into `seats` with one INSERT ... SELECT and sets
// seats_opened_at. Inside the caller's transaction. Opening is idempotent, and two openers
// at once make one set: the flight rows are updated first (row locks; the second opener
// finds them opened), and only flights stamped in this call without seats get seats.
class SaleOpening {
public:
    explicit SaleOpening(Database &db) : m_db(db) {}

    // Every flight not yet opened that departs within `opensDays` of the server's clock
    // (departed ones too: a past flight is read with its seats).
    Result<OpenedSeats> openDeparting(int opensDays);
    // One flight; nothing to do if it is open already.
    Result<OpenedSeats> openFlight(qint64 flightId);
    // When `flightId` was opened; invalid if it is not on sale yet. NotFound if no such flight.
    Result<QDateTime> openedAt(qint64 flightId);
    // Marks flights whose seats the caller wrote itself (the demo, tests) as open.
    Status markOpened(qint64 flightId);

private:
    Result<OpenedSeats> open(const QString &condition, const QString &placeholder, const QVariant &value);
    Database &m_db;
};

} // namespace kiosk
