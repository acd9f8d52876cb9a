#include "ReportDataFill.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QTimeZone>

namespace kiosk::bench {

namespace {

constexpr qint64 YearMs = 365LL * 86400000;
constexpr qint64 WeekMs = 7LL * 86400000;

// Booking kind by (number mod 100): the path its audit trail takes.
// 0 confirmed, 1 expired, 2 cancelled while held, 3 refunded, 4 held, 5 declined then
// expired, 6 declined then confirmed.
const QString Kind = QStringLiteral(
    "(CASE WHEN s.i % 100 < 60 THEN 0 WHEN s.i % 100 < 70 THEN 1 WHEN s.i % 100 < 80 THEN 2 "
    "WHEN s.i % 100 < 85 THEN 3 WHEN s.i % 100 < 90 THEN 4 WHEN s.i % 100 < 95 THEN 5 ELSE 6 END)");

// Every step of every path: (kind, step, from, to). The last step's target is the state.
const QString Paths = QStringLiteral(
    "path(kind, step, from_state, to_state) AS (VALUES "
    "(0, 0, 'INITIATED', 'SEAT_HELD'), (0, 1, 'SEAT_HELD', 'PAYMENT_PENDING'), (0, 2, 'PAYMENT_PENDING', 'CONFIRMED'), "
    "(1, 0, 'INITIATED', 'SEAT_HELD'), (1, 1, 'SEAT_HELD', 'EXPIRED'), "
    "(2, 0, 'INITIATED', 'SEAT_HELD'), (2, 1, 'SEAT_HELD', 'CANCELLED'), "
    "(3, 0, 'INITIATED', 'SEAT_HELD'), (3, 1, 'SEAT_HELD', 'PAYMENT_PENDING'), (3, 2, 'PAYMENT_PENDING', 'CONFIRMED'), "
    "(3, 3, 'CONFIRMED', 'CANCELLED'), (3, 4, 'CANCELLED', 'REFUNDED'), "
    "(4, 0, 'INITIATED', 'SEAT_HELD'), "
    "(5, 0, 'INITIATED', 'SEAT_HELD'), (5, 1, 'SEAT_HELD', 'PAYMENT_PENDING'), (5, 2, 'PAYMENT_PENDING', 'SEAT_HELD'), "
    "(5, 3, 'SEAT_HELD', 'EXPIRED'), "
    "(6, 0, 'INITIATED', 'SEAT_HELD'), (6, 1, 'SEAT_HELD', 'PAYMENT_PENDING'), (6, 2, 'PAYMENT_PENDING', 'SEAT_HELD'), "
    "(6, 3, 'SEAT_HELD', 'PAYMENT_PENDING'), (6, 4, 'PAYMENT_PENDING', 'CONFIRMED'))");

// Payment attempts per kind: (kind, attempt, status).
const QString Attempts = QStringLiteral(
    "attempt(kind, n, status) AS (VALUES (0, 0, 'CAPTURED'), (3, 0, 'REFUNDED'), (5, 0, 'DECLINED'), "
    "(6, 0, 'DECLINED'), (6, 1, 'CAPTURED'))");

class Sql {
public:
    Sql(Database &db, qint64 rows) : m_db(db), m_rows(rows) {}

