#include "VoucherAdministration.h"

#include "domain/VoucherCode.h"
#include "storage/AccessLogRepository.h"
#include "storage/Transaction.h"
#include "storage/VoucherRepository.h"

namespace kiosk {

namespace {
QString target(const QString &hint)
{
    return QStringLiteral("voucher %1").arg(hint);
}
} // namespace

Result<Voucher> VoucherAdministration::create(const QString &code, const VoucherTerms &terms)
{
    auto normalised = VoucherCode::normalise(code);
    const QString hint = normalised ? VoucherCode::hint(*normalised) : QString();
    if (auto allowed = m_access.require(m_actor, Permission::ManageVouchers, target(hint)); !allowed)
        return allowed.error();
    if (!normalised)
        return normalised.error();
    auto valid = VoucherTerms::validate(terms);
    if (!valid)
        return valid.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    VoucherRepository vouchers(m_db);
    auto id = vouchers.insert(VoucherCode::digest(*normalised), hint, *valid, m_actor.name);
    if (!id)
        return id.error();
    if (!*id)
        return makeError(ErrorCode::BadInput,
                         tr("a voucher with the code %1 exists already; choose another code").arg(hint));
    auto created = vouchers.findById(**id);
    if (!created || !*created)
        return created ? makeError(ErrorCode::Internal, tr("the new voucher could not be read back"))
                       : created.error();
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("create voucher"), target(hint),
                                                       QStringLiteral("allowed"), (*created)->benefit());
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return **created;
}

Result<QList<Voucher>> VoucherAdministration::list(bool includeDisabled)
{
    if (auto allowed = m_access.require(m_actor, Permission::ManageVouchers); !allowed)
        return allowed.error();
    return VoucherRepository(m_db).list(includeDisabled);
}

Result<Voucher> VoucherAdministration::disable(const QString &code)
{
    auto normalised = VoucherCode::normalise(code);
    if (auto allowed = m_access.require(m_actor, Permission::ManageVouchers,
                                        target(normalised ? VoucherCode::hint(*normalised) : QString()));
        !allowed)
        return allowed.error();
    if (!normalised)
        return normalised.error();
    auto found = VoucherRepository(m_db).findByDigest(VoucherCode::digest(*normalised));
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("no voucher with the code %1").arg(VoucherCode::hint(*normalised)));
    return disable((*found)->voucher.id);
}

Result<Voucher> VoucherAdministration::disable(qint64 id)
{
    if (auto allowed = m_access.require(m_actor, Permission::ManageVouchers, QStringLiteral("voucher #%1").arg(id));
        !allowed)
        return allowed.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    VoucherRepository vouchers(m_db);
    auto before = vouchers.findById(id);
    if (!before)
        return before.error();
    if (!*before)
        return makeError(ErrorCode::NotFound, tr("no voucher #%1").arg(id));
    auto changed = vouchers.disable(id, m_actor.name);
    if (!changed)
        return changed.error();
    if (!*changed)
        return makeError(ErrorCode::WrongState, tr("voucher %1 was withdrawn already").arg((*before)->hint));
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("disable voucher"), target((*before)->hint),
                                                       QStringLiteral("allowed"), (*before)->benefit());
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    auto after = vouchers.findById(id);
    if (!after)
        return after.error();
    return after->value_or(**before);
}

} // namespace kiosk
