#include "OutboxRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

QString columns(const SqlDialect &d)
{
    return QStringLiteral("id, kind, reference, recipient, details, state, attempts, %1, %2, %3, last_error, message_id")
        .arg(d.epochMs(QStringLiteral("created_at")), d.epochMs(QStringLiteral("next_attempt_at")),
             d.epochMs(QStringLiteral("sent_at")));
}

OutboxEntry entryFrom(const Statement &row)
{
    OutboxEntry entry;
    entry.id = row.value(0).toLongLong();
    entry.kind = row.value(1).toString();
    entry.reference = row.value(2).toString().trimmed();
    entry.recipient = row.value(3).toString();
    entry.details = row.value(4).toString();
    entry.state = row.value(5).toString();
    entry.attempts = row.value(6).toInt();
    entry.createdUtc = utcFromEpochMs(row.value(7));
    entry.nextAttemptUtc = utcFromEpochMs(row.value(8));
    entry.sentUtc = utcFromEpochMs(row.value(9));
    entry.lastError = row.value(10).toString();
    entry.messageId = row.value(11).toString();
    return entry;
}

} // namespace

Result<std::optional<OutboxEntry>> OutboxRepository::claimDue(int leaseSeconds)
{
    const SqlDialect &d = m_db.dialect();
    auto claim = Statement::prepare(
        m_db, QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = %1 "
                             "WHERE id = (SELECT id FROM outbox WHERE state = 'pending' AND next_attempt_at <= %2 "
                             "ORDER BY next_attempt_at, id LIMIT 1%3) RETURNING %4")
                  .arg(d.plusSeconds(d.now(), QStringLiteral(":lease")), d.now(),
                       d.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString(), columns(d)));
    if (!claim)
        return claim.error();
    claim->bind(QStringLiteral(":lease"), leaseSeconds);
    if (auto done = claim->exec(QStringLiteral("claiming an outbox message")); !done)
        return done.error();
    if (!claim->next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(*claim));
}

Status OutboxRepository::markSent(qint64 id, const QString &messageId)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = %1, message_id = :message_id, last_error = NULL "
                             "WHERE id = :id AND state = 'pending'")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":message_id"), messageId).bind(QStringLiteral(":id"), id);
    return update->exec(QStringLiteral("marking an outbox message sent"));
}

Status OutboxRepository::markFailed(qint64 id, const QString &error, std::optional<int> retryInSeconds)
{
    const SqlDialect &d = m_db.dialect();
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE outbox SET state = :state, last_error = :error, next_attempt_at = %1 "
                             "WHERE id = :id AND state = 'pending'")
                  .arg(d.plusSeconds(d.now(), QStringLiteral(":delay"))));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":state"), retryInSeconds ? QStringLiteral("pending") : QStringLiteral("dead"))
        .bind(QStringLiteral(":error"), error.left(2000))
        .bind(QStringLiteral(":delay"), retryInSeconds.value_or(0))
        .bind(QStringLiteral(":id"), id);
    return update->exec(QStringLiteral("recording an outbox failure"));
}

Status OutboxRepository::retry(qint64 id)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = %1 "
                             "WHERE id = :id AND state <> 'sent'")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), id);
    if (auto done = update->exec(QStringLiteral("retrying an outbox message")); !done)
        return done;
    if (update->numRowsAffected() > 0)
        return Done{};
    auto sent = Statement::prepare(m_db, QStringLiteral("SELECT %1 FROM outbox WHERE id = :id")
                                             .arg(m_db.dialect().epochMs(QStringLiteral("sent_at"))));
    if (!sent)
        return sent.error();
    sent->bind(QStringLiteral(":id"), id);
    if (auto done = sent->exec(QStringLiteral("reading an outbox message")); !done)
        return done;
    if (!sent->next())
        return makeError(ErrorCode::NotFound, tr("no outbox message %1").arg(id));
    return makeError(ErrorCode::WrongState, tr("outbox message %1 was already sent (%2); nothing to retry")
                                                .arg(id)
                                                .arg(utcFromEpochMs(sent->value(0)).toString(Qt::ISODate)));
}

Result<QList<OutboxEntry>> OutboxRepository::list(Filter filter, int limit)
{
    QString where;
    if (filter == Filter::Pending)
        where = QStringLiteral("WHERE state = 'pending' ");
    else if (filter == Filter::Failed)
        where = QStringLiteral("WHERE state = 'dead' OR (state = 'pending' AND last_error IS NOT NULL) ");
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM outbox %2ORDER BY id DESC LIMIT :limit").arg(columns(m_db.dialect()), where));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":limit"), limit);
    if (auto done = query->exec(QStringLiteral("listing the outbox")); !done)
        return done.error();
    QList<OutboxEntry> entries;
    while (query->next())
        entries.append(entryFrom(*query));
    return entries;
}

} // namespace kiosk
