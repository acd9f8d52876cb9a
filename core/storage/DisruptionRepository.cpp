#include "DisruptionRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

QString selectDisruptions(const SqlDialect &sql)
{
    return QStringLiteral("SELECT d.id, d.booking_id, b.reference, b.state, d.flight_id, f.carrier, f.number, "
                          "f.departure_date, d.kind, d.detail, d.passenger_name, d.old_seat, d.new_seat, d.source, "
                          "%1, %2, d.handled_by, d.handled_note FROM disruptions d "
                          "JOIN bookings b ON b.id = d.booking_id JOIN flights f ON f.id = d.flight_id ")
        .arg(sql.epochMs(QStringLiteral("d.created_at")), sql.epochMs(QStringLiteral("d.handled_at")));
}

Disruption readDisruption(const Statement &row)
{
    Disruption d;
    d.id = row.value(0).toLongLong();
    d.bookingId = row.value(1).toLongLong();
    d.reference = row.value(2).toString();
    d.bookingState = row.value(3).toString();
    d.flightId = row.value(4).toLongLong();
    d.flightKey = row.value(5).toString() + row.value(6).toString() + QLatin1Char('/')
        + row.value(7).toString().left(10);
    d.kind = disruptionKindFromName(row.value(8).toString()).value_or(Disruption::Kind::Cancelled);
    d.detail = row.value(9).toString();
    d.passengerName = row.value(10).toString();
    d.oldSeat = row.value(11).toString();
    d.newSeat = row.value(12).toString();
    d.source = row.value(13).toString();
    d.createdUtc = utcFromEpochMs(row.value(14));
    d.handledUtc = utcFromEpochMs(row.value(15));
    d.handledBy = row.value(16).toString();
    d.handledNote = row.value(17).toString();
    return d;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant epochMsOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Status DisruptionRepository::add(const Disruption &d)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO disruptions (booking_id, flight_id, kind, detail, passenger_name, old_seat, "
                             "new_seat, source, created_at, old_departure_at, old_arrival_at, old_destination) "
                             "VALUES (:booking, :flight, :kind, :detail, :name, :old, :new, :source, %1, %2, %3, "
                             ":old_destination)")
                  .arg(m_db.dialect().now(), m_db.dialect().fromEpochMs(QStringLiteral(":old_departure")),
                       m_db.dialect().fromEpochMs(QStringLiteral(":old_arrival"))));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":booking"), d.bookingId)
        .bind(QStringLiteral(":flight"), d.flightId)
        .bind(QStringLiteral(":kind"), disruptionKindName(d.kind))
        .bind(QStringLiteral(":detail"), d.detail)
        .bind(QStringLiteral(":name"), textOrNull(d.passengerName))
        .bind(QStringLiteral(":old"), textOrNull(d.oldSeat))
        .bind(QStringLiteral(":new"), textOrNull(d.newSeat))
        .bind(QStringLiteral(":source"), d.source)
        .bind(QStringLiteral(":old_departure"), epochMsOrNull(d.oldDepartureUtc))
        .bind(QStringLiteral(":old_arrival"), epochMsOrNull(d.oldArrivalUtc))
        .bind(QStringLiteral(":old_destination"), textOrNull(d.oldDestination));
    return insert->exec(QStringLiteral("recording a disruption"));
}

Result<QList<Disruption>> DisruptionRepository::list(const DisruptionFilter &filter)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (filter.flightId > 0)
        where << QStringLiteral("d.flight_id = :flight");
    if (filter.openOnly)
        where << QStringLiteral("d.handled_at IS NULL");
    auto query = Statement::prepare(m_db, selectDisruptions(m_db.dialect())
                                              + QStringLiteral("WHERE %1 ORDER BY d.id DESC LIMIT %2")
                                                    .arg(where.join(QStringLiteral(" AND ")))
                                                    .arg(qMax(1, filter.limit)));
    if (!query)
        return query.error();
    if (filter.flightId > 0)
        query->bind(QStringLiteral(":flight"), filter.flightId);
    if (auto done = query->exec(QStringLiteral("reading disruptions")); !done)
        return done.error();
    QList<Disruption> disruptions;
    while (query->next())
        disruptions << readDisruption(*query);
    return disruptions;
}

Result<Disruption> DisruptionRepository::find(qint64 id)
{
    auto query = Statement::prepare(m_db, selectDisruptions(m_db.dialect()) + QStringLiteral("WHERE d.id = :id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), id);
    if (auto done = query->exec(QStringLiteral("reading a disruption")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no disruption %1").arg(id));
    return readDisruption(*query);
}

Status DisruptionRepository::markHandled(qint64 id, const QString &user, const QString &note)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE disruptions SET handled_at = %1, handled_by = :user, handled_note = :note "
                             "WHERE id = :id AND handled_at IS NULL")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":user"), user).bind(QStringLiteral(":note"), note).bind(QStringLiteral(":id"), id);
    if (auto done = update->exec(QStringLiteral("marking disruption %1 handled").arg(id)); !done)
        return done;
    if (update->numRowsAffected() == 1)
        return Done{};
    auto existing = find(id);
    if (!existing)
        return existing.error();
    return makeError(ErrorCode::WrongState, tr("disruption %1 was already handled by %2 at %3")
                                                .arg(id)
                                                .arg(existing->handledBy, existing->handledUtc.toString(Qt::ISODate)));
}

} // namespace kiosk
