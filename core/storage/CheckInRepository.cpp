#include "CheckInRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<int> CheckInRepository::lockSequence(qint64 flightId)
{
    auto create = Statement::prepare(m_db, QStringLiteral("INSERT INTO check_in_sequences (flight_id, last_sequence) "
                                                          "VALUES (:flight, 0) ON CONFLICT (flight_id) DO NOTHING"));
    if (!create)
        return create.error();
    create->bind(QStringLiteral(":flight"), flightId);
    if (auto done = create->exec(QStringLiteral("creating the flight's boarding sequence")); !done)
        return done.error();
    auto lock = Statement::prepare(
        m_db, QStringLiteral("SELECT last_sequence FROM check_in_sequences WHERE flight_id = :flight%1")
                  .arg(m_db.dialect().forUpdate()));
    if (!lock)
        return lock.error();
    lock->bind(QStringLiteral(":flight"), flightId);
    if (auto done = lock->exec(QStringLiteral("locking the flight's boarding sequence")); !done)
        return done.error();
    if (!lock->next())
        return makeError(ErrorCode::Internal, tr("flight %1 has no boarding sequence row").arg(flightId));
    return lock->value(0).toInt();
}

Status CheckInRepository::storeSequence(qint64 flightId, int lastSequence)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE check_in_sequences SET last_sequence = :last WHERE flight_id = :flight"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":last"), lastSequence).bind(QStringLiteral(":flight"), flightId);
    return update->exec(QStringLiteral("advancing the flight's boarding sequence"));
}

Result<QString> CheckInRepository::lockBookingState(qint64 bookingId)
{
    auto lock = Statement::prepare(
        m_db, QStringLiteral("SELECT state FROM bookings WHERE id = :id%1").arg(m_db.dialect().forUpdate()));
    if (!lock)
        return lock.error();
    lock->bind(QStringLiteral(":id"), bookingId);
    if (auto done = lock->exec(QStringLiteral("locking the booking")); !done)
        return done.error();
    if (!lock->next())
        return makeError(ErrorCode::NotFound, tr("booking %1 is gone").arg(bookingId));
    return lock->value(0).toString();
}

Status CheckInRepository::insert(qint64 lineId, qint64 flightId, int sequence, const Actor &actor)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO check_ins (line_id, flight_id, sequence, checked_in_at, terminal, actor) "
                             "VALUES (:line, :flight, :sequence, %1, :terminal, :actor)")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":line"), lineId)
        .bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":sequence"), sequence)
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    return insert->exec(QStringLiteral("recording the check-in"));
}

Result<bool> CheckInRepository::remove(qint64 lineId)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM check_ins WHERE line_id = :line"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":line"), lineId);
    if (auto done = remove->exec(QStringLiteral("offloading the passenger")); !done)
        return done.error();
    return remove->numRowsAffected() == 1;
}

Result<QHash<qint64, CheckInRecord>> CheckInRepository::forLines(const QList<qint64> &lineIds)
{
    QHash<qint64, CheckInRecord> records;
    if (lineIds.isEmpty())
        return records;
    QStringList ids;
    for (qint64 id : lineIds)
        ids << QString::number(id); // integers from our own rows: no injection
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT line_id, sequence, %1, terminal, actor FROM check_ins WHERE line_id IN (%2)")
                  .arg(m_db.dialect().epochMs(QStringLiteral("checked_in_at")), ids.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading check-ins")); !done)
        return done.error();
    while (query->next()) {
        const qint64 line = query->value(0).toLongLong();
        records.insert(line, {line, query->value(1).toInt(), utcFromEpochMs(query->value(2)), query->value(3).toString(),
                              query->value(4).toString()});
    }
    return records;
}

Result<std::optional<StoredCheckInWindow>> CheckInRepository::window(const QString &carrier, const QString &route)
{
    // The route's own row sorts before the airline's ('' route).
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT opens_minutes, closes_minutes FROM check_in_windows "
                                                         "WHERE carrier = :carrier AND route IN (:route, '') "
                                                         "ORDER BY route DESC LIMIT 1"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":carrier"), carrier).bind(QStringLiteral(":route"), route);
    if (auto done = query->exec(QStringLiteral("reading the check-in window")); !done)
        return done.error();
    if (!query->next())
        return std::optional<StoredCheckInWindow>();
    return std::optional<StoredCheckInWindow>(StoredCheckInWindow{query->value(0).toInt(), query->value(1).toInt()});
}

