#include "RefundPolicyRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<QList<StoredRefundTiers>> RefundPolicyRepository::all()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT cabin, tiers, updated_by, %1 FROM refund_policies "
                                                         "ORDER BY cabin")
                                              .arg(m_db.dialect().epochMs(QStringLiteral("updated_at"))));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the refund policy")); !done)
        return done.error();
    QList<StoredRefundTiers> rows;
    while (query->next()) {
        rows.append({query->value(0).toString().at(0), query->value(1).toString(), query->value(2).toString(),
                     utcFromEpochMs(query->value(3))});
    }
    return rows;
}

Status RefundPolicyRepository::save(QChar cabin, const QString &tiers, const QString &updatedBy)
{
    const QString now = m_db.dialect().now();
    auto upsert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO refund_policies (cabin, tiers, updated_by, updated_at) "
                             "VALUES (:cabin, :tiers, :by, %1) ON CONFLICT (cabin) DO UPDATE SET "
                             "tiers = excluded.tiers, updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                  .arg(now));
    if (!upsert)
        return upsert.error();
    upsert->bind(QStringLiteral(":cabin"), QString(cabin))
        .bind(QStringLiteral(":tiers"), tiers)
        .bind(QStringLiteral(":by"), updatedBy);
    return upsert->exec(QStringLiteral("saving the refund policy"));
}

Result<bool> RefundPolicyRepository::remove(QChar cabin)
{
    auto remove = Statement::prepare(m_db, QStringLiteral("DELETE FROM refund_policies WHERE cabin = :cabin"));
    if (!remove)
        return remove.error();
    remove->bind(QStringLiteral(":cabin"), QString(cabin));
    if (auto done = remove->exec(QStringLiteral("resetting the refund policy")); !done)
        return done.error();
    return remove->numRowsAffected() > 0;
}

} // namespace kiosk
