#include "PriceRepository.h"

#include "Database.h"
#include "FlightRows.h"
#include "Statement.h"

#include <QHash>

namespace kiosk {

namespace {

// Seats per UPDATE of prices: each count is one cached statement.
constexpr qsizetype PriceRows = 500;

QString flightKey(const QVariant &carrier, const QVariant &number, const QVariant &date)
{
    return QStringLiteral("%1%2/%3").arg(carrier.toString()).arg(number.toInt()).arg(date.toString().left(10));
}

QString idList(const QList<qint64> &ids) // numbers only: written into the statement
{
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(QLatin1Char(','));
}

} // namespace

Result<QList<PricedFlight>> PriceRepository::selectFlights(const QString &where,
                                                           const QList<QPair<QString, QVariant>> &bindings)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT id, carrier, number, departure_date, origin, destination, "
                                                         "currency, status FROM flights WHERE %1 "
                                                         "ORDER BY departure_at, carrier, number")
                                              .arg(where));
    if (!query)
        return query.error();
    for (const auto &[name, value] : bindings)
        query->bind(name, value);
    if (auto done = query->exec(QStringLiteral("reading the flights to price")); !done)
        return done.error();
    QList<PricedFlight> flights;
    while (query->next())
        flights.append({query->value(0).toLongLong(), flightKey(query->value(1), query->value(2), query->value(3)),
                        query->value(1).toString(),
                        query->value(4).toString() + QLatin1Char('-') + query->value(5).toString(),
                        query->value(6).toString(), query->value(7).toString() == QLatin1String("CANCELLED")});
    return flights;
}

