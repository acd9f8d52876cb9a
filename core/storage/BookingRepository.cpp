// BookingRepository's writes: seat locks, the hold's rows, state moves, audit rows, line changes.
// Its reads are in BookingRepositoryReads.cpp.
#include "BookingRepository.h"

#include "BookingFunctions.h"
#include "Database.h"
#include "Statement.h"
#include "domain/PassengerName.h"

namespace kiosk {

namespace {

// ":p0, :p1, ..." for an IN list of `count` values.
QString placeholders(const QString &prefix, qsizetype count)
{
    QStringList names;
    for (qsizetype i = 0; i < count; ++i)
        names << QStringLiteral(":%1%2").arg(prefix).arg(i);
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<QList<LockedSeat>> BookingRepository::lockSeats(qint64 flightId, const QList<SeatCode> &codes)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id, code, blocked, price_minor, currency, cabin, block_channel, block_reason FROM seats "
                             "WHERE flight_id = :flight AND code IN (%1) ORDER BY id%2")
                  .arg(placeholders(QStringLiteral("c"), codes.size()), m_db.dialect().forUpdate()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    for (qsizetype i = 0; i < codes.size(); ++i)
        query->bind(QStringLiteral(":c%1").arg(i), codes[i].toString());
    if (auto done = query->exec(QStringLiteral("locking seats")); !done)
        return done.error();
    QList<LockedSeat> seats;
    while (query->next()) {
        seats.append({query->value(0).toLongLong(), SeatCode::parse(query->value(1).toString()).value_or(SeatCode()),
                      query->value(2).toBool(), Money(query->value(3).toLongLong(), query->value(4).toString()),
                      query->value(5).toString().front(), query->value(6).toString() == QLatin1String("desk"),
                      query->value(7).toString()});
    }
    return seats;
}

Result<QList<SeatOccupant>> BookingRepository::occupants(const QList<qint64> &seatIds)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT l.seat_id, b.id, b.state, "
                             "CASE WHEN b.state = 'SEAT_HELD' AND b.hold_deadline <= %1 THEN 1 ELSE 0 END "
                             "FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                             "WHERE l.active AND l.seat_id IN (%2)")
                  .arg(m_db.dialect().now(), placeholders(QStringLiteral("s"), seatIds.size())));
    if (!query)
        return query.error();
    for (qsizetype i = 0; i < seatIds.size(); ++i)
        query->bind(QStringLiteral(":s%1").arg(i), seatIds[i]);
    if (auto done = query->exec(QStringLiteral("checking who holds the seats")); !done)
        return done.error();
    QList<SeatOccupant> found;
    while (query->next()) {
        found.append({query->value(0).toLongLong(), query->value(1).toLongLong(),
                      bookingStateFromName(query->value(2).toString()).value_or(BookingState::SeatHeld),
                      query->value(3).toInt() == 1});
    }
    return found;
}

Result<std::optional<qint64>> BookingRepository::insertHeld(const NewBooking &booking, const QList<NewBookingLine> &lines,
                                             const Actor &actor)
{
    const SqlDialect &sql = m_db.dialect();
    if (sql.isPostgres()) // a kiosk login writes bookings through functions only (migration 0026)
        return BookingFunctions(m_db).insertHold(booking, lines, actor);
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO bookings (reference, flight_id, state, hold_deadline, total_minor, "
                             "currency, idempotency_key, terminal, actor, created_at, updated_at) VALUES "
                             "(:ref, :flight, 'SEAT_HELD', %1, :total, :currency, :key, :terminal, :actor, %2, %2) "
                             "RETURNING id")
                  .arg(sql.plusSeconds(sql.now(), QStringLiteral(":ttl")), sql.now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":ref"), booking.reference)
        .bind(QStringLiteral(":flight"), booking.flightId)
        .bind(QStringLiteral(":ttl"), booking.ttlSeconds)
        .bind(QStringLiteral(":total"), booking.total.minorUnits())
        .bind(QStringLiteral(":currency"), booking.total.currency())
        .bind(QStringLiteral(":key"), booking.idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                        : QVariant(booking.idempotencyKey))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = insert->exec(QStringLiteral("creating the booking")); !done) {
        if (sql.isUniqueViolation(insert->lastError()))
            return std::optional<qint64>();
        return done.error();
    }
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the new booking"));
    const qint64 bookingId = insert->value(0).toLongLong();

    auto line = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active, "
                             "search_key, surname_key) VALUES (:booking, :seat, :name, :price, TRUE, :key, :surname)"));
    if (!line)
        return line.error();
    for (const NewBookingLine &l : lines) {
        line->bind(QStringLiteral(":booking"), bookingId)
            .bind(QStringLiteral(":seat"), l.seatId)
            .bind(QStringLiteral(":name"), l.passengerName)
            .bind(QStringLiteral(":price"), l.priceMinor)
            .bind(QStringLiteral(":key"), PassengerName::searchKey(l.passengerName))
            .bind(QStringLiteral(":surname"), PassengerName::surnameKey(l.passengerName));
        if (auto done = line->exec(QStringLiteral("holding a seat")); !done) {
            if (sql.isUniqueViolation(line->lastError()))
                return makeError(ErrorCode::SeatTaken, tr("a requested seat was just taken"));
            return done.error();
        }
    }
    if (auto audited = audit(bookingId, BookingState::Initiated, BookingState::SeatHeld, actor,
                             QStringLiteral("seats held"));
        !audited)
        return audited.error();
    return std::optional<qint64>(bookingId);
}

