#include "BookingRepository.h"

#include "BookingFunctions.h"
#include "Database.h"
#include "NamedColumns.h"
#include "Statement.h"
#include "TravellerProof.h"
#include "domain/BookingReference.h"
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

namespace {

// The columns findWhere reads, by name (NamedColumns.h). %1 and %2 are the dialect's
// epoch-millisecond forms of the two timestamps, %3 the passenger name as this login may read it.
struct Col {
    enum Name : int {
        Id, Reference, FlightId, State, HoldDeadline, Created, TotalMinor, Currency, IdempotencyKey, Terminal,
        Carrier, Number, DepartureDate, CapturedMinor, RefundedMinor, Actor, PassengerName, Seat, PriceMinor,
        Active, Cabin, LineId, Count
    };
};
constexpr NamedColumn<Col::Name> bookingColumns[] = {
    {Col::Id, "b.id"}, {Col::Reference, "b.reference"}, {Col::FlightId, "b.flight_id"}, {Col::State, "b.state"},
    {Col::HoldDeadline, "%1"}, {Col::Created, "%2"}, {Col::TotalMinor, "b.total_minor"},
    {Col::Currency, "b.currency"}, {Col::IdempotencyKey, "b.idempotency_key"}, {Col::Terminal, "b.terminal"},
    {Col::Carrier, "f.carrier"}, {Col::Number, "f.number"}, {Col::DepartureDate, "f.departure_date"},
    {Col::CapturedMinor, "(SELECT COALESCE(SUM(captured_minor), 0) FROM payments p WHERE p.booking_id = b.id)"},
    {Col::RefundedMinor, "(SELECT COALESCE(SUM(refunded_minor), 0) FROM payments p WHERE p.booking_id = b.id)"},
    {Col::Actor, "b.actor"}, {Col::PassengerName, "%3"}, {Col::Seat, "s.code"},
    {Col::PriceMinor, "l.price_minor"}, {Col::Active, "l.active"}, {Col::Cabin, "s.cabin"}, {Col::LineId, "l.id"},
};
static_assert(inEnumOrder(bookingColumns));
static_assert(Col::Count == BookingRepository::RowColumns);

// Everything of findWhere's statement before its condition.
QString bookingSelect(const SqlDialect &sql)
{
    // A kiosk login may not read other travellers' names (migration 0029).
    const QString name = sql.isPostgres() ? QStringLiteral("kiosk_passenger_name(l.id, :search, :mrz)")
                                          : QStringLiteral("l.passenger_name");
    return QStringLiteral("SELECT %1 FROM bookings b JOIN flights f ON f.id = b.flight_id "
                          "LEFT JOIN booking_lines l ON l.booking_id = b.id LEFT JOIN seats s ON s.id = l.seat_id "
                          "WHERE ")
        .arg(selectList(bookingColumns)
                 .arg(sql.epochMs(QStringLiteral("b.hold_deadline")), sql.epochMs(QStringLiteral("b.created_at")), name));
}

} // namespace