Result<PricedFlight> PriceRepository::flight(qint64 flightId)
{
    auto found = selectFlights(QStringLiteral("id = :id"), {{QStringLiteral(":id"), flightId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no flight with id %1").arg(flightId));
    return found->first();
}

Result<QList<PricedFlight>> PriceRepository::flightsOnRoute(const QString &origin, const QString &destination,
                                                            const QDate &first, const QDate &last)
{
    return selectFlights(QStringLiteral("origin = :origin AND destination = :destination AND departure_date >= :first "
                                        "AND departure_date <= :last"),
                         {{QStringLiteral(":origin"), origin},
                          {QStringLiteral(":destination"), destination},
                          {QStringLiteral(":first"), first.toString(Qt::ISODate)},
                          {QStringLiteral(":last"), last.toString(Qt::ISODate)}});
}

Result<QList<PricedFlight>> PriceRepository::upcomingFlights(const QString &carrier, const QString &route)
{
    QString where = QStringLiteral("carrier = :carrier AND status <> 'CANCELLED' AND departure_at > %1")
                        .arg(m_db.dialect().now());
    QList<QPair<QString, QVariant>> bindings{{QStringLiteral(":carrier"), carrier}};
    if (!route.isEmpty()) {
        where += QStringLiteral(" AND origin = :origin AND destination = :destination");
        bindings.append({QStringLiteral(":origin"), route.left(3)});
        bindings.append({QStringLiteral(":destination"), route.right(3)});
    }
    return selectFlights(where, bindings);
}

Result<QList<CabinFares>> PriceRepository::fares(qint64 flightId)
{
    QList<CabinFares> cabins;
    const auto cabinEntry = [&cabins](Cabin cabin) -> CabinFares & {
        for (CabinFares &entry : cabins) {
            if (entry.cabin == cabin)
                return entry;
        }
        cabins.append(CabinFares{cabin, {}, {}, {}, 0});
        return cabins.last();
    };
    auto stored = Statement::prepare(m_db, QStringLiteral("SELECT cabin, extra_legroom, price_minor, currency FROM flight_fares "
                                                          "WHERE flight_id = :flight ORDER BY cabin, extra_legroom"));
    if (!stored)
        return stored.error();
    stored->bind(QStringLiteral(":flight"), flightId);
    if (auto done = stored->exec(QStringLiteral("reading the fares of flight %1").arg(flightId)); !done)
        return done.error();
    while (stored->next()) {
        const Cabin cabin = cabinFromCode(stored->value(0).toString().at(0)).value_or(Cabin::Economy);
        cabinEntry(cabin).stored.append(
            {cabin, stored->value(1).toBool(), Money(stored->value(2).toLongLong(), stored->value(3).toString())});
    }
    auto seats = Statement::prepare(m_db, QStringLiteral("SELECT cabin, MIN(price_minor - surcharge_minor), "
                                                         "MAX(price_minor - surcharge_minor), MIN(currency), COUNT(*) "
                                                         "FROM seats WHERE flight_id = :flight GROUP BY cabin"));
    if (!seats)
        return seats.error();
    seats->bind(QStringLiteral(":flight"), flightId);
    if (auto done = seats->exec(QStringLiteral("reading the seat fares of flight %1").arg(flightId)); !done)
        return done.error();
    while (seats->next()) {
        CabinFares &entry = cabinEntry(cabinFromCode(seats->value(0).toString().at(0)).value_or(Cabin::Economy));
        entry.lowestSeatFare = Money(seats->value(1).toLongLong(), seats->value(3).toString());
        entry.highestSeatFare = Money(seats->value(2).toLongLong(), seats->value(3).toString());
        entry.seats = seats->value(4).toInt();
    }
    std::sort(cabins.begin(), cabins.end(), [](const CabinFares &a, const CabinFares &b) { return a.cabin < b.cabin; });
    return cabins;
}

Status PriceRepository::setFare(qint64 flightId, Cabin cabin, const Money &fare)
{
    // A flight stored with its seats (the demo) has no fares yet: its rows name no layout.
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO flight_fares (flight_id, layout_key, cabin, extra_legroom, price_minor, currency) "
                             "SELECT CAST(:flight AS bigint), COALESCE((SELECT MIN(layout_key) FROM flight_fares "
                             "WHERE flight_id = :same), ''), CAST(:cabin AS text), legroom.extra, CAST(:price AS bigint), "
                             "CAST(:currency AS text) FROM (SELECT %1 AS extra UNION ALL SELECT %2) legroom "
                             "WHERE TRUE ON CONFLICT (flight_id, cabin, extra_legroom) DO UPDATE SET "
                             "price_minor = excluded.price_minor, currency = excluded.currency")
                  .arg(m_db.dialect().isPostgres() ? QStringLiteral("FALSE") : QStringLiteral("0"),
                       m_db.dialect().isPostgres() ? QStringLiteral("TRUE") : QStringLiteral("1")));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":same"), flightId)
        .bind(QStringLiteral(":cabin"), QString(cabinCode(cabin)))
        .bind(QStringLiteral(":price"), fare.minorUnits())
        .bind(QStringLiteral(":currency"), fare.currency());
    return upsert->exec(QStringLiteral("saving the %1 fare of flight %2").arg(QString(cabinCode(cabin))).arg(flightId));
}

Result<QList<SeatSurcharge>> PriceRepository::surcharges(const QString &carrier)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT carrier, route, characteristic, amount_minor, currency "
                                                         "FROM seat_surcharges%1 ORDER BY carrier, route, characteristic")
                                              .arg(carrier.isEmpty() ? QString() : QStringLiteral(" WHERE carrier = :carrier")));
    if (!query)
        return query.error();
    if (!carrier.isEmpty())
        query->bind(QStringLiteral(":carrier"), carrier);
    if (auto done = query->exec(QStringLiteral("reading the seat surcharges")); !done)
        return done.error();
    QList<SeatSurcharge> rows;
    while (query->next()) {
        const auto characteristic = characteristicFromName(query->value(2).toString());
        if (!characteristic)
            continue; // the table's CHECK allows none other
        rows.append({query->value(0).toString(), query->value(1).toString(), *characteristic,
                     Money(query->value(3).toLongLong(), query->value(4).toString())});
    }
    return rows;
}

