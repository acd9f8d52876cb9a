#include "SaleOpening.h"

#include "Database.h"
#include "PriceRepository.h"
#include "Statement.h"

namespace kiosk {

namespace {

constexpr qint64 DayMs = 24LL * 60 * 60 * 1000;

} // namespace

Result<OpenedSeats> SaleOpening::open(const QString &condition, const QString &placeholder, const QVariant &value)
{
    const SqlDialect &sql = m_db.dialect();
    // One stamp for both statements (SQLite's clock moves between them).
    auto clock = Statement::prepare(m_db, QStringLiteral("SELECT %1").arg(sql.epochMs(sql.now())));
    if (!clock)
        return clock.error();
    if (auto done = clock->exec(QStringLiteral("reading the server clock")); !done)
        return done.error();
    if (!clock->next())
        return makeError(ErrorCode::Internal, tr("the database answered no time"));
    const qint64 stamp = clock->value(0).toLongLong();

    // Locked in id order, as an import locks its legs, so the two never deadlock.
    auto mark = Statement::prepare(m_db, QStringLiteral("UPDATE flights SET seats_opened_at = %1 WHERE id IN "
                                                        "(SELECT id FROM flights WHERE seats_opened_at IS NULL AND %2 "
                                                        "ORDER BY id LIMIT %3%4) AND seats_opened_at IS NULL")
                                             .arg(sql.fromEpochMs(QStringLiteral(":stamp")), condition)
                                             .arg(m_batch)
                                             .arg(sql.forUpdate()));
    if (!mark)
        return mark.error();
    mark->bind(QStringLiteral(":stamp"), stamp).bind(placeholder, placeholder == QLatin1String(":horizon")
                                                                      ? QVariant(stamp + value.toLongLong() * DayMs)
                                                                      : value);
    if (auto done = mark->exec(QStringLiteral("opening flights for sale")); !done)
        return done.error();
    OpenedSeats opened;
    opened.flights = mark->numRowsAffected();
    if (opened.flights <= 0)
        return OpenedSeats{};

    // The flights stamped now without seats: ours (another opener's stamp on the same
    // flight would have kept ours from being written; its seats exist once it is visible;
    // an earlier batch of this transaction has its seats too).
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO seats (flight_id, code, seat_row, letter, cabin, features, price_minor, "
                             "currency, blocked, deck) "
                             "SELECT fl.id, l.code, l.seat_row, l.letter, l.cabin, l.features, f.price_minor, "
                             "f.currency, l.blocked, l.deck FROM flights fl "
                             "JOIN flight_fares f ON f.flight_id = fl.id "
                             "JOIN layout_seats l ON l.layout_key = f.layout_key AND l.cabin = f.cabin "
                             "AND l.extra_legroom = f.extra_legroom "
                             "WHERE fl.seats_opened_at = %1 AND NOT EXISTS (SELECT 1 FROM seats s "
                             "WHERE s.flight_id = fl.id) ORDER BY fl.id, l.position")
                  .arg(sql.fromEpochMs(QStringLiteral(":stamp"))));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":stamp"), stamp);
    if (auto done = insert->exec(QStringLiteral("making the seats of %1 flight(s)").arg(opened.flights)); !done)
        return done.error();
    opened.seats = insert->numRowsAffected();
    if (auto priced = priceOpened(QStringLiteral("seats_opened_at = %1").arg(sql.fromEpochMs(QStringLiteral(":stamp"))), stamp);
        !priced)
        return priced.error();
    return opened;
}

Status SaleOpening::priceOpened(const QString &condition, const QVariant &stamp)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT id FROM flights WHERE %1 ORDER BY id").arg(condition));
    if (!query)
        return query.error();
    if (!stamp.isNull())
        query->bind(QStringLiteral(":stamp"), stamp);
    if (auto done = query->exec(QStringLiteral("reading the flights opened now")); !done)
        return done;
    QList<qint64> ids;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (!m_priced.contains(id))
            ids << id;
        m_priced.insert(id);
    }
    // The seats were made at their fares: a surcharge of the airline's is added here, by
    // the one pricing of every seat (SeatPricing).
    auto priced = PriceRepository(m_db).applySurcharges(ids);
    if (!priced)
        return priced.error();
    return Done{};
}