// One round trip: the booking's columns repeat on each of its lines (a booking without
// lines, which only a failed import can leave, still comes back as one row).
Result<Booking> BookingRepository::findWhere(const QString &where, const QVariant &value, const QString &notFound,
                                             const QString &surname)
{
    const SqlDialect &sql = m_db.dialect();
    // Put together once per dialect: every payment reads its booking back.
    static const QString selectFrom[2] = {bookingSelect(SqlDialect(SqlDialect::Kind::PostgreSQL)),
                                          bookingSelect(SqlDialect(SqlDialect::Kind::SQLite))};
    auto query = Statement::prepare(m_db, selectFrom[sql.isPostgres() ? 0 : 1] + where + QStringLiteral(" ORDER BY l.id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":value"), value);
    if (sql.isPostgres())
        bindTravellerProof(*query, surname);
    if (auto done = query->exec(QStringLiteral("reading a booking")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, notFound);
    return fromRows(*query);
}

Result<Booking> BookingRepository::fromRows(Statement &query)
{
    Booking b;
    b.id = query.integer(Col::Id);
    b.reference = query.text(Col::Reference);
    b.flightId = query.integer(Col::FlightId);
    const auto state = storedEnum(query.text(Col::State), bookingStateFromName, [&] { return tr("booking %1").arg(b.id); });
    if (!state)
        return state.error();
    b.state = *state;
    b.holdDeadlineUtc = utcFromEpochMs(query, Col::HoldDeadline);
    b.createdUtc = utcFromEpochMs(query, Col::Created);
    const QString currency = query.text(Col::Currency);
    b.total = Money(query.integer(Col::TotalMinor), currency);
    b.idempotencyKey = query.text(Col::IdempotencyKey);
    b.terminal = query.text(Col::Terminal);
    b.flightKey = query.text(Col::Carrier) + query.text(Col::Number) + QLatin1Char('/')
        + query.text(Col::DepartureDate).left(10);
    b.captured = Money(query.integer(Col::CapturedMinor), currency);
    b.refunded = Money(query.integer(Col::RefundedMinor), currency);
    b.createdBy = query.text(Col::Actor);
    do {
        if (query.isNull(Col::LineId))
            continue;
        b.passengers.append({query.text(Col::PassengerName),
                             SeatCode::parse(query.text(Col::Seat)).value_or(SeatCode()),
                             Money(query.integer(Col::PriceMinor), currency),
                             query.value(Col::Active).toBool(),
                             cabinFromCode(query.text(Col::Cabin).front()).value_or(Cabin::Economy),
                             query.integer(Col::LineId)});
    } while (query.next());
    return b;
}

Result<Booking> BookingRepository::findByReference(const QString &reference, const QString &surname)
{
    const QString text = reference.trimmed().toUpper();
    return findWhere(QStringLiteral("b.reference = :value"), text, tr("no booking with reference %1").arg(text),
                     surname);
}

Result<Booking> BookingRepository::find(const QString &referenceOrId, const QString &surname)
{
    const QString text = referenceOrId.trimmed();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    // The reference alphabet has the digits 2-9, so about one generated reference in 3,400
    // ("778444") is all digits: look it up as the reference it is, and only then as an id.
    if (isId && BookingReference::parse(text)) {
        auto byReference = findWhere(QStringLiteral("b.reference = :value"), text,
                                     tr("no booking with reference %1").arg(text), surname);
        if (byReference || byReference.error().code != ErrorCode::NotFound)
            return byReference;
    }
    if (isId)
        return findById(id);
    return findWhere(QStringLiteral("b.reference = :value"), text.toUpper(),
                     tr("no booking with reference %1").arg(text.toUpper()), surname);
}

Result<Booking> BookingRepository::findById(qint64 bookingId)
{
    return findWhere(QStringLiteral("b.id = :value"), bookingId, tr("no booking with id %1").arg(bookingId));
}

Result<std::optional<Booking>> BookingRepository::findByIdempotencyKey(const QString &key)
{
    auto found = findWhere(QStringLiteral("b.idempotency_key = :value"), key, QString());
    if (found)
        return std::optional<Booking>(std::move(found).value());
    if (found.error().code == ErrorCode::NotFound)
        return std::optional<Booking>();
    return found.error();
}

Result<bool> BookingRepository::holdLapsed(qint64 bookingId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT CASE WHEN hold_deadline <= %1 THEN 1 ELSE 0 END FROM bookings WHERE id = :id")
                  .arg(m_db.dialect().now()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId);
    if (auto done = query->exec(QStringLiteral("checking the hold deadline")); !done)
        return done.error();
    return query->next() && query->value(0).toInt() == 1;
}

Result<QList<qint64>> BookingRepository::lapsedHolds(int limit)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id FROM bookings WHERE state = 'SEAT_HELD' AND hold_deadline <= %1 "
                             "ORDER BY hold_deadline LIMIT %2")
                  .arg(m_db.dialect().now())
                  .arg(limit));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("finding lapsed holds")); !done)
        return done.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

Result<std::optional<QDateTime>> BookingRepository::nextHoldDeadline()
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM bookings WHERE state = 'SEAT_HELD' ORDER BY hold_deadline LIMIT 1")
                  .arg(m_db.dialect().epochMs(QStringLiteral("hold_deadline"))));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("finding the next hold deadline")); !done)
        return done.error();
    if (!query->next())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(utcFromEpochMs(query->value(0)));
}

Result<QList<AuditEntry>> BookingRepository::history(qint64 bookingId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT from_state, to_state, %1, terminal, actor, reason FROM booking_events "
                             "WHERE booking_id = :id ORDER BY id")
                  .arg(m_db.dialect().epochMs(QStringLiteral("at"))));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), bookingId);
    if (auto done = query->exec(QStringLiteral("reading the audit trail")); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.bookingId = bookingId;
        if (!query->value(0).isNull())
            entry.from = bookingStateFromName(query->value(0).toString());
        entry.to = bookingStateFromName(query->value(1).toString()).value_or(BookingState::Initiated);
        entry.atUtc = utcFromEpochMs(query->value(2));
        entry.terminal = query->value(3).toString();
        entry.actor = query->value(4).toString();
        entry.reason = query->value(5).toString();
        entries << entry;
    }
    return entries;
}

} // namespace kiosk
