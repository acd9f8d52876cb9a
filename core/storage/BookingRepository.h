#pragma once

#include "domain/Actor.h"
#include "domain/AuditEntry.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "domain/TerminalSettings.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kiosk {

class Database;
class Statement;

// A seat row locked for the rest of the transaction.
struct LockedSeat {
    qint64 id = 0;
    SeatCode code;
    bool blocked = false;
    Money price;
    QChar cabin;     // 'F', 'J', 'W', 'Y'
    bool deskOnly = false; // blocked, but agents at the desk may sell it (Seat::deskOnly)
    QString blockReason;
};

// A booking that currently occupies a seat (its line is active).
struct SeatOccupant {
    qint64 seatId = 0;
    qint64 bookingId = 0;
    BookingState state = BookingState::SeatHeld;
    bool holdLapsed = false; // SEAT_HELD and the deadline has passed on the server clock
};

struct NewBooking {
    QString reference;
    qint64 flightId = 0;
    Money total;
    int ttlSeconds = TerminalSettings::HoldSeconds.fallback;
    QString idempotencyKey; // empty for none
};

struct NewBookingLine {
    qint64 seatId = 0;
    QString passengerName;
    qint64 priceMinor = 0;
};

// Bookings, their lines and their audit trail. The building blocks of the service's
// transactions; every state change here is guarded (WHERE state = :from) and audited.
class BookingRepository {
    Q_DECLARE_TR_FUNCTIONS(BookingRepository)
public:
    explicit BookingRepository(Database &db) : m_db(db) {}

    // Locks the named seats of a flight in seat-id order (a fixed order: no deadlocks).
    Result<QList<LockedSeat>> lockSeats(qint64 flightId, const QList<SeatCode> &codes);
    Result<QList<SeatOccupant>> occupants(const QList<qint64> &seatIds);
    // Inserts a SEAT_HELD booking with its lines and first audit row; returns its id, or
    // nothing when another booking took the reference or idempotency key at the same moment
    // (the caller tries again). The partial unique index turning a race into
    // ErrorCode::SeatTaken is the last guard.
    Result<std::optional<qint64>> insertHeld(const NewBooking &booking, const QList<NewBookingLine> &lines, const Actor &actor);
    // Guarded state change plus audit row; lines are released when the new state holds no seats.
    Status transition(qint64 bookingId, BookingState from, BookingState to, const Actor &actor,
                      const QString &reason);
    // The refusal of a guarded state change: another terminal moved the booking on.
    static Error movedError(BookingState from);
    // An audit row for a change within a state (a seat change, one passenger cancelled):
    // from and to are both `state`.
    Status note(qint64 bookingId, BookingState state, const Actor &actor, const QString &reason);
    // Moves the booking's active line on `fromSeatId` to `toSeatId` in place: the old seat
    // is released and the new one taken by the same row, so it is one atomic step.
    // SeatTaken if the partial unique index finds the new seat occupied meanwhile.
    Status moveLine(qint64 bookingId, qint64 fromSeatId, qint64 toSeatId);
    // One passenger of a party gives up their seat; the booking stays as it is.
    Status releaseLine(qint64 bookingId, qint64 lineId);
    // Inside a transaction: the booking's row is locked until the commit (PostgreSQL
    // FOR UPDATE; SQLite's transaction holds the write lock already), so a decision taken
    // on what is read next cannot be raced by another terminal.
    Status lock(qint64 bookingId);

    // By reference (case-insensitive) or numeric id. On PostgreSQL a kiosk login reads the
    // passengers' names only of its own bookings and of one `surname` proves (migration
    // 0029); others' come back empty.
    Result<Booking> find(const QString &referenceOrId, const QString &surname = QString());
    Result<Booking> findById(qint64 bookingId);
    // By reference only (case-insensitive); never a numeric id.
    Result<Booking> findByReference(const QString &reference, const QString &surname = QString());
    Result<std::optional<Booking>> findByIdempotencyKey(const QString &key);
    // The booking in the rows of a statement that selects findById's columns in their order
    // (kiosk_payment_record_booking, migration 0036), positioned on its first row; reads
    // through its last row. One reading of a booking's rows for both.
    static Result<Booking> fromRows(Statement &query);
    static constexpr int RowColumns = 22; // findById's columns; a statement's own come after them
    Result<bool> holdLapsed(qint64 bookingId);
    Result<QList<qint64>> lapsedHolds(int limit);
    Result<std::optional<QDateTime>> nextHoldDeadline();
    Result<QList<AuditEntry>> history(qint64 bookingId);

private:
    Result<Booking> findWhere(const QString &where, const QVariant &value, const QString &notFound,
                              const QString &surname = QString());
    Status audit(qint64 bookingId, std::optional<BookingState> from, BookingState to, const Actor &actor,
                 const QString &reason);

    Database &m_db;
};

} // namespace kiosk