Status PriceRepository::saveSurcharge(const SeatSurcharge &surcharge)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO seat_surcharges (carrier, route, characteristic, amount_minor, currency) "
                             "VALUES (:carrier, :route, :characteristic, :amount, :currency) "
                             "ON CONFLICT (carrier, route, characteristic) DO UPDATE SET "
                             "amount_minor = excluded.amount_minor, currency = excluded.currency"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":carrier"), surcharge.carrier)
        .bind(QStringLiteral(":route"), surcharge.route.isNull() ? QStringLiteral("") : surcharge.route)
        .bind(QStringLiteral(":characteristic"), characteristicName(surcharge.characteristic))
        .bind(QStringLiteral(":amount"), surcharge.amount.minorUnits())
        .bind(QStringLiteral(":currency"), surcharge.amount.currency());
    return upsert->exec(QStringLiteral("saving the seat surcharge"));
}

Result<bool> PriceRepository::removeSurcharge(const QString &carrier, const QString &route,
                                              SeatCharacteristic characteristic)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM seat_surcharges WHERE carrier = :carrier AND "
                                                          "route = :route AND characteristic = :characteristic"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":carrier"), carrier)
        .bind(QStringLiteral(":route"), route.isNull() ? QStringLiteral("") : route)
        .bind(QStringLiteral(":characteristic"), characteristicName(characteristic));
    if (auto done = remove->exec(QStringLiteral("removing the seat surcharge")); !done)
        return done.error();
    return remove->numRowsAffected() > 0;
}

Result<int> PriceRepository::seatsWith(const QList<qint64> &flightIds, SeatCharacteristic characteristic)
{
    int count = 0;
    for (qint64 flightId : flightIds) {
        auto seats = Statement::prepare(m_db, QStringLiteral("SELECT code, cabin, features FROM seats WHERE flight_id = :flight"));
        if (!seats)
            return seats.error();
        seats->bind(QStringLiteral(":flight"), flightId);
        if (auto done = seats->exec(QStringLiteral("reading the seats of flight %1").arg(flightId)); !done)
            return done.error();
        QList<Seat> all;
        while (seats->next()) {
            Seat seat;
            seat.code = SeatCode::parse(seats->value(0).toString()).value_or(SeatCode());
            seat.cabin = cabinFromCode(seats->value(1).toString().at(0)).value_or(Cabin::Economy);
            seat.features = SeatFeatures::fromInt(seats->value(2).toInt());
            all << seat;
        }
        const SeatPricing pricing(QString(), QString(), {}, all);
        count += int(std::count_if(all.cbegin(), all.cend(), [&](const Seat &seat) {
            return pricing.characteristicsOf(seat).contains(characteristic);
        }));
    }
    return count;
}

Result<QList<Seat>> PriceRepository::lockSeats(qint64 flightId)
{
    const SqlDialect &sql = m_db.dialect();
    // In id order, as a hold locks them, so the two never deadlock.
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1, "
                             "EXISTS (SELECT 1 FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                             "WHERE l.seat_id = s.id AND l.active AND (b.state IN ('CONFIRMED', 'PAYMENT_PENDING') "
                             "OR (b.state = 'SEAT_HELD' AND b.hold_deadline > %2))) "
                             "FROM seats s WHERE s.flight_id = :flight ORDER BY s.id%3")
                  .arg(flightrows::seatColumns(), sql.now(),
                       sql.isPostgres() ? QStringLiteral(" FOR UPDATE OF s") : QString()));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    if (auto done = query->exec(QStringLiteral("locking the seats of flight %1 to price them").arg(flightId)); !done)
        return done.error();
    QList<Seat> seats;
    while (query->next()) {
        Seat seat = flightrows::readSeat(*query, flightId);
        seat.status = query->value(7).toBool() ? SeatStatus::Held : SeatStatus::Free;
        seats << seat;
    }
    return seats;
}

