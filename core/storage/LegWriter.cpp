#include "LegWriter.h"

#include "Database.h"
#include "PriceRepository.h"
#include "Statement.h"

#include <QHash>

namespace kiosk {

namespace {

// Rows per multi-row statement: each count is one cached statement, and the largest binds
// 6,000 values (SQLite allows 32,766).
constexpr qsizetype LayoutRows = 100;
constexpr qsizetype FlightRows = 100;
constexpr qsizetype FareRows = 1000;

QString rowsOf(qsizetype count, const QString &row)
{
    QStringList rows;
    for (qsizetype i = 0; i < count; ++i)
        rows << row.arg(i);
    return rows.join(QStringLiteral(", "));
}

// How a returned flight row is matched to the flight it was inserted for (the order of
// RETURNING rows is not promised).
QString legKey(const QString &carrier, int number, const QString &date, const QString &origin)
{
    return QStringLiteral("%1%2/%3/%4").arg(carrier).arg(number).arg(date.left(10), origin);
}

// The fares as a common table expression `fares`, `count` rows; every value cast, since
// PostgreSQL types a VALUES list from its first row only.
QString faresTable(qsizetype count)
{
    return QStringLiteral("WITH fares (flight_id, layout_key, cabin, extra_legroom, price_minor, currency) AS (VALUES %1) ")
        .arg(rowsOf(count, QStringLiteral("(CAST(:flight%1 AS bigint), CAST(:key%1 AS text), CAST(:cabin%1 AS text), "
                                          "CAST(:legroom%1 AS boolean), CAST(:price%1 AS bigint), "
                                          "CAST(:currency%1 AS text))")));
}

void bindFares(Statement &statement, const QList<ClassFare> &fares, qsizetype first, qsizetype count)
{
    for (qsizetype i = 0; i < count; ++i) {
        const ClassFare &fare = fares.at(first + i);
        const QString n = QString::number(i);
        statement.bind(QStringLiteral(":flight") + n, fare.flightId)
            .bind(QStringLiteral(":key") + n, fare.layoutKey)
            .bind(QStringLiteral(":cabin") + n, QString(cabinCode(fare.cabin)))
            .bind(QStringLiteral(":legroom") + n, fare.extraLegroom)
            .bind(QStringLiteral(":price") + n, fare.price.minorUnits())
            .bind(QStringLiteral(":currency") + n, fare.price.currency());
    }
}

// A layout seat joined to the fare of its class.
const QString FareSeats = QStringLiteral("fares f JOIN layout_seats l ON l.layout_key = f.layout_key "
                                         "AND l.cabin = f.cabin AND l.extra_legroom = f.extra_legroom");

} // namespace

Status LegWriter::storeLayout(const QString &key, const QList<Seat> &seats)
{
    auto stored = Statement::prepare(m_db, QStringLiteral("SELECT 1 FROM layout_seats WHERE layout_key = :key LIMIT 1"));
    if (!stored)
        return stored.error();
    stored->bind(QStringLiteral(":key"), key);
    if (auto done = stored->exec(QStringLiteral("looking for layout %1").arg(key)); !done)
        return done;
    if (stored->next())
        return Done{};
    for (qsizetype first = 0; first < seats.size(); first += LayoutRows) {
        const qsizetype count = qMin(LayoutRows, seats.size() - first);
        // Another import storing the same layout at once wrote the same rows.
        auto insert = Statement::prepare(
            m_db, QStringLiteral("INSERT INTO layout_seats (layout_key, position, code, seat_row, letter, cabin, "
                                 "extra_legroom, features, blocked, deck) VALUES %1 "
                                 "ON CONFLICT (layout_key, code) DO NOTHING")
                      .arg(rowsOf(count, QStringLiteral("(:key%1, :position%1, :code%1, :row%1, :letter%1, :cabin%1, "
                                                        ":legroom%1, :features%1, :blocked%1, :deck%1)"))));
        if (!insert)
            return insert.error();
        for (qsizetype i = 0; i < count; ++i) {
            const Seat &s = seats.at(first + i);
            const QString n = QString::number(i);
            insert->bind(QStringLiteral(":key") + n, key)
                .bind(QStringLiteral(":position") + n, int(first + i))
                .bind(QStringLiteral(":code") + n, s.code.toString())
                .bind(QStringLiteral(":row") + n, s.code.row())
                .bind(QStringLiteral(":letter") + n, QString(s.code.letter()))
                .bind(QStringLiteral(":cabin") + n, QString(cabinCode(s.cabin)))
                .bind(QStringLiteral(":legroom") + n, s.features.testFlag(SeatFeature::ExtraLegroom))
                .bind(QStringLiteral(":features") + n, int(s.features.toInt()))
                .bind(QStringLiteral(":blocked") + n, s.features.testFlag(SeatFeature::Blocked))
                .bind(QStringLiteral(":deck") + n, s.deck);
        }
        if (auto done = insert->exec(QStringLiteral("storing layout %1").arg(key)); !done)
            return done;
    }
    return Done{};
}

Result<QList<qint64>> LegWriter::insertFlights(const QList<NewFlight> &flights)
{
    const SqlDialect &sql = m_db.dialect();
    QHash<QString, qint64> idByKey;
    for (qsizetype first = 0; first < flights.size(); first += FlightRows) {
        const qsizetype count = qMin(FlightRows, flights.size() - first);
        auto insert = Statement::prepare(
            m_db, QStringLiteral("INSERT INTO flights (carrier, number, departure_date, origin, destination, "
                                 "departure_at, arrival_at, aircraft, currency, source, iata_aircraft, configuration, "
                                 "layout_generated, layout_name, layout_version) VALUES %1 "
                                 "RETURNING id, carrier, number, departure_date, origin")
                      .arg(rowsOf(count, QStringLiteral("(:carrier%1, :number%1, :date%1, :origin%1, :destination%1, ")
                                             + sql.fromEpochMs(QStringLiteral(":dep%1")) + QStringLiteral(", ")
                                             + sql.fromEpochMs(QStringLiteral(":arr%1"))
                                             + QStringLiteral(", :aircraft%1, :currency%1, :source%1, :iata%1, "
                                                              ":configuration%1, :generated%1, :layout%1, :version%1)"))));
        if (!insert)
            return insert.error();
        for (qsizetype i = 0; i < count; ++i) {
            const auto &[flight, origin] = flights.at(first + i);
            const QString n = QString::number(i);
            insert->bind(QStringLiteral(":carrier") + n, flight.carrier)
                .bind(QStringLiteral(":number") + n, flight.number)
                .bind(QStringLiteral(":date") + n, flight.departureDate.toString(Qt::ISODate))
                .bind(QStringLiteral(":origin") + n, flight.origin)
                .bind(QStringLiteral(":destination") + n, flight.destination)
                .bind(QStringLiteral(":dep") + n, flight.departureUtc.toMSecsSinceEpoch())
                .bind(QStringLiteral(":arr") + n, flight.arrivalUtc.toMSecsSinceEpoch())
                .bind(QStringLiteral(":aircraft") + n, flight.aircraft)
                .bind(QStringLiteral(":currency") + n, flight.currency)
                .bind(QStringLiteral(":source") + n, origin.source)
                .bind(QStringLiteral(":iata") + n, origin.iataType)
                .bind(QStringLiteral(":configuration") + n, origin.configuration)
                .bind(QStringLiteral(":generated") + n, origin.generatedLayout)
                .bind(QStringLiteral(":layout") + n, flight.aircraft)
                .bind(QStringLiteral(":version") + n, origin.generatedLayout || origin.layoutVersion <= 0
                                                          ? QVariant(QMetaType(QMetaType::Int))
                                                          : QVariant(origin.layoutVersion));
        }
        const Flight &named = flights.at(first).flight;
        const QString what = count == 1 ? QStringLiteral("saving flight %1").arg(named.key())
                                        : QStringLiteral("saving %1 flights from %2").arg(count).arg(named.key());
        if (auto done = insert->exec(what); !done)
            return done.error();
        while (insert->next())
            idByKey.insert(legKey(insert->value(1).toString(), insert->value(2).toInt(), insert->value(3).toString(),
                                  insert->value(4).toString()),
                           insert->value(0).toLongLong());
    }
    QList<qint64> ids;
    ids.reserve(flights.size());
    for (const auto &[flight, origin] : flights) {
        const qint64 id = idByKey.value(
            legKey(flight.carrier, flight.number, flight.departureDate.toString(Qt::ISODate), flight.origin));
        if (id == 0)
            return makeError(ErrorCode::Internal, tr("no id returned for flight %1").arg(flight.key()));
        ids << id;
    }
    return ids;
}

Status LegWriter::insertFares(const QList<ClassFare> &fares)
{
    for (qsizetype first = 0; first < fares.size(); first += FareRows) {
        const qsizetype count = qMin(FareRows, fares.size() - first);
        auto insert = Statement::prepare(
            m_db, QStringLiteral("INSERT INTO flight_fares (flight_id, layout_key, cabin, extra_legroom, price_minor, "
                                 "currency) VALUES %1")
                      .arg(rowsOf(count, QStringLiteral("(:flight%1, :key%1, :cabin%1, :legroom%1, :price%1, "
                                                        ":currency%1)"))));
        if (!insert)
            return insert.error();
        bindFares(*insert, fares, first, count);
        if (auto done = insert->exec(QStringLiteral("saving the fares of %1 flight classes").arg(count)); !done)
            return done;
    }
    return Done{};
}

Status LegWriter::replaceFares(qint64 flightId, const QList<ClassFare> &fares)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM flight_fares WHERE flight_id = :flight"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":flight"), flightId);
    if (auto done = remove->exec(QStringLiteral("replacing the fares of flight %1").arg(flightId)); !done)
        return done;
    return insertFares(fares);
}