    // "WITH <series s(i) of m_rows numbers>, extra... INSERT ..." on either database.
    Status run(const QString &ctes, const QString &insert, const QString &what)
    {
        const QString series = m_db.dialect().isPostgres()
            ? QStringLiteral("WITH s(i) AS (SELECT generate_series(CAST(0 AS bigint), %1 - 1))").arg(m_rows)
            : QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < %1 - 1)")
                  .arg(m_rows);
        return m_db.execute(series + (ctes.isEmpty() ? QString() : QStringLiteral(", ") + ctes) + QLatin1Char(' ')
                                + insert,
                            what);
    }
    QString stamp(const QString &ms) const { return m_db.dialect().fromEpochMs(QStringLiteral("(%1)").arg(ms)); }
    QString day(const QString &ms) const
    {
        return m_db.dialect().isPostgres()
            ? QStringLiteral("CAST(to_timestamp((%1) / 1000.0) AT TIME ZONE 'UTC' AS date)").arg(ms)
            : QStringLiteral("date((%1) / 1000, 'unixepoch')").arg(ms);
    }
    QString reference(const QString &number) const
    {
        return m_db.dialect().isPostgres() ? QStringLiteral("lpad(upper(to_hex(%1)), 6, '0')").arg(number)
                                           : QStringLiteral("printf('%06X', ") + number + QLatin1Char(')');
    }

private:
    Database &m_db;
    qint64 m_rows;
};

int kindOf(qint64 i)
{
    const qint64 r = i % 100;
    return r < 60 ? 0 : r < 70 ? 1 : r < 80 ? 2 : r < 85 ? 3 : r < 90 ? 4 : r < 95 ? 5 : 6;
}

} // namespace

QMap<BookingState, qint64> ReportDataFill::expectedStates(qint64 bookings)
{
    static const BookingState endOf[] = {BookingState::Confirmed, BookingState::Expired, BookingState::Cancelled,
                                         BookingState::Refunded,  BookingState::SeatHeld, BookingState::Expired,
                                         BookingState::Confirmed};
    QMap<BookingState, qint64> states;
    for (qint64 i = 0; i < bookings; ++i)
        ++states[endOf[kindOf(i)]];
    return states;
}

