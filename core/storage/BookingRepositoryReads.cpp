// BookingRepository's reads: a booking with its lines and flight in one statement, the holds
// that lapsed, the next deadline, the audit trail. The writes are in BookingRepository.cpp.
#include "BookingRepository.h"

#include "Database.h"
#include "NamedColumns.h"
#include "Statement.h"
#include "TravellerProof.h"
#include "domain/BookingReference.h"

namespace kiosk {

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
