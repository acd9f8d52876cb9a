#pragma once

#include "HoldRequest.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class BookingEvents;
class BookingRepository;
struct LockedSeat;
struct SeatOccupant;
class Database;
struct Flight;
struct FlightForSale;

// The hold transaction, the heart of "a seat is never sold twice" (architecture rules 1-3):
// lock the requested seat rows in a fixed order, expire lapsed holds on exactly those
// seats, check, insert, commit. The partial unique index is the last line of defence.
// On PostgreSQL the transaction is one function call (kiosk_hold_on_sale), on SQLite statements;
// the tests run every rule on both.
class SeatHolder {
    Q_DECLARE_TR_FUNCTIONS(SeatHolder)
public:
    // Made for one operation, as `actor` (a copy: who signs in meanwhile changes nothing).
    SeatHolder(Database &db, BookingEvents &events, Actor actor, int defaultTtlSeconds)
        : m_db(db), m_events(events), m_actor(std::move(actor)), m_defaultTtl(defaultTtlSeconds) {}

    Result<Booking> hold(const HoldRequest &request);
    // Inside a transaction that has locked `locked`: fails with SeatTaken naming any seat
    // that is blocked (a desk-only seat is claimable by the desk) or occupied, after releasing holds on them that are past their
    // deadline (rule 3; their references are added to `expired`).
    Status claimable(BookingRepository &bookings, const QList<LockedSeat> &locked, const QString &flightKey,
                     QStringList &expired);
    // Inside a transaction that has locked the seats `seatIds`: who occupies them once the
    // holds past their deadline are released (rule 3; references added to `expired`).
    Result<QList<SeatOccupant>> occupantsAfterLapsed(BookingRepository &bookings, const QList<qint64> &seatIds,
                                                     QStringList &expired);

private:
    // What one try of a hold found besides its answer.
    struct HoldAttempt {
        QStringList expired;            // lapsed holds this try released (rule 3)
        std::optional<Booking> earlier; // the booking the idempotency key already made
        bool raced = false;             // another hold took the reference or key at the same moment: try again
    };

    Status validate(const HoldRequest &request) const;
    Status withinLimits();
    void auditRefusal(const Error &refusal);
    Result<std::optional<Booking>> replayed(const HoldRequest &request, const Flight &flight);
    Result<std::optional<Booking>> replayOf(const HoldRequest &request, const Flight &flight, const Booking &earlier);
    // SQLite: the checks, then the hold transaction statement by statement (in-process,
    // round trips are free).
    Result<Booking> holdInSteps(const HoldRequest &request, const FlightForSale &forSale, HoldAttempt &attempt);
    Result<Booking> holdOnce(const HoldRequest &request, const Flight &flight, HoldAttempt &attempt);
    // PostgreSQL: the flight's reading, the same checks and the transaction in one call of
    // kiosk_hold_on_sale (migrations 0037, 0040), which compares the cut-off with
    // the server clock under the flight's lock.
    Result<Booking> holdInOneCall(const HoldRequest &request, qint64 flightId, HoldAttempt &attempt);

    Database &m_db;
    BookingEvents &m_events;
    const Actor m_actor;
    int m_defaultTtl;
};

} // namespace kiosk
