#include "FlightRepository.h"

#include "Database.h"
#include "FlightRows.h"
#include "SaleOpening.h"
#include "Statement.h"
#include "Transaction.h"
#include "domain/Airport.h"
#include "domain/BookingState.h"

namespace kiosk {

using namespace flightrows;

Status FlightRepository::saveAirport(const Airport &airport, IfStored ifStored)
{
    const QString onConflict = ifStored == IfStored::Replace
        ? QStringLiteral("DO UPDATE SET city = excluded.city, name = excluded.name, country = excluded.country, "
                         "time_zone = excluded.time_zone")
        : QStringLiteral("DO NOTHING");
    auto query = Statement::prepare(m_db, QStringLiteral("INSERT INTO airports (iata, city, name, country, time_zone) "
                                                         "VALUES (:iata, :city, :name, :country, :tz) "
                                                         "ON CONFLICT (iata) ")
                                              + onConflict);
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":iata"), airport.iata)
        .bind(QStringLiteral(":city"), airport.city)
        .bind(QStringLiteral(":name"), airport.name)
        .bind(QStringLiteral(":country"), airport.country)
        .bind(QStringLiteral(":tz"), airport.timeZone);
    return query->exec(QStringLiteral("saving airport %1").arg(airport.iata));
}

Result<qint64> FlightRepository::insertFlight(const Flight &flight, const QList<Seat> &seats, const FlightOrigin &origin)
{
    auto ids = LegWriter(m_db).insertFlights({{flight, origin}});
    if (!ids)
        return ids.error();
    const qint64 flightId = ids->first();
    if (auto stored = insertSeats(flightId, flight.key(), seats); !stored)
        return stored.error();
    if (auto opened = SaleOpening(m_db).markOpened(flightId); !opened)
        return opened.error();
    return flightId;
}

Status FlightRepository::insertSeats(qint64 flightId, const QString &flightKey, const QList<Seat> &seats)
{
    // Many rows per statement: a flight's seats in two or three round trips instead of
    // one per seat (a schedule import stores millions). Each batch size is one cached
    // statement.
    constexpr qsizetype BatchRows = 100;
    for (qsizetype first = 0; first < seats.size(); first += BatchRows) {
        const qsizetype count = qMin(BatchRows, seats.size() - first);
        QStringList rows;
        for (qsizetype i = 0; i < count; ++i)
            rows << QStringLiteral("(:flight%1, :code%1, :row%1, :letter%1, :cabin%1, :features%1, :price%1, :currency%1, "
                                   ":blocked%1, :deck%1)").arg(i);
        auto insert = Statement::prepare(
            m_db, QStringLiteral("INSERT INTO seats (flight_id, code, seat_row, letter, cabin, features, price_minor, "
                                 "currency, blocked, deck) VALUES ") + rows.join(QStringLiteral(", ")));
        if (!insert)
            return insert.error();
        for (qsizetype i = 0; i < count; ++i) {
            const Seat &s = seats.at(first + i);
            const QString n = QString::number(i);
            insert->bind(QStringLiteral(":flight") + n, flightId)
                .bind(QStringLiteral(":code") + n, s.code.toString())
                .bind(QStringLiteral(":row") + n, s.code.row())
                .bind(QStringLiteral(":letter") + n, QString(s.code.letter()))
                .bind(QStringLiteral(":cabin") + n, QString(cabinCode(s.cabin)))
                .bind(QStringLiteral(":features") + n, int(s.features.toInt()))
                .bind(QStringLiteral(":price") + n, s.price.minorUnits())
                .bind(QStringLiteral(":currency") + n, s.price.currency())
                .bind(QStringLiteral(":blocked") + n, s.features.testFlag(SeatFeature::Blocked))
                .bind(QStringLiteral(":deck") + n, s.deck);
        }
        if (auto done = insert->exec(QStringLiteral("saving the seats of %1").arg(flightKey)); !done)
            return done;
    }
    return Done{};
}

Status FlightRepository::lockForSale(const Flight &flight)
{
    const bool postgres = m_db.dialect().isPostgres();
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT status FROM flights WHERE id = :id%1")
                                              .arg(postgres ? QStringLiteral(" FOR SHARE") : QString()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), flight.id);
    if (auto done = query->exec(QStringLiteral("checking that flight %1 is on sale").arg(flight.key())); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no flight with id %1").arg(flight.id));
    if (query->value(0).toString() == QLatin1String("CANCELLED"))
        return cancelledError(flight);
    return Done{};
}