Status PriceRepository::writePrices(const QList<Seat> &seats)
{
    for (qsizetype first = 0; first < seats.size(); first += PriceRows) {
        const qsizetype count = qMin(PriceRows, seats.size() - first);
        QStringList rows;
        for (qsizetype i = 0; i < count; ++i)
            rows << QStringLiteral("(CAST(:id%1 AS bigint), CAST(:price%1 AS bigint), CAST(:surcharge%1 AS bigint))").arg(i);
        auto update = Statement::prepare(
            m_db, QStringLiteral("WITH priced (id, price_minor, surcharge_minor) AS (VALUES %1) "
                                 "UPDATE seats SET price_minor = priced.price_minor, surcharge_minor = priced.surcharge_minor "
                                 "FROM priced WHERE seats.id = priced.id")
                      .arg(rows.join(QStringLiteral(", "))));
        if (!update)
            return update.error();
        for (qsizetype i = 0; i < count; ++i) {
            const Seat &seat = seats.at(first + i);
            const QString n = QString::number(i);
            update->bind(QStringLiteral(":id") + n, seat.id)
                .bind(QStringLiteral(":price") + n, seat.price.minorUnits())
                .bind(QStringLiteral(":surcharge") + n, seat.surcharge.minorUnits());
        }
        if (auto done = update->exec(QStringLiteral("writing the prices of %1 seats").arg(count)); !done)
            return done;
    }
    return Done{};
}

Result<Repriced> PriceRepository::repriceFreeSeats(const QList<qint64> &flightIds)
{
    Repriced repriced;
    QHash<QString, QList<SeatSurcharge>> surchargesByCarrier;
    for (qint64 flightId : flightIds) {
        auto flight = this->flight(flightId);
        if (!flight)
            return flight.error();
        if (!surchargesByCarrier.contains(flight->carrier)) {
            auto rows = surcharges(flight->carrier);
            if (!rows)
                return rows.error();
            surchargesByCarrier.insert(flight->carrier, *rows);
        }
        auto cabins = fares(flightId);
        if (!cabins)
            return cabins.error();
        auto seats = lockSeats(flightId);
        if (!seats)
            return seats.error();
        const SeatPricing pricing(flight->carrier, flight->route, surchargesByCarrier.value(flight->carrier), *seats);
        QList<Seat> changed;
        for (const Seat &seat : std::as_const(*seats)) {
            if (seat.status != SeatStatus::Free) {
                ++repriced.kept;
                continue;
            }
            // The stored fare of the seat's class; a flight stored with its seats keeps each seat's own.
            Money fare(seat.price.minorUnits() - seat.surcharge.minorUnits(), seat.price.currency());
            for (const CabinFares &cabin : std::as_const(*cabins)) {
                for (const StoredFare &stored : cabin.stored) {
                    if (stored.cabin == seat.cabin && stored.extraLegroom == seat.features.testFlag(SeatFeature::ExtraLegroom))
                        fare = stored.price;
                }
            }
            const PriceBreakdown price = pricing.price(seat, fare);
            if (price.total() == seat.price && price.surcharge() == seat.surcharge)
                continue;
            Seat written = seat;
            written.price = price.total();
            written.surcharge = price.surcharge();
            changed << written;
        }
        if (auto written = writePrices(changed); !written)
            return written.error();
        ++repriced.flights;
        repriced.seats += int(changed.size());
    }
    return repriced;
}

Result<Repriced> PriceRepository::applySurcharges(const QList<qint64> &flightIds)
{
    if (flightIds.isEmpty())
        return Repriced{};
    auto any = Statement::prepare(m_db, QStringLiteral("SELECT 1 FROM seat_surcharges WHERE carrier IN "
                                                       "(SELECT DISTINCT carrier FROM flights WHERE id IN (%1)) LIMIT 1")
                                            .arg(idList(flightIds)));
    if (!any)
        return any.error();
    if (auto done = any->exec(QStringLiteral("looking for seat surcharges")); !done)
        return done.error();
    if (!any->next())
        return Repriced{};
    return repriceFreeSeats(flightIds);
}

} // namespace kiosk