Status LegWriter::insertSeats(const QList<ClassFare> &fares, bool missingOnly)
{
    for (qsizetype first = 0; first < fares.size(); first += FareRows) {
        const qsizetype count = qMin(FareRows, fares.size() - first);
        auto insert = Statement::prepare(
            m_db, faresTable(count)
                      + QStringLiteral("INSERT INTO seats (flight_id, code, seat_row, letter, cabin, features, "
                                       "price_minor, currency, blocked, deck) "
                                       "SELECT f.flight_id, l.code, l.seat_row, l.letter, l.cabin, l.features, "
                                       "f.price_minor, f.currency, l.blocked, l.deck FROM %1 %2"
                                       "ORDER BY f.flight_id, l.position")
                            .arg(FareSeats, missingOnly ? QStringLiteral("WHERE NOT EXISTS (SELECT 1 FROM seats s "
                                                                         "WHERE s.flight_id = f.flight_id AND "
                                                                         "s.code = l.code) ")
                                                        : QStringLiteral(" ")));
        if (!insert)
            return insert.error();
        bindFares(*insert, fares, first, count);
        if (auto done = insert->exec(QStringLiteral("saving the seats of %1 flights").arg(count)); !done)
            return done;
    }
    return Done{};
}

Status LegWriter::refitSeats(const QList<ClassFare> &fares)
{
    if (fares.isEmpty())
        return Done{};
    auto update = Statement::prepare(
        m_db, faresTable(fares.size())
                  + QStringLiteral("UPDATE seats SET cabin = l.cabin, features = l.features, price_minor = f.price_minor, "
                                   "surcharge_minor = 0, "
                                   "currency = f.currency, blocked = l.blocked, deck = l.deck FROM %1 "
                                   "WHERE seats.flight_id = f.flight_id AND seats.code = l.code")
                        .arg(FareSeats));
    if (!update)
        return update.error();
    bindFares(*update, fares, 0, fares.size());
    if (auto done = update->exec(QStringLiteral("refitting the seats of flight %1").arg(fares.first().flightId)); !done)
        return done;
    if (auto added = insertSeats(fares, true); !added)
        return added;
    // The seats are at their fares again: their characteristics changed with the layout.
    if (auto priced = PriceRepository(m_db).applySurcharges({fares.first().flightId}); !priced)
        return priced.error();
    return Done{};
}

