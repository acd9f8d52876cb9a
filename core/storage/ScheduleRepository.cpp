#include "ScheduleRepository.h"

#include "Database.h"
#include "FlightRepository.h"
#include "Statement.h"

namespace kiosk {

Result<QList<StoredLeg>> ScheduleRepository::legs(const QString &carrier, const QDate &first, const QDate &last)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id, number, departure_date, origin, destination, %1, %2, aircraft, currency, "
                             "status, source, iata_aircraft, configuration, seats_opened_at IS NOT NULL, layout_version FROM flights "
                             "WHERE carrier = :carrier "
                             "AND departure_date BETWEEN :first AND :last ORDER BY id%3")
                  .arg(sql.epochMs(QStringLiteral("departure_at")), sql.epochMs(QStringLiteral("arrival_at")),
                       sql.forUpdate()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":carrier"), carrier)
        .bind(QStringLiteral(":first"), first.toString(Qt::ISODate))
        .bind(QStringLiteral(":last"), last.toString(Qt::ISODate));
    if (auto done = query->exec(QStringLiteral("reading the flights of %1").arg(carrier)); !done)
        return done.error();
    QList<StoredLeg> legs;
    while (query->next()) {
        StoredLeg leg;
        Flight &f = leg.flight;
        f.id = query->value(0).toLongLong();
        f.carrier = carrier;
        f.number = query->value(1).toInt();
        f.departureDate = QDate::fromString(query->value(2).toString().left(10), Qt::ISODate);
        f.origin = query->value(3).toString();
        f.destination = query->value(4).toString();
        f.departureUtc = utcFromEpochMs(query->value(5));
        f.arrivalUtc = utcFromEpochMs(query->value(6));
        f.aircraft = query->value(7).toString();
        f.currency = query->value(8).toString();
        leg.cancelled = query->value(9).toString() == QLatin1String("CANCELLED");
        leg.source = query->value(10).toString();
        leg.iataAircraft = query->value(11).toString();
        leg.configuration = query->value(12).toString();
        leg.seatsOpened = query->value(13).toBool();
        leg.layoutVersion = query->value(14).toInt();
        legs << leg;
    }
    return legs;
}

Status ScheduleRepository::addAirportIfMissing(const Airport &airport)
{
    return FlightRepository(m_db).saveAirport(airport, FlightRepository::IfStored::Keep);
}

Status ScheduleRepository::retime(qint64 flightId, const QDateTime &departureUtc, const QDateTime &arrivalUtc,
                                  const QString &destination)
{
    const SqlDialect &sql = m_db.dialect();
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE flights SET departure_at = %1, arrival_at = %2, "
                                                          "destination = :destination WHERE id = :id")
                                               .arg(sql.fromEpochMs(QStringLiteral(":dep")),
                                                    sql.fromEpochMs(QStringLiteral(":arr"))));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":dep"), departureUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":arr"), arrivalUtc.toMSecsSinceEpoch())
        .bind(QStringLiteral(":destination"), destination)
        .bind(QStringLiteral(":id"), flightId);
    return update->exec(QStringLiteral("retiming flight %1").arg(flightId));
}

Status ScheduleRepository::setCancelled(qint64 flightId, bool cancelled)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE flights SET status = :status WHERE id = :id"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":status"), cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("SCHEDULED"))
        .bind(QStringLiteral(":id"), flightId);
    return update->exec(QStringLiteral("changing the status of flight %1").arg(flightId));
}

Status ScheduleRepository::setAircraft(qint64 flightId, const LegAircraft &aircraft)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE flights SET aircraft = :aircraft, iata_aircraft = :iata, "
                                                          "configuration = :configuration, layout_generated = :generated, "
                                                          "layout_name = :layout, layout_version = :version WHERE id = :id"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":aircraft"), aircraft.layoutType)
        .bind(QStringLiteral(":iata"), aircraft.iataType)
        .bind(QStringLiteral(":configuration"), aircraft.configuration)
        .bind(QStringLiteral(":generated"), aircraft.generated)
        .bind(QStringLiteral(":layout"), aircraft.layoutType)
        .bind(QStringLiteral(":version"), aircraft.layoutVersion > 0 ? QVariant(aircraft.layoutVersion)
                                                                     : QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":id"), flightId);
    return update->exec(QStringLiteral("changing the aircraft of flight %1").arg(flightId));
}