Error FlightRepository::cancelledError(const Flight &flight)
{
    return makeError(ErrorCode::BadInput,
                     tr("flight %1 is cancelled; its seats can no longer be sold").arg(flight.key()));
}

Result<QList<Flight>> FlightRepository::select(const QString &where,
                                               const QList<QPair<QString, QVariant>> &bindings,
                                               const QString &tail)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM flights WHERE %2 %3").arg(flightColumns(sql, QString()), where, tail));
    if (!query)
        return query.error();
    for (const auto &[name, value] : bindings)
        query->bind(name, value);
    if (auto done = query->exec(QStringLiteral("reading flights")); !done)
        return done.error();
    QList<Flight> flights;
    while (query->next())
        flights << readFlight(*query);
    return flights;
}

Result<Flight> FlightRepository::find(const FlightRef &ref)
{
    const RefCondition condition = conditionFor(ref, QString());
    auto found = select(condition.where, condition.bindings, condition.order);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(ref);
    return found->first();
}

namespace {
QString forSaleSql(const SqlDialect &sql, const RefCondition &condition)
{
    return QStringLiteral("SELECT %1, %2, c.route, c.closes_minutes, %5 FROM flights f "
                          "LEFT JOIN sales_cutoffs c ON c.carrier = f.carrier "
                          "AND c.route IN ('', f.origin || '-' || f.destination) WHERE %3 %4")
        .arg(flightColumns(sql, QStringLiteral("f.")), sql.epochMs(sql.now()), condition.where,
             condition.order.isEmpty() ? QString() : condition.order + QStringLiteral(", f.id"),
             sql.epochMs(QStringLiteral("f.seats_opened_at")));
}
} // namespace

Result<FlightForSale> FlightRepository::findForSale(const FlightRef &ref)
{
    const SqlDialect &sql = m_db.dialect();
    const RefCondition condition = conditionFor(ref, QStringLiteral("f."));
    // Every hold reads its flight: the text is put together once per dialect and kind of
    // reference (by id, by designator), which cost more than reading the answer.
    static const QString texts[2][2] = {
        {forSaleSql(SqlDialect(SqlDialect::Kind::PostgreSQL), conditionFor(FlightRef::byId(1), QStringLiteral("f."))),
         forSaleSql(SqlDialect(SqlDialect::Kind::PostgreSQL), conditionFor(FlightRef(), QStringLiteral("f.")))},
        {forSaleSql(SqlDialect(SqlDialect::Kind::SQLite), conditionFor(FlightRef::byId(1), QStringLiteral("f."))),
         forSaleSql(SqlDialect(SqlDialect::Kind::SQLite), conditionFor(FlightRef(), QStringLiteral("f.")))}};
    auto query = Statement::prepare(m_db, texts[sql.isPostgres() ? 0 : 1][ref.id > 0 ? 0 : 1]);
    if (!query)
        return query.error();
    for (const auto &[name, value] : condition.bindings)
        query->bind(name, value);
    if (auto done = query->exec(QStringLiteral("reading the flight for sale")); !done)
        return done.error();
    std::optional<FlightForSale> found;
    while (query->next()) {
        if (!found) {
            found = FlightForSale{readFlight(*query), utcFromEpochMs(query->value(11)), {},
                                  utcFromEpochMs(query->value(14))};
        } else if (query->value(0).toLongLong() != found->flight.id) {
            break; // a later leg under the same designator
        }
        if (!query->value(13).isNull())
            found->cutoffs.append({found->flight.carrier, query->value(12).toString(), query->value(13).toInt()});
    }
    if (!found)
        return notFound(ref);
    m_db.noteServerClock(found->serverNowUtc);
    return *found;
}

Result<QList<Flight>> FlightRepository::list(const FlightFilter &filter)
{
    QStringList where{QStringLiteral("1 = 1")};
    QList<QPair<QString, QVariant>> bindings;
    if (!filter.origin.isEmpty()) {
        where << QStringLiteral("origin = :origin");
        bindings.append({QStringLiteral(":origin"), filter.origin.toUpper()});
    }
    if (!filter.destination.isEmpty()) {
        where << QStringLiteral("destination = :destination");
        bindings.append({QStringLiteral(":destination"), filter.destination.toUpper()});
    }
    if (filter.date.isValid()) {
        where << QStringLiteral("departure_date = :date");
        bindings.append({QStringLiteral(":date"), filter.date.toString(Qt::ISODate)});
    }
    if (filter.upcomingOnly)
        where << QStringLiteral("departure_at > ") + m_db.dialect().now();
    return select(where.join(QStringLiteral(" AND ")), bindings,
                  QStringLiteral("ORDER BY departure_at, carrier, number LIMIT %1").arg(qMax(1, filter.limit)));
}

