#include "BagRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<int> BagRepository::lockSerial(const QString &carrier)
{
    auto create = Statement::prepare(m_db, QStringLiteral("INSERT INTO bag_tag_serials (carrier, last_serial) "
                                                          "VALUES (:carrier, 0) ON CONFLICT (carrier) DO NOTHING"));
    if (!create)
        return create.error();
    create->bind(QStringLiteral(":carrier"), carrier);
    if (auto done = create->exec(QStringLiteral("creating the airline's bag tag serial")); !done)
        return done.error();
    auto lock = Statement::prepare(
        m_db, QStringLiteral("SELECT last_serial FROM bag_tag_serials WHERE carrier = :carrier%1")
                  .arg(m_db.dialect().forUpdate()));
    if (!lock)
        return lock.error();
    lock->bind(QStringLiteral(":carrier"), carrier);
    if (auto done = lock->exec(QStringLiteral("locking the airline's bag tag serial")); !done)
        return done.error();
    if (!lock->next())
        return makeError(ErrorCode::Internal, tr("airline %1 has no bag tag serial row").arg(carrier));
    return lock->value(0).toInt();
}

Status BagRepository::storeSerial(const QString &carrier, int lastSerial)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE bag_tag_serials SET last_serial = :last WHERE carrier = :carrier"));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":last"), lastSerial).bind(QStringLiteral(":carrier"), carrier);
    return update->exec(QStringLiteral("advancing the airline's bag tag serial"));
}

Status BagRepository::insert(const QString &tagNumber, qint64 lineId, qint64 flightId, const Actor &actor)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO bags (tag_number, line_id, flight_id, tagged_at, terminal, actor) "
                             "VALUES (:tag, :line, :flight, %1, :terminal, :actor)")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":tag"), tagNumber)
        .bind(QStringLiteral(":line"), lineId)
        .bind(QStringLiteral(":flight"), flightId)
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    return insert->exec(QStringLiteral("recording the bag"));
}

Result<QHash<qint64, QList<BagRecord>>> BagRepository::forLines(const QList<qint64> &lineIds)
{
    QHash<qint64, QList<BagRecord>> bags;
    if (lineIds.isEmpty())
        return bags;
    QStringList ids;
    for (qint64 id : lineIds)
        ids << QString::number(id); // integers from our own rows: no injection
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT tag_number, line_id, %1 FROM bags WHERE line_id IN (%2) ORDER BY tag_number")
                  .arg(m_db.dialect().epochMs(QStringLiteral("tagged_at")), ids.join(QLatin1Char(','))));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading bags")); !done)
        return done.error();
    while (query->next()) {
        const qint64 line = query->value(1).toLongLong();
        bags[line].append({query->value(0).toString(), line, utcFromEpochMs(query->value(2))});
    }
    return bags;
}

Result<std::optional<int>> BagRepository::allowance(const QString &carrier, QChar cabin)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT max_bags FROM bag_allowances WHERE carrier = :carrier AND cabin = :cabin"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":carrier"), carrier).bind(QStringLiteral(":cabin"), QString(cabin));
    if (auto done = query->exec(QStringLiteral("reading the bag allowance")); !done)
        return done.error();
    if (!query->next())
        return std::optional<int>();
    return std::optional<int>(query->value(0).toInt());
}

Status BagRepository::saveAllowance(const QString &carrier, QChar cabin, int maxBags)
{
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO bag_allowances (carrier, cabin, max_bags) VALUES (:carrier, :cabin, :max) "
                             "ON CONFLICT (carrier, cabin) DO UPDATE SET max_bags = excluded.max_bags"));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":carrier"), carrier)
        .bind(QStringLiteral(":cabin"), QString(cabin))
        .bind(QStringLiteral(":max"), maxBags);
    return upsert->exec(QStringLiteral("saving the bag allowance"));
}

Result<bool> BagRepository::removeAllowance(const QString &carrier, QChar cabin)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM bag_allowances WHERE carrier = :carrier AND cabin = :cabin"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":carrier"), carrier).bind(QStringLiteral(":cabin"), QString(cabin));
    if (auto done = remove->exec(QStringLiteral("removing the bag allowance")); !done)
        return done.error();
    return remove->numRowsAffected() > 0;
}

Result<QList<BagAllowanceRow>> BagRepository::allowances()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT carrier, cabin, max_bags FROM bag_allowances "
                                                         "ORDER BY carrier, cabin"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("listing the bag allowances")); !done)
        return done.error();
    QList<BagAllowanceRow> rows;
    while (query->next()) {
        const QString cabin = query->value(1).toString();
        rows.append({query->value(0).toString(), cabin.isEmpty() ? QChar() : cabin.at(0), query->value(2).toInt()});
    }
    return rows;
}

} // namespace kiosk