Result<OpenedSeats> SaleOpening::openDeparting(int opensDays)
{
    OpenedSeats total;
    for (;;) {
        auto batch = openDepartingBatch(opensDays);
        if (!batch)
            return batch.error();
        if (batch->flights == 0)
            return total;
        total.flights += batch->flights;
        total.seats += batch->seats;
    }
}

Result<OpenedSeats> SaleOpening::openInDatabase(const QVariant &flightId, int opensDays)
{
    auto call = Statement::prepare(m_db, QStringLiteral("SELECT opened_flights, opened_seats "
                                                        "FROM kiosk_open_sales(:flight, :days, :batch)"));
    if (!call)
        return call.error();
    call->bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":days"), opensDays)
        .bind(QStringLiteral(":batch"), m_batch);
    const QString what = flightId.isNull() ? QStringLiteral("opening the flights departing within %1 days").arg(opensDays)
                                           : QStringLiteral("opening flight %1 for sale").arg(flightId.toLongLong());
    if (auto done = call->exec(what); !done)
        return done.error();
    if (!call->next())
        return makeError(ErrorCode::Internal, tr("%1: the database answered nothing").arg(what));
    const OpenedSeats opened{call->value(0).toInt(), call->value(1).toLongLong()};
    // The function stamps the flights it opens with now(), the caller's transaction's time.
    if (opened.flights > 0) {
        if (auto priced = priceOpened(QStringLiteral("seats_opened_at = now()"), QVariant()); !priced)
            return priced.error();
    }
    return opened;
}

Result<OpenedSeats> SaleOpening::openDepartingBatch(int opensDays)
{
    if (m_db.dialect().isPostgres())
        return openInDatabase(QVariant(QMetaType::fromType<qlonglong>()), opensDays);
    return open(QStringLiteral("departure_at <= %1").arg(m_db.dialect().fromEpochMs(QStringLiteral(":horizon"))),
                QStringLiteral(":horizon"), opensDays);
}

Result<OpenedSeats> SaleOpening::openFlight(qint64 flightId)
{
    if (m_db.dialect().isPostgres())
        return openInDatabase(flightId, 0);
    return open(QStringLiteral("id = :flight"), QStringLiteral(":flight"), flightId);
}

Result<QDateTime> SaleOpening::openedAt(qint64 flightId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT %1 FROM flights WHERE id = :flight")
                                              .arg(m_db.dialect().epochMs(QStringLiteral("seats_opened_at"))));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":flight"), flightId);
    if (auto done = query->exec(QStringLiteral("reading whether flight %1 is on sale").arg(flightId)); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("no flight with id %1").arg(flightId));
    return utcFromEpochMs(query->value(0));
}

Result<QSet<qint64>> SaleOpening::notOnSale(const QList<qint64> &flightIds)
{
    QSet<qint64> closed;
    if (flightIds.isEmpty())
        return closed;
    QStringList ids; // numbers only: written into the statement
    for (qint64 id : flightIds)
        ids << QString::number(id);
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT id FROM flights WHERE seats_opened_at IS NULL AND id IN (%1)")
                                              .arg(ids.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading which flights are not on sale yet")); !done)
        return done.error();
    while (query->next())
        closed.insert(query->value(0).toLongLong());
    return closed;
}

Status SaleOpening::markOpened(qint64 flightId)
{
    const SqlDialect &sql = m_db.dialect();
    auto mark = Statement::prepare(m_db, QStringLiteral("UPDATE flights SET seats_opened_at = %1 WHERE id = :flight")
                                             .arg(sql.now()));
    if (!mark)
        return mark.error();
    mark->bind(QStringLiteral(":flight"), flightId);
    return mark->exec(QStringLiteral("opening flight %1 for sale").arg(flightId));
}

} // namespace kiosk