Status ReportDataFill::fill(Database &db, qint64 bookings)
{
    const qint64 flights = (bookings + BookingsPerFlight - 1) / BookingsPerFlight;
    const qint64 start = QDateTime(firstDay(), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 bookingStep = YearMs / bookings;                     // ms between two bookings
    const qint64 flightStep = bookingStep * BookingsPerFlight;        // ms between two departures
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Generating a million rows takes longer than a terminal's statement timeout (30 s).
    if (db.dialect().isPostgres())
        if (auto done = db.execute(QStringLiteral("SET LOCAL statement_timeout = 0"), QStringLiteral("lifting the timeout"));
            !done)
            return done;
    if (auto done = db.execute(QStringLiteral("INSERT INTO airports (iata, city, name, country, time_zone) VALUES "
                                              "('DUB', 'Dublin', 'Dublin Airport', 'IE', 'Europe/Dublin'), "
                                              "('LHR', 'London', 'Heathrow', 'GB', 'Europe/London')"),
                               QStringLiteral("adding airports"));
        !done)
        return done;

    const QString departure = QStringLiteral("%1 + %2 + s.i * %3").arg(start).arg(WeekMs).arg(flightStep);
    Sql perFlight(db, flights);
    if (auto done = perFlight.run(
            QString(),
            QStringLiteral("INSERT INTO flights (id, carrier, number, departure_date, origin, destination, departure_at, "
                           "arrival_at, aircraft, currency) SELECT s.i + 1, 'KX', "
                           "1 + s.i % 9999, %1, 'DUB', 'LHR', %2, %3, 'A320', 'EUR' FROM s")
                .arg(perFlight.day(departure), perFlight.stamp(departure),
                     perFlight.stamp(departure + QStringLiteral(" + 4800000"))),
            QStringLiteral("adding flights"));
        !done)
        return done;
    Sql perSeat(db, flights * SeatsPerFlight);
    if (auto done = perSeat.run(
            QString(),
            QStringLiteral("INSERT INTO seats (id, flight_id, code, seat_row, letter, cabin, price_minor, currency, "
                           "blocked) SELECT s.i + 1, s.i / %1 + 1, CAST(s.i % %1 / 6 + 1 AS text) || "
                           "substr('ABCDEF', CAST(s.i % 6 AS integer) + 1, 1), s.i % %1 / 6 + 1, "
                           "substr('ABCDEF', CAST(s.i % 6 AS integer) + 1, 1), 'Y', 4900, 'EUR', 1 = 0 FROM s")
                .arg(SeatsPerFlight),
            QStringLiteral("adding seats"));
        !done)
        return done;

    Sql perBooking(db, bookings);
    const QString created = QStringLiteral("%1 + s.i * %2").arg(start).arg(bookingStep);
    const QString state = QStringLiteral(
        "(CASE %1 WHEN 0 THEN 'CONFIRMED' WHEN 1 THEN 'EXPIRED' WHEN 2 THEN 'CANCELLED' WHEN 3 THEN 'REFUNDED' "
        "WHEN 4 THEN 'SEAT_HELD' WHEN 5 THEN 'EXPIRED' ELSE 'CONFIRMED' END)").arg(Kind);
    const QString seat = QStringLiteral("(s.i / %1) * %2 + s.i % %1 + 1").arg(BookingsPerFlight).arg(SeatsPerFlight);
    const QList<QPair<QString, QString>> steps{
        {QString(),
         QStringLiteral("INSERT INTO bookings (id, reference, flight_id, state, hold_deadline, total_minor, currency, "
                        "terminal, actor, created_at, updated_at) SELECT s.i + 1, %1, s.i / %2 + 1, %3, %4, 4900, "
                        "'EUR', 'bench', 'bench', %5, %5 FROM s")
             .arg(perBooking.reference(QStringLiteral("s.i")), QString::number(BookingsPerFlight), state,
                  perBooking.stamp(created + QStringLiteral(" + 600000")), perBooking.stamp(created))},
        {QString(),
         QStringLiteral("INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active, search_key, "
                        "surname_key) SELECT s.i + 1, %1, 'PASSENGER ' || CAST(s.i AS text), 4900, %2 IN (0, 4, 6), "
                        "'passenger ' || CAST(s.i AS text), CAST(s.i AS text) FROM s")
             .arg(seat, Kind)},
        {Paths,
         QStringLiteral("INSERT INTO booking_events (booking_id, from_state, to_state, at, terminal, actor, reason) "
                        "SELECT s.i + 1, p.from_state, p.to_state, %1, 'bench', 'bench', '' FROM s "
                        "JOIN path p ON p.kind = %2")
             .arg(perBooking.stamp(created + QStringLiteral(" + p.step * 60000")), Kind)},
        {Attempts,
         QStringLiteral("INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, "
                        "captured_minor, refunded_minor, created_at, updated_at) SELECT s.i + 1, "
                        "'b' || CAST(s.i AS text) || '-pay-' || CAST(a.n AS text), a.status, 4900, 'EUR', "
                        "CASE WHEN a.status IN ('CAPTURED', 'REFUNDED') THEN 4900 ELSE 0 END, "
                        "CASE WHEN a.status = 'REFUNDED' THEN 4900 ELSE 0 END, %1, %1 FROM s "
                        "JOIN attempt a ON a.kind = %2")
             .arg(perBooking.stamp(created + QStringLiteral(" + (a.n * 2 + 1) * 60000")), Kind)},
    };
    for (const auto &[ctes, insert] : steps)
        if (auto done = perBooking.run(ctes, insert, QStringLiteral("generating bookings")); !done)
            return done;
    // Refunds are paid two days after the booking's confirmation.
    const QString paid = db.dialect().isPostgres() ? QStringLiteral("p.created_at + interval '2 days'")
                                                   : QStringLiteral("p.created_at + 172800000");
    if (auto done = db.execute(QStringLiteral("INSERT INTO refunds (payment_id, idempotency_key, amount_minor, status, "
                                              "reason, created_at, updated_at) SELECT p.id, p.idempotency_key || "
                                              "'-refund', 4900, 'DONE', 'bench', %1, %1 FROM payments p "
                                              "WHERE p.status = 'REFUNDED'")
                                   .arg(paid),
                               QStringLiteral("generating refunds"));
        !done)
        return done;
    if (db.dialect().isPostgres()) // explicit ids: move the sequences past them
        for (const QString &table : {QStringLiteral("flights"), QStringLiteral("seats"), QStringLiteral("bookings")})
            if (auto done = db.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                      "(SELECT MAX(id) FROM %1))").arg(table),
                                       QStringLiteral("moving a sequence"));
                !done)
                return done;
    return transaction->commit();
}

} // namespace kiosk::bench