Result<QList<StoredSeat>> ScheduleRepository::lockSeats(qint64 flightId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT s.id, s.code, s.cabin FROM seats s WHERE s.flight_id = :flight ORDER BY s.id%1")
                  .arg(m_db.dialect().forUpdate()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    if (auto done = query->exec(QStringLiteral("locking the seats of flight %1").arg(flightId)); !done)
        return done.error();
    QList<StoredSeat> seats;
    while (query->next())
        seats.append({query->value(0).toLongLong(), SeatCode::parse(query->value(1).toString()).value_or(SeatCode()),
                      cabinFromCode(query->value(2).toString().front()).value_or(Cabin::Economy)});
    return seats;
}

Result<QList<BookedPassenger>> ScheduleRepository::passengers(qint64 flightId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT b.id, l.id, b.reference, b.state, s.id, s.code, s.cabin, l.passenger_name, "
                             "COALESCE(c.sequence, 0) "
                             "FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                             "JOIN seats s ON s.id = l.seat_id LEFT JOIN check_ins c ON c.line_id = l.id "
                             "WHERE l.active AND b.flight_id = :flight ORDER BY b.id, s.seat_row, s.letter"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    if (auto done = query->exec(QStringLiteral("reading the passengers of flight %1").arg(flightId)); !done)
        return done.error();
    QList<BookedPassenger> passengers;
    while (query->next())
        passengers.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                           bookingStateFromName(query->value(3).toString()).value_or(BookingState::SeatHeld),
                           query->value(4).toLongLong(), SeatCode::parse(query->value(5).toString()).value_or(SeatCode()),
                           cabinFromCode(query->value(6).toString().front()).value_or(Cabin::Economy),
                           query->value(7).toString(), query->value(8).toInt()});
    return passengers;
}

Status ScheduleRepository::moveLines(const QList<QPair<qint64, qint64>> &lineToSeat)
{
    // Off the one-active-line-per-seat index first, then each onto its new seat: the
    // index sees the final seating only. Invisible to others until the commit.
    auto release = Statement::prepare(m_db, QStringLiteral("UPDATE booking_lines SET active = FALSE WHERE id = :id"));
    if (!release)
        return release.error();
    for (const auto &[lineId, seatId] : lineToSeat) {
        release->bind(QStringLiteral(":id"), lineId);
        if (auto done = release->exec(QStringLiteral("lifting a passenger off a seat")); !done)
            return done;
    }
    auto seat = Statement::prepare(m_db, QStringLiteral("UPDATE booking_lines SET seat_id = :seat, active = TRUE "
                                                        "WHERE id = :id"));
    if (!seat)
        return seat.error();
    for (const auto &[lineId, seatId] : lineToSeat) {
        seat->bind(QStringLiteral(":seat"), seatId).bind(QStringLiteral(":id"), lineId);
        if (auto done = seat->exec(QStringLiteral("seating a passenger on the new aircraft")); !done)
            return done;
    }
    return Done{};
}

Result<QString> ScheduleRepository::feedEtag(const QString &source, const QString &url)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT etag FROM feed_sources WHERE source = :source AND url = :url"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":source"), source).bind(QStringLiteral(":url"), url);
    if (auto done = query->exec(QStringLiteral("reading the ETag of %1").arg(source)); !done)
        return done.error();
    return query->next() ? query->value(0).toString() : QString();
}

Status ScheduleRepository::saveFeedEtag(const QString &source, const QString &url, const QString &etag)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO feed_sources (source, url, etag, fetched_at) VALUES (:source, :url, :etag, %1) "
                             "ON CONFLICT (source) DO UPDATE SET url = excluded.url, etag = excluded.etag, "
                             "fetched_at = excluded.fetched_at")
                  .arg(m_db.dialect().now()));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":source"), source).bind(QStringLiteral(":url"), url).bind(QStringLiteral(":etag"), etag);
    return upsert->exec(QStringLiteral("saving the ETag of %1").arg(source));
}

} // namespace kiosk