Result<QList<Seat>> FlightRepository::seats(qint64 flightId)
{
    const SqlDialect &sql = m_db.dialect();
    // A hold past its deadline is free to anyone (rule 3), even before anything expired it.
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1, s.blocked, "
                             "b.state, CASE WHEN b.hold_deadline <= %2 THEN 1 ELSE 0 END, s.deck, b.reference, "
                             "s.block_channel, s.block_reason "
                             "FROM seats s LEFT JOIN booking_lines l ON l.seat_id = s.id AND l.active "
                             "LEFT JOIN bookings b ON b.id = l.booking_id "
                             "WHERE s.flight_id = :flight ORDER BY s.seat_row, s.letter")
                  .arg(flightrows::seatColumns(), sql.now()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    if (auto done = query->exec(QStringLiteral("reading the seat map")); !done)
        return done.error();
    QList<Seat> seats;
    while (query->next()) {
        Seat seat = flightrows::readSeat(*query, flightId);
        const bool blocked = query->value(7).toBool();
        const auto state = bookingStateFromName(query->value(8).toString());
        const bool lapsed = query->value(9).toInt() == 1;
        seat.deck = query->value(10).toInt();
        // A desk-only seat an agent sold is held or sold like any other; free, the kiosk
        // sees it blocked (showSeatsTo gives it back to the desk).
        seat.deskOnly = blocked && query->value(12).toString() == QLatin1String("desk");
        seat.blockReason = blocked ? query->value(13).toString() : QString();
        if (blocked && !seat.deskOnly)
            seat.status = SeatStatus::Blocked;
        else if (state == BookingState::Confirmed)
            seat.status = SeatStatus::Sold;
        else if (state == BookingState::PaymentPending || (state == BookingState::SeatHeld && !lapsed))
            seat.status = SeatStatus::Held;
        else if (seat.deskOnly)
            seat.status = SeatStatus::Blocked;
        if (seat.status == SeatStatus::Held || seat.status == SeatStatus::Sold)
            seat.holder = query->value(11).toString();
        seats << seat;
    }
    return seats;
}

Result<int> FlightRepository::upcomingCount()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM flights WHERE departure_at > %1")
                                              .arg(m_db.dialect().now()));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("counting upcoming flights")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QDate> FlightRepository::lastDepartureDate()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT MAX(departure_date) FROM flights"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("finding the last departure date")); !done)
        return done.error();
    if (!query->next() || query->value(0).isNull())
        return QDate();
    return QDate::fromString(query->value(0).toString().left(10), Qt::ISODate);
}

