#include "RefundPolicyAdministration.h"

#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace kiosk {

namespace {
QString target(Cabin cabin)
{
    return QStringLiteral("cabin %1").arg(cabinCode(cabin));
}
} // namespace

Result<CancellationPolicy> RefundPolicyAdministration::load(Database &db)
{
    auto rows = RefundPolicyRepository(db).all();
    if (!rows)
        return rows.error();
    CancellationPolicy policy = CancellationPolicy::standard();
    for (const StoredRefundTiers &row : std::as_const(*rows)) {
        const auto cabin = cabinFromCode(row.cabin);
        auto tiers = CancellationPolicy::parseTiers(row.tiers);
        // Written only through set(), so a bad row is damage: refuse to refund by a guess.
        if (!cabin || !tiers)
            return makeError(ErrorCode::Internal, tr("the stored refund policy for cabin %1 is damaged ('%2'); "
                                                     "set it again with kioskctl policy set")
                                                      .arg(row.cabin)
                                                      .arg(row.tiers));
        policy.setTiers(*cabin, *tiers);
    }
    return policy;
}

Result<QList<StoredRefundTiers>> RefundPolicyAdministration::stored()
{
    return RefundPolicyRepository(m_db).all();
}

Result<CancellationPolicy> RefundPolicyAdministration::set(Cabin cabin, const QString &tiers)
{
    if (auto allowed = m_access.require(m_actor, Permission::SetRefundPolicy, target(cabin)); !allowed)
        return allowed.error();
    auto parsed = CancellationPolicy::parseTiers(tiers);
    if (!parsed)
        return parsed.error();
    CancellationPolicy wanted;
    wanted.setTiers(cabin, *parsed);
    const QString text = wanted.tiersText(cabin);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto before = load(m_db);
    if (!before)
        return before.error();
    if (auto saved = RefundPolicyRepository(m_db).save(cabinCode(cabin), text, m_actor.name); !saved)
        return saved.error();
    if (auto logged = change(cabin, QStringLiteral("set refund policy"),
                             QStringLiteral("%1 -> %2").arg(before->tiersText(cabin), text));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return load(m_db);
}

Result<CancellationPolicy> RefundPolicyAdministration::reset(Cabin cabin)
{
    if (auto allowed = m_access.require(m_actor, Permission::SetRefundPolicy, target(cabin)); !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto before = load(m_db);
    if (!before)
        return before.error();
    auto removed = RefundPolicyRepository(m_db).remove(cabinCode(cabin));
    if (!removed)
        return removed.error();
    if (*removed) {
        if (auto logged = change(cabin, QStringLiteral("reset refund policy"),
                                 QStringLiteral("%1 -> standard").arg(before->tiersText(cabin)));
            !logged)
            return logged.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return load(m_db);
}

Status RefundPolicyAdministration::change(Cabin cabin, const QString &action, const QString &detail)
{
    return AccessLogRepository(m_db).record(m_actor, action, target(cabin), QStringLiteral("allowed"), detail);
}

} // namespace kiosk
