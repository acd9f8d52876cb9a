#include "WaitlistRepository.h"

#include "BookingFunctions.h"
#include "Database.h"
#include "Statement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kiosk {

namespace {

QString namesJson(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList namesFromJson(const QString &json)
{
    QStringList names;
    for (const QJsonValue &name : QJsonDocument::fromJson(json.toUtf8()).array())
        names << name.toString();
    return names;
}

Result<QList<qint64>> ids(Statement &query, const QString &what)
{
    if (auto done = query.exec(what); !done)
        return done.error();
    QList<qint64> result;
    while (query.next())
        result << query.value(0).toLongLong();
    return result;
}

} // namespace

Result<std::optional<qint64>> WaitlistRepository::insert(qint64 flightId, const WaitlistRequest &request,
                                                         const Actor &actor)
{
    const SqlDialect &sql = m_db.dialect();
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO waitlist (flight_id, cabin, passengers, seats, contact_email, contact_phone, "
                             "terminal, actor, created_at, updated_at) VALUES (:flight, :cabin, :names, :seats, :email, "
                             ":phone, :terminal, :actor, %1, %1) RETURNING id")
                  .arg(sql.now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":cabin"), QString(request.cabin))
        .bind(QStringLiteral(":names"), namesJson(request.passengers))
        .bind(QStringLiteral(":seats"), int(request.passengers.size()))
        .bind(QStringLiteral(":email"), request.contact.email)
        .bind(QStringLiteral(":phone"), request.contact.phone.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                                         : QVariant(request.contact.phone))
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = insert->exec(QStringLiteral("joining the waitlist")); !done) {
        if (sql.isUniqueViolation(insert->lastError()))
            return std::optional<qint64>();
        return done.error();
    }
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the waitlist entry"));
    return std::optional<qint64>(insert->value(0).toLongLong());
}

Result<QList<WaitlistEntry>> WaitlistRepository::select(const QString &where, const QVariant &value,
                                                        const QString &what, const QString &suffix)
{
    const SqlDialect &sql = m_db.dialect();
    // A kiosk login reads the names and contact of its own entries only (migration 0029).
    const bool postgres = sql.isPostgres();
    const QString personal = postgres ? QStringLiteral("p.passengers, p.email, p.phone")
                                      : QStringLiteral("w.passengers, w.contact_email, w.contact_phone");
    const QString personalJoin = postgres ? QStringLiteral("LEFT JOIN LATERAL kiosk_waitlist_personal(w.id) p ON TRUE ")
                                          : QString();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT w.id, w.flight_id, f.carrier, f.number, f.departure_date, w.cabin, %5, "
                             "w.state, b.reference, %1, w.terminal, %2, "
                             "CASE WHEN w.state = 'waiting' THEN (SELECT count(*) FROM waitlist o WHERE o.flight_id = "
                             "w.flight_id AND o.cabin = w.cabin AND o.state = 'waiting' AND o.id <= w.id) ELSE 0 END, "
                             "w.seats "
                             "FROM waitlist w JOIN flights f ON f.id = w.flight_id "
                             "LEFT JOIN bookings b ON b.id = w.booking_id %6WHERE %3 ORDER BY w.id%4")
                  .arg(sql.epochMs(QStringLiteral("b.hold_deadline")), sql.epochMs(QStringLiteral("w.created_at")), where,
                       suffix, personal, personalJoin));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":value"), value);
    if (auto done = query->exec(what); !done)
        return done.error();
    QList<WaitlistEntry> entries;
    while (query->next()) {
        WaitlistEntry e;
        e.id = query->value(0).toLongLong();
        e.flightId = query->value(1).toLongLong();
        e.flightKey = QStringLiteral("%1%2/%3")
                          .arg(query->value(2).toString())
                          .arg(query->value(3).toInt())
                          .arg(query->value(4).toString().left(10));
        e.cabin = query->value(5).toString().at(0);
        // Names another kiosk login may not read: as many empty ones as seats wanted.
        e.passengers = query->value(6).isNull() ? QStringList(query->value(15).toInt(), QString())
                                                : namesFromJson(query->value(6).toString());
        e.contact = {query->value(7).toString(), query->value(8).toString()};
        e.state = waitlistStateFromName(query->value(9).toString()).value_or(WaitlistState::Left);
        e.offerReference = query->value(10).toString();
        e.offerDeadlineUtc = utcFromEpochMs(query->value(11));
        e.terminal = query->value(12).toString();
        e.createdUtc = utcFromEpochMs(query->value(13));
        e.position = query->value(14).toInt();
        entries.append(e);
    }
    return entries;
}