Result<int> FlightRepository::count()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM flights"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("counting flights")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<int> FlightRepository::layoutVersion(qint64 flightId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT layout_version FROM flights WHERE id = :id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":id"), flightId);
    if (auto done = query->exec(QStringLiteral("reading the layout of flight %1").arg(flightId)); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<FlightSummary>> FlightRepository::departures(const DepartureQuery &query)
{
    const SqlDialect &sql = m_db.dialect();
    // A flight not on sale yet has no seats to count: the board lists it once it opens.
    QStringList where{QStringLiteral("(departure_at, id) > (%1, :afterId)").arg(sql.fromEpochMs(QStringLiteral(":afterDep"))),
                      QStringLiteral("seats_opened_at IS NOT NULL")};
    if (!query.origin.isEmpty())
        where << QStringLiteral("origin = :origin");
    if (!query.destination.isEmpty())
        where << QStringLiteral("destination = :destination");
    if (query.date.isValid())
        where << QStringLiteral("departure_date = :date");
    if (query.upcomingOnly)
        where << QStringLiteral("departure_at > ") + sql.now();
    // The page of flights is chosen first (index on origin, departure_at), then only its
    // seats are counted.
    const QString freeSeat = QStringLiteral("(NOT s.blocked AND (l.id IS NULL OR (b.state = 'SEAT_HELD' AND "
                                            "b.hold_deadline <= %1)))").arg(sql.now());
    QStringList perCabin;
    for (const char *cabin : {"F", "J", "W", "Y"})
        perCabin << QStringLiteral("SUM(CASE WHEN s.cabin = '%1' AND %2 THEN 1 ELSE 0 END), "
                                   "SUM(CASE WHEN s.cabin = '%1' THEN 1 ELSE 0 END)")
                        .arg(QLatin1String(cabin), freeSeat);
    auto page = Statement::prepare(
        m_db, QStringLiteral("SELECT %1, o.city, d.city, o.time_zone, %2, MIN(CASE WHEN %3 THEN s.price_minor END), "
                             "d.time_zone, a.name "
                             "FROM (SELECT * FROM flights WHERE %4 ORDER BY departure_at, id LIMIT :limit) f "
                             "JOIN airports o ON o.iata = f.origin JOIN airports d ON d.iata = f.destination "
                             "LEFT JOIN airlines a ON a.designator = f.carrier "
                             "JOIN seats s ON s.flight_id = f.id "
                             "LEFT JOIN booking_lines l ON l.seat_id = s.id AND l.active "
                             "LEFT JOIN bookings b ON b.id = l.booking_id "
                             "GROUP BY f.id, f.carrier, f.number, f.departure_date, f.origin, f.destination, "
                             "f.departure_at, f.arrival_at, f.aircraft, f.currency, f.status, o.city, d.city, o.time_zone, "
                             "d.time_zone, a.name "
                             "ORDER BY f.departure_at, f.id")
                  .arg(flightColumns(sql, QStringLiteral("f.")), perCabin.join(QStringLiteral(", ")), freeSeat,
                       where.join(QStringLiteral(" AND "))));
    if (!page)
        return page.error();
    page->bind(QStringLiteral(":afterDep"), query.afterDepartureMs)
        .bind(QStringLiteral(":afterId"), query.afterId)
        .bind(QStringLiteral(":limit"), qMax(1, query.limit));
    if (!query.origin.isEmpty())
        page->bind(QStringLiteral(":origin"), query.origin.toUpper());
    if (!query.destination.isEmpty())
        page->bind(QStringLiteral(":destination"), query.destination.toUpper());
    if (query.date.isValid())
        page->bind(QStringLiteral(":date"), query.date.toString(Qt::ISODate));
    if (auto done = page->exec(QStringLiteral("reading departures")); !done)
        return done.error();

    QList<FlightSummary> summaries;
    const Cabin cabins[] = {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy};
    while (page->next()) {
        FlightSummary summary;
        summary.flight = readFlight(*page);
        const Flight &f = summary.flight;
        summary.originCity = page->value(11).toString();
        summary.destinationCity = page->value(12).toString();
        summary.originTimeZone = page->value(13).toString();
        for (int i = 0; i < 4; ++i) {
            if (page->value(15 + 2 * i).toInt() > 0) // the aircraft has this cabin
                summary.seatsLeft.insert(cabins[i], page->value(14 + 2 * i).toInt());
        }
        if (!page->value(22).isNull())
            summary.lowestFare = Money(page->value(22).toLongLong(), f.currency);
        summary.destinationTimeZone = page->value(23).toString();
        summary.operatorName = page->value(24).toString();
        summaries << summary;
    }
    return summaries;
}

Result<QList<Airport>> FlightRepository::destinationsFrom(const QString &origin)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT iata, city, name, country, time_zone FROM airports WHERE iata IN "
                             "(SELECT DISTINCT destination FROM flights WHERE origin = :origin OR :any = 1) "
                             "ORDER BY city"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":origin"), origin.toUpper()).bind(QStringLiteral(":any"), origin.isEmpty() ? 1 : 0);
    if (auto done = query->exec(QStringLiteral("reading destinations")); !done)
        return done.error();
    QList<Airport> airports;
    while (query->next())
        airports.append({query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                         query->value(3).toString(), query->value(4).toString()});
    return airports;
}

Result<Airport> FlightRepository::airport(const QString &iata)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT iata, city, name, country, time_zone FROM airports WHERE iata = :iata"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":iata"), iata.toUpper());
    if (auto done = query->exec(QStringLiteral("reading an airport")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no airport %1 in the database").arg(iata.toUpper()));
    return Airport{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                   query->value(3).toString(), query->value(4).toString()};
}

} // namespace kiosk