Status CheckInRepository::saveWindow(const QString &carrier, const QString &route, const StoredCheckInWindow &window)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO check_in_windows (carrier, route, opens_minutes, closes_minutes) "
                             "VALUES (:carrier, :route, :opens, :closes) ON CONFLICT (carrier, route) DO UPDATE SET "
                             "opens_minutes = excluded.opens_minutes, closes_minutes = excluded.closes_minutes"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":carrier"), carrier)
        .bind(QStringLiteral(":route"), route.isNull() ? QStringLiteral("") : route) // '' is the whole airline, never NULL
        .bind(QStringLiteral(":opens"), window.opensMinutes)
        .bind(QStringLiteral(":closes"), window.closesMinutes);
    return upsert->exec(QStringLiteral("saving the check-in window"));
}

Result<QString> CheckInRepository::airlineNumericCode(const QString &designator)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT numeric_code FROM airlines WHERE designator = :d"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":d"), designator);
    if (auto done = query->exec(QStringLiteral("reading the airline's numeric code")); !done)
        return done.error();
    return query->next() ? query->value(0).toString() : QString();
}

Status CheckInRepository::saveAirline(const QString &designator, const QString &numericCode, const QString &name)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO airlines (designator, numeric_code, name) VALUES (:d, :code, :name) "
                             "ON CONFLICT (designator) DO UPDATE SET numeric_code = excluded.numeric_code, "
                             "name = excluded.name"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":d"), designator).bind(QStringLiteral(":code"), numericCode).bind(QStringLiteral(":name"), name);
    return upsert->exec(QStringLiteral("saving the airline"));
}

Result<StoredAirline> CheckInRepository::airline(const QString &designator)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT numeric_code, name, address FROM airlines WHERE designator = :d"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":d"), designator);
    if (auto done = query->exec(QStringLiteral("reading the airline")); !done)
        return done.error();
    if (!query->next())
        return StoredAirline{};
    return StoredAirline{query->value(0).toString(), query->value(1).toString(), query->value(2).toString()};
}

Status CheckInRepository::saveAirlineAddress(const QString &designator, const QString &address)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE airlines SET address = :address WHERE designator = :d"));
    if (!update)
        return update.error();
    // '' is "no address", never NULL (a null QString binds as NULL).
    update->bind(QStringLiteral(":address"), address.isNull() ? QStringLiteral("") : address).bind(QStringLiteral(":d"), designator);
    if (auto done = update->exec(QStringLiteral("saving the airline's address")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("airline %1 is not on file").arg(designator));
    return Done{};
}

Result<bool> CheckInRepository::removeWindow(const QString &carrier, const QString &route)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM check_in_windows WHERE carrier = :carrier AND route = :route"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":carrier"), carrier).bind(QStringLiteral(":route"), route.isNull() ? QStringLiteral("") : route);
    if (auto done = remove->exec(QStringLiteral("removing the check-in window")); !done)
        return done.error();
    return remove->numRowsAffected() > 0;
}

Result<QList<CheckInWindowRow>> CheckInRepository::windows()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT carrier, route, opens_minutes, closes_minutes "
                                                         "FROM check_in_windows ORDER BY carrier, route"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("listing the check-in windows")); !done)
        return done.error();
    QList<CheckInWindowRow> rows;
    while (query->next())
        rows.append({query->value(0).toString(), query->value(1).toString(),
                     StoredCheckInWindow{query->value(2).toInt(), query->value(3).toInt()}});
    return rows;
}

Result<QList<AirlineRow>> CheckInRepository::airlines()
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT designator, numeric_code, name, address FROM airlines ORDER BY designator"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("listing the airlines")); !done)
        return done.error();
    QList<AirlineRow> rows;
    while (query->next())
        rows.append({query->value(0).toString(),
                     StoredAirline{query->value(1).toString(), query->value(2).toString(), query->value(3).toString()}});
    return rows;
}

} // namespace kiosk