Result<WaitlistEntry> WaitlistRepository::find(qint64 entryId)
{
    auto rows = select(QStringLiteral("w.id = :value"), entryId, QStringLiteral("reading a waitlist entry"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no waitlist entry %1").arg(entryId));
    return rows->first();
}

Result<QList<WaitlistEntry>> WaitlistRepository::forFlight(qint64 flightId)
{
    return select(QStringLiteral("w.flight_id = :value"), flightId, QStringLiteral("reading the waitlist"));
}

Result<QList<WaitlistEntry>> WaitlistRepository::lockWaiting(qint64 flightId)
{
    // FOR UPDATE OF w: only the entries are locked, not the flight or the offers' bookings.
    const QString lock = m_db.dialect().isPostgres() ? QStringLiteral(" FOR UPDATE OF w") : QString();
    return select(QStringLiteral("w.flight_id = :value AND w.state = 'waiting'"), flightId,
                  QStringLiteral("reading who waits"), lock);
}

Status WaitlistRepository::lockFlight(qint64 flightId)
{
    if (!m_db.dialect().isPostgres())
        return Done{};
    auto lock = Statement::prepare(
        m_db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('kiosk_waitlist.' || current_schema() || '.' || "
                             "CAST(:flight AS text)))"));
    if (!lock)
        return lock.error();
    lock->bind(QStringLiteral(":flight"), flightId);
    return lock->exec(QStringLiteral("waiting for the flight's waitlist"));
}

Result<int> WaitlistRepository::seatsInCabin(qint64 flightId, QChar cabin)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT count(*) FROM seats WHERE flight_id = :flight "
                                                         "AND cabin = :cabin"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId).bind(QStringLiteral(":cabin"), QString(cabin));
    if (auto done = query->exec(QStringLiteral("counting the cabin's seats")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<FreeSeat>> WaitlistRepository::freeSeats(qint64 flightId, QChar cabin)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT s.id, s.code, s.seat_row, s.price_minor, count(*) OVER (PARTITION BY s.seat_row) "
                             "AS free_in_row FROM seats s WHERE s.flight_id = :flight AND s.cabin = :cabin "
                             "AND NOT s.blocked AND NOT EXISTS (SELECT 1 FROM booking_lines l WHERE l.seat_id = s.id "
                             "AND l.active) ORDER BY free_in_row DESC, s.seat_row, s.letter"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId).bind(QStringLiteral(":cabin"), QString(cabin));
    if (auto done = query->exec(QStringLiteral("finding free seats for the waitlist")); !done)
        return done.error();
    QList<FreeSeat> seats;
    while (query->next())
        seats.append({query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toInt(),
                      query->value(3).toLongLong()});
    return seats;
}

Result<QList<qint64>> WaitlistRepository::flightsWaiting()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT DISTINCT flight_id FROM waitlist WHERE state = 'waiting'"));
    if (!query)
        return query.error();
    return ids(*query, QStringLiteral("finding flights with a waitlist"));
}

Result<QList<qint64>> WaitlistRepository::flightsWaitingFor(const QStringList &references)
{
    // One statement for any number of bookings: the references as one comma-separated text.
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT DISTINCT w.flight_id FROM waitlist w JOIN bookings b ON b.flight_id = w.flight_id "
                             "WHERE w.state = 'waiting' AND ',' || :refs || ',' LIKE '%,' || b.reference || ',%'"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":refs"), references.join(QLatin1Char(',')));
    return ids(*query, QStringLiteral("finding waitlists for freed seats"));
}

Result<bool> WaitlistRepository::markOffered(qint64 entryId, qint64 bookingId)
{
    if (m_db.dialect().isPostgres())
        return BookingFunctions(m_db).waitlistOffered(entryId, bookingId);
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE waitlist SET state = 'offered', booking_id = :booking, updated_at = %1 "
                             "WHERE id = :id AND state = 'waiting'")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":booking"), bookingId).bind(QStringLiteral(":id"), entryId);
    if (auto done = update->exec(QStringLiteral("recording the waitlist offer")); !done)
        return done.error();
    return update->numRowsAffected() == 1;
}

Result<bool> WaitlistRepository::markLeft(qint64 entryId)
{
    if (m_db.dialect().isPostgres())
        return BookingFunctions(m_db).waitlistLeave(entryId);
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE waitlist SET state = 'left', updated_at = %1 "
                                                          "WHERE id = :id AND state IN ('waiting', 'offered')")
                                               .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), entryId);
    if (auto done = update->exec(QStringLiteral("leaving the waitlist")); !done)
        return done.error();
    return update->numRowsAffected() == 1;
}

Result<bool> WaitlistRepository::handOver(qint64 bookingId, const Actor &actor, const QString &surname)
{
    if (m_db.dialect().isPostgres())
        return BookingFunctions(m_db).takeOffer(bookingId, actor, surname);
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE bookings SET terminal = :terminal, actor = :actor, updated_at = %1 "
                             "WHERE id = :id AND state = 'SEAT_HELD' AND terminal = :waitlist")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":id"), bookingId)
        .bind(QStringLiteral(":waitlist"), offerTerminal());
    if (auto done = update->exec(QStringLiteral("taking up the waitlist offer")); !done)
        return done.error();
    return update->numRowsAffected() == 1;
}

Result<int> WaitlistRepository::offerSeconds()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT offer_seconds FROM waitlist_settings WHERE id = 1"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the waitlist settings")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("the waitlist settings row is missing"));
    return query->value(0).toInt();
}

Status WaitlistRepository::setOfferSeconds(int seconds)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE waitlist_settings SET offer_seconds = :s WHERE id = 1"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":s"), seconds);
    return update->exec(QStringLiteral("saving the waitlist settings"));
}

} // namespace kiosk