Status LegWriter::retireSeats(qint64 flightId, const QString &layoutKey)
{
    // A booking's lines are on seats of its own flight, so its bookings name every line
    // that may point at a seat of this one (were it otherwise, the foreign key refuses).
    auto remove = Statement::prepare(
        m_db, QStringLiteral("DELETE FROM seats WHERE flight_id = :flight AND code NOT IN "
                             "(SELECT code FROM layout_seats WHERE layout_key = :key) AND id NOT IN "
                             "(SELECT l.seat_id FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                             "WHERE b.flight_id = :bookedFlight)"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":key"), layoutKey)
        .bind(QStringLiteral(":bookedFlight"), flightId);
    if (auto done = remove->exec(QStringLiteral("removing the old seats of flight %1").arg(flightId)); !done)
        return done;
    auto block = Statement::prepare(m_db, QStringLiteral("UPDATE seats SET blocked = TRUE WHERE flight_id = :flight "
                                                         "AND code NOT IN (SELECT code FROM layout_seats "
                                                         "WHERE layout_key = :key)"));
    if (!block)
        return block.error();
    block->bind(QStringLiteral(":flight"), flightId).bind(QStringLiteral(":key"), layoutKey);
    return block->exec(QStringLiteral("blocking the old seats of flight %1").arg(flightId));
}

} // namespace kiosk
