#include "RefundRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {
RefundRecord refundFrom(const Statement &query)
{
    RefundRecord r;
    r.id = query.value(0).toLongLong();
    r.paymentId = query.value(1).toLongLong();
    r.idempotencyKey = query.value(2).toString();
    r.amountMinor = query.value(3).toLongLong();
    r.status = query.value(4).toString();
    r.reason = query.value(5).toString();
    return r;
}

const QString Columns = QStringLiteral("id, payment_id, idempotency_key, amount_minor, status, reason");
} // namespace

Result<qint64> RefundRepository::insertPending(qint64 paymentId, const QString &idempotencyKey, qint64 amountMinor,
                                               const QString &reason)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO refunds (payment_id, idempotency_key, amount_minor, status, reason, "
                             "created_at, updated_at) VALUES (:payment, :key, :amount, 'PENDING', :reason, %1, %1) "
                             "RETURNING id")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":payment"), paymentId)
        .bind(QStringLiteral(":key"), idempotencyKey)
        .bind(QStringLiteral(":amount"), amountMinor)
        .bind(QStringLiteral(":reason"), reason.isNull() ? QStringLiteral("") : reason); // NOT NULL column
    if (auto done = insert->exec(QStringLiteral("recording the refund")); !done)
        return done.error();
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the refund"));
    return insert->value(0).toLongLong();
}

Result<std::optional<RefundRecord>> RefundRepository::findByKey(const QString &idempotencyKey)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM refunds WHERE idempotency_key = :key").arg(Columns));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":key"), idempotencyKey);
    if (auto done = query->exec(QStringLiteral("looking up a refund")); !done)
        return done.error();
    if (!query->next())
        return std::optional<RefundRecord>();
    return std::optional<RefundRecord>(refundFrom(*query));
}

Status RefundRepository::settle(qint64 refundId, const QString &status, const QString &failure)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE refunds SET status = :status, failure = :failure, updated_at = %1 "
                             "WHERE id = :id AND status = 'PENDING'")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":status"), status)
        .bind(QStringLiteral(":failure"), failure)
        .bind(QStringLiteral(":id"), refundId);
    if (auto done = update->exec(QStringLiteral("recording the refund result")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState, tr("the refund was settled already"));
    return Done{};
}

Result<QList<RefundRecord>> RefundRepository::pending(int olderThanSeconds, int limit)
{
    const QString now = m_db.dialect().now();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM refunds WHERE status = 'PENDING' AND %2 <= %3 ORDER BY id LIMIT %4")
                  .arg(Columns, m_db.dialect().plusSeconds(QStringLiteral("created_at"), QStringLiteral(":age")), now)
                  .arg(limit));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":age"), olderThanSeconds);
    if (auto done = query->exec(QStringLiteral("finding unfinished refunds")); !done)
        return done.error();
    QList<RefundRecord> records;
    while (query->next())
        records << refundFrom(*query);
    return records;
}

} // namespace kiosk
