#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

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
// On PostgreSQL these steps are kiosk_open_sales (migration 0024), which also checks the
// terminal login and its signed-in staff user; SQLite runs them as statements here.
// Then, if the airline has seat surcharges, PriceRepository prices the new seats (fare +
// surcharge, SeatPricing) as the program (on PostgreSQL an admin's write, seats_guard).
class SaleOpening {
    Q_DECLARE_TR_FUNCTIONS(SaleOpening)
public:
    // Flights per batch: a thousand flights are about 175,000 seat rows, a few seconds,
    // well inside the statement timeout (a season at once is not). Tests pass a few.
    static constexpr int StandardBatch = 1000;

    explicit SaleOpening(Database &db, int batch = StandardBatch) : m_db(db), m_batch(qMax(1, batch)) {}

    // Up to `batch` flights not yet opened that depart within `opensDays` of the server's
    // clock (departed ones too: a past flight is read with its seats), lowest ids first.
    Result<OpenedSeats> openDepartingBatch(int opensDays);
    // All of them, batch after batch, inside the caller's transaction.
    Result<OpenedSeats> openDeparting(int opensDays);
    // One flight; nothing to do if it is open already.
    Result<OpenedSeats> openFlight(qint64 flightId);
    // When `flightId` was opened; invalid if it is not on sale yet. NotFound if no such flight.
    Result<QDateTime> openedAt(qint64 flightId);
    // Which of `flightIds` are not on sale yet (kioskctl flights says so).
    Result<QSet<qint64>> notOnSale(const QList<qint64> &flightIds);
    // Marks flights whose seats the caller wrote itself (the demo, tests) as open.
    Status markOpened(qint64 flightId);

private:
    Result<OpenedSeats> openInDatabase(const QVariant &flightId, int opensDays); // PostgreSQL
    Result<OpenedSeats> open(const QString &condition, const QString &placeholder, const QVariant &value);
    // Adds the surcharges to the seats of the flights opened now (`condition`), once each.
    Status priceOpened(const QString &condition, const QVariant &stamp);
    Database &m_db;
    int m_batch;
    QSet<qint64> m_priced; // flights this opening priced already (one transaction's batches)
};

} // namespace kiosk
