#include "AccessLogRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {
// A null QString binds as SQL NULL; these columns hold '' for "none".
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

Status AccessLogRepository::record(const Actor &actor, const QString &action, const QString &target,
                                   const QString &outcome, const QString &detail)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO access_events (at, terminal, actor, role, action, target, outcome, detail) "
                             "VALUES (%1, :terminal, :actor, :role, :action, :target, :outcome, :detail)")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name)
        .bind(QStringLiteral(":role"), roleName(actor.role))
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":target"), nonNull(target))
        .bind(QStringLiteral(":outcome"), outcome)
        .bind(QStringLiteral(":detail"), nonNull(detail));
    return insert->exec(QStringLiteral("writing the access log"));
}

Result<int> AccessLogRepository::recentCount(const QString &terminal, const QString &action, const QString &outcome,
                                             int seconds)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT count(*) FROM access_events WHERE terminal = :terminal AND action = :action "
                             "AND outcome = :outcome AND at > %1")
                  .arg(m_db.dialect().plusSeconds(m_db.dialect().now(), QStringLiteral(":seconds"))));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":terminal"), terminal)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":outcome"), outcome)
        .bind(QStringLiteral(":seconds"), -seconds);
    if (auto done = query->exec(QStringLiteral("counting recent attempts")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<AccessEvent>> AccessLogRepository::entries(const QString &target, int limit)
{
    const QString where = target.isEmpty() ? QStringLiteral("1 = 1") : QStringLiteral("target = :target");
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1, terminal, actor, role, action, target, outcome, detail FROM ("
                             "SELECT * FROM access_events WHERE %2 ORDER BY id DESC LIMIT %3) recent ORDER BY id")
                  .arg(m_db.dialect().epochMs(QStringLiteral("at")), where)
                  .arg(limit));
    if (!query)
        return query.error();
    if (!target.isEmpty())
        query->bind(QStringLiteral(":target"), target);
    if (auto done = query->exec(QStringLiteral("reading the access log")); !done)
        return done.error();
    QList<AccessEvent> events;
    while (query->next()) {
        events.append({utcFromEpochMs(query->value(0)), query->value(1).toString(),
                       query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
                       query->value(5).toString(), query->value(6).toString(), query->value(7).toString()});
    }
    return events;
}

} // namespace kiosk
