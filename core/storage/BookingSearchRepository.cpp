#include "BookingSearchRepository.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"
#include "domain/PassengerName.h"

#include <QHash>

namespace kiosk {

namespace {
// Keys hold letters, digits and single spaces; any key starting with `prefix` sorts below
// prefix + the highest code point, bytewise (PostgreSQL COLLATE "C", SQLite BINARY).
QString upperBound(const QString &prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}
} // namespace

Result<QList<BookingSummary>> BookingSearchRepository::search(const BookingQuery &query)
{
    QStringList where;
    QList<QPair<QString, QVariant>> bindings;
    if (!query.reference.isEmpty()) {
        where << QStringLiteral("b.reference = :ref");
        bindings.append({QStringLiteral(":ref"), query.reference.trimmed().toUpper()});
    }
    const QString key = PassengerName::searchKey(query.name);
    if (!key.isEmpty()) {
        where << QStringLiteral("b.id IN (SELECT booking_id FROM booking_lines WHERE "
                                "(search_key >= :key AND search_key < :keyEnd) OR "
                                "(surname_key >= :key AND surname_key < :keyEnd))");
        bindings.append({QStringLiteral(":key"), key});
        bindings.append({QStringLiteral(":keyEnd"), upperBound(key)});
    }
    if (!query.carrier.isEmpty()) {
        where << QStringLiteral("f.carrier = :carrier AND f.number = :number");
        bindings.append({QStringLiteral(":carrier"), query.carrier.toUpper()});
        bindings.append({QStringLiteral(":number"), query.number});
    }
    if (query.date.isValid()) {
        where << QStringLiteral("f.departure_date = :date");
        bindings.append({QStringLiteral(":date"), query.date.toString(Qt::ISODate)});
    }
    if (where.isEmpty())
        return makeError(ErrorCode::BadInput,
                         tr("search by reference, passenger name, flight or date (at least one)"));
    const SqlDialect &sql = m_db.dialect();
    const int limit = qBound(1, query.limit, BookingQuery::MaxLimit);
    auto select = Statement::prepare(
        m_db, QStringLiteral("SELECT b.id, b.reference, b.state, f.carrier, f.number, f.departure_date, %1, "
                             "b.total_minor, b.currency, %2 FROM bookings b JOIN flights f ON f.id = b.flight_id "
                             "WHERE %3 ORDER BY b.created_at DESC, b.id DESC LIMIT %4")
                  .arg(sql.epochMs(QStringLiteral("f.departure_at")), sql.epochMs(QStringLiteral("b.created_at")),
                       where.join(QStringLiteral(" AND ")))
                  .arg(limit + 1));
    if (!select)
        return select.error();
    for (const auto &[name, value] : bindings)
        select->bind(name, value);
    if (auto done = select->exec(QStringLiteral("searching bookings")); !done)
        return done.error();
    QList<BookingSummary> found;
    while (select->next()) {
        BookingSummary s;
        s.id = select->value(0).toLongLong();
        s.reference = select->value(1).toString();
        s.state = bookingStateFromName(select->value(2).toString()).value_or(BookingState::Initiated);
        s.flightKey = select->value(3).toString() + select->value(4).toString() + QLatin1Char('/')
            + select->value(5).toString().left(10);
        s.departureUtc = utcFromEpochMs(select->value(6));
        s.total = Money(select->value(7).toLongLong(), select->value(8).toString());
        s.createdUtc = utcFromEpochMs(select->value(9));
        found << s;
    }
    if (auto loaded = loadLines(found); !loaded)
        return loaded.error();
    return found;
}

Status BookingSearchRepository::loadLines(QList<BookingSummary> &found)
{
    if (found.isEmpty())
        return Done{};
    QHash<qint64, qsizetype> indexOf;
    QStringList ids;
    for (qsizetype i = 0; i < found.size(); ++i) {
        indexOf.insert(found[i].id, i);
        ids << QString::number(found[i].id); // integers from the database: safe to inline
    }
    auto lines = Statement::prepare(
        m_db, QStringLiteral("SELECT l.booking_id, l.passenger_name, s.code FROM booking_lines l "
                             "JOIN seats s ON s.id = l.seat_id WHERE l.booking_id IN (%1) ORDER BY l.booking_id, l.id")
                  .arg(ids.join(QLatin1Char(','))));
    if (!lines)
        return lines.error();
    if (auto done = lines->exec(QStringLiteral("reading the passengers found")); !done)
        return done;
    while (lines->next()) {
        BookingSummary &s = found[indexOf.value(lines->value(0).toLongLong())];
        s.passengers << lines->value(1).toString();
        s.seats << lines->value(2).toString();
    }
    return Done{};
}

Result<int> BookingSearchRepository::fillMissingKeys()
{
    int filled = 0;
    for (;;) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto missing = Statement::prepare(
            m_db, QStringLiteral("SELECT id, passenger_name FROM booking_lines WHERE search_key IS NULL LIMIT 500"));
        if (!missing)
            return missing.error();
        if (auto done = missing->exec(QStringLiteral("finding lines without a search key")); !done)
            return done.error();
        QList<QPair<qint64, QString>> batch;
        while (missing->next())
            batch.append({missing->value(0).toLongLong(), missing->value(1).toString()});
        if (batch.isEmpty())
            return filled;
        auto update = Statement::prepare(
            m_db, QStringLiteral("UPDATE booking_lines SET search_key = :key, surname_key = :surname WHERE id = :id"));
        if (!update)
            return update.error();
        for (const auto &[id, name] : batch) {
            update->bind(QStringLiteral(":key"), PassengerName::searchKey(name))
                .bind(QStringLiteral(":surname"), PassengerName::surnameKey(name))
                .bind(QStringLiteral(":id"), id);
            if (auto done = update->exec(QStringLiteral("filling a search key")); !done)
                return done.error();
        }
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        filled += int(batch.size());
    }
}

} // namespace kiosk
