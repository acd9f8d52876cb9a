#include "HoldLimitSettings.h"

#include "storage/AccessLogRepository.h"
#include "storage/HoldLimitRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

namespace {

QString limitText(const std::optional<int> &limit)
{
    return limit ? QString::number(*limit) : QStringLiteral("no limit");
}

Status checkLimit(const std::optional<int> &limit, const QString &what)
{
    if (limit && (*limit < 1 || *limit > HoldLimitSettings::MaxLimit))
        return makeError(ErrorCode::BadInput, HoldLimitSettings::tr("%1 must be 1 to %2 or none (no limit), not %3")
                                                  .arg(what)
                                                  .arg(HoldLimitSettings::MaxLimit)
                                                  .arg(*limit));
    return Done{};
}

} // namespace

QString HoldLimitSettings::describe(const HoldLimits &limits)
{
    return QStringLiteral("unpaid holds at once: %1; holds per minute: %2; after a declined payment: +%3 s")
        .arg(limitText(limits.maxUnpaidHolds), limitText(limits.maxHoldsPerMinute))
        .arg(limits.declineExtensionSeconds);
}

Result<QList<HoldLimits>> HoldLimitSettings::limits()
{
    return HoldLimitRepository(m_db).all();
}

Result<HoldLimits> HoldLimitSettings::set(const HoldLimits &wanted)
{
    if (auto valid = checkLimit(wanted.maxUnpaidHolds, QStringLiteral("unpaid holds at once")); !valid)
        return valid.error();
    if (auto valid = checkLimit(wanted.maxHoldsPerMinute, QStringLiteral("holds per minute")); !valid)
        return valid.error();
    if (wanted.declineExtensionSeconds < 0 || wanted.declineExtensionSeconds > HoldLimits::MaxDeclineExtensionSeconds)
        return makeError(ErrorCode::BadInput, tr("the extension after a declined payment is 0 to %1 "
                                                 "seconds, not %2")
                                                  .arg(HoldLimits::MaxDeclineExtensionSeconds)
                                                  .arg(wanted.declineExtensionSeconds));
    const QString target = QStringLiteral("role %1").arg(roleName(wanted.role));
    if (auto allowed = m_access.require(m_actor, Permission::SetHoldLimits, target); !allowed)
        return allowed.error();

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    HoldLimitRepository repository(m_db);
    auto before = repository.forRole(wanted.role);
    if (!before)
        return before.error();
    if (auto saved = repository.save(wanted); !saved)
        return saved.error();
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("set hold limits"), target,
                                                       QStringLiteral("allowed"),
                                                       QStringLiteral("%1 -> %2").arg(describe(*before), describe(wanted)));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return wanted;
}

} // namespace kiosk