Status BookingRepository::transition(qint64 bookingId, BookingState from, BookingState to, const Actor &actor,
                                     const QString &reason)
{
    if (!BookingTransitions::isAllowed(from, to))
        return makeError(ErrorCode::Internal, tr("%1 -> %2 is not in the booking state table")
                                                  .arg(bookingStateName(from), bookingStateName(to)));
    if (m_db.dialect().isPostgres())
        return BookingFunctions(m_db).move(bookingId, from, to, actor, reason);
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE bookings SET state = :to, updated_at = %1 WHERE id = :id AND state = :from")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":to"), bookingStateName(to))
        .bind(QStringLiteral(":id"), bookingId)
        .bind(QStringLiteral(":from"), bookingStateName(from));
    if (auto done = update->exec(QStringLiteral("changing the booking state")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return movedError(from);

    if (occupiesSeats(from) && !occupiesSeats(to)) {
        auto release = Statement::prepare(
            m_db, QStringLiteral("UPDATE booking_lines SET active = FALSE WHERE booking_id = :id AND active"));
        if (!release)
            return release.error();
        release->bind(QStringLiteral(":id"), bookingId);
        if (auto done = release->exec(QStringLiteral("releasing the seats")); !done)
            return done;
    }
    return audit(bookingId, from, to, actor, reason);
}

Error BookingRepository::movedError(BookingState from)
{
    return makeError(ErrorCode::WrongState,
                     tr("the booking is no longer %1; another terminal changed it").arg(bookingStateName(from)));
}

Status BookingRepository::note(qint64 bookingId, BookingState state, const Actor &actor, const QString &reason)
{
    return audit(bookingId, state, state, actor, reason);
}

Status BookingRepository::lock(qint64 bookingId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT id FROM bookings WHERE id = :id%1")
                                              .arg(m_db.dialect().forUpdate()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId);
    if (auto done = query->exec(QStringLiteral("locking the booking")); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("booking %1 no longer exists").arg(bookingId));
    return Done{};
}

Status BookingRepository::releaseLine(qint64 bookingId, qint64 lineId)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE booking_lines SET active = FALSE WHERE id = :line AND booking_id = :booking AND active"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":line"), lineId).bind(QStringLiteral(":booking"), bookingId);
    if (auto done = update->exec(QStringLiteral("releasing a passenger's seat")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState, tr("the passenger was already cancelled on another terminal"));
    return Done{};
}

Status BookingRepository::moveLine(qint64 bookingId, qint64 fromSeatId, qint64 toSeatId)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE booking_lines SET seat_id = :to "
                                                          "WHERE booking_id = :booking AND seat_id = :from AND active"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":to"), toSeatId).bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":from"), fromSeatId);
    if (auto done = update->exec(QStringLiteral("moving a passenger to another seat")); !done) {
        if (m_db.dialect().isUniqueViolation(update->lastError()))
            return makeError(ErrorCode::SeatTaken, tr("the new seat was just taken"));
        return done;
    }
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState, tr("the passenger's seat changed meanwhile"));
    return Done{};
}

Status BookingRepository::audit(qint64 bookingId, std::optional<BookingState> from, BookingState to,
                                const Actor &actor, const QString &reason)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, "
                             "reason) VALUES (:booking, :from, :to, %1, :terminal, :actor, :reason)")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":from"), from ? QVariant(bookingStateName(*from)) : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":to"), bookingStateName(to))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":reason"), reason);
    return insert->exec(QStringLiteral("writing the audit trail"));
}

} // namespace kiosk
