#include "VoucherRedeemer.h"

#include "auth/AccessPolicy.h"
#include "domain/VoucherCode.h"
#include "storage/AccessLogRepository.h"
#include "storage/BookingFunctions.h"
#include "storage/Database.h"
#include "storage/VoucherRepository.h"

namespace kiosk {

namespace {
const QString LookupAction = QStringLiteral("voucher lookup");
} // namespace

Result<Voucher> VoucherRedeemer::find(const QString &typed)
{
    auto code = VoucherCode::normalise(typed);
    if (!code)
        return code.error();
    const QString hint = VoucherCode::hint(*code);
    AccessLogRepository log(m_db);
    const bool limited = !AccessPolicy::allows(m_actor.role, Permission::ManageVouchers);
    if (limited) {
        auto misses = log.recentCount(m_actor.terminal, LookupAction, QStringLiteral("failed"), WindowSeconds);
        if (!misses)
            return misses.error();
        if (*misses >= MaxUnknownCodes) {
            if (auto logged = log.record(m_actor, LookupAction, hint, QStringLiteral("denied"),
                                         QStringLiteral("too many unknown voucher codes"));
                !logged)
                return logged.error();
            return makeError(ErrorCode::Busy, tr("too many unrecognised voucher codes at this terminal; "
                                                 "please try again in %1 minutes or ask at the desk")
                                                  .arg(WindowSeconds / 60));
        }
    }
    // Looked up by digest: the index compares digests the guesser cannot steer, so how long
    // the lookup takes says nothing about how close a guess came; the final comparison of
    // the digests takes the same time wherever they differ.
    const QString digest = VoucherCode::digest(*code);
    auto found = VoucherRepository(m_db).findByDigest(digest);
    if (!found)
        return found.error();
    if (*found && VoucherCode::sameDigest((*found)->digest, digest))
        return (*found)->voucher;
    if (limited) {
        if (auto logged = log.record(m_actor, LookupAction, hint, QStringLiteral("failed"), QString()); !logged)
            return logged.error();
    }
    return makeError(ErrorCode::VoucherRefused,
                     tr("the voucher code %1 is not recognised; check it and try again").arg(hint),
                     {QStringLiteral("voucher_unknown")});
}

Result<VoucherQuote> VoucherRedeemer::quote(const Voucher &voucher, const Booking &booking, const QDateTime &nowUtc)
{
    if (auto refusal = voucher.refusalFor(booking, nowUtc))
        return *refusal;
    const Money discount = voucher.discountOn(booking.total);
    return VoucherQuote{voucher.hint, voucher.benefit(), booking.total, discount,
                        Money(booking.total.minorUnits() - discount.minorUnits(), booking.total.currency())};
}

Status VoucherRedeemer::redeem(const Voucher &voucher, const VoucherQuote &quote, const Booking &booking,
                               qint64 paymentId)
{
    VoucherRepository vouchers(m_db);
    Result<bool> taken = false;
    if (m_db.dialect().isPostgres()) {
        taken = BookingFunctions(m_db).redeemVoucher(voucher.id, paymentId, quote.price, quote.discount, m_actor);
    } else {
        taken = vouchers.takeUse(voucher.id);
        if (taken && *taken) {
            if (auto recorded = vouchers.insertRedemption(voucher.id, booking.id, paymentId, quote.price, quote.discount,
                                                          m_actor);
                !recorded)
                return recorded.error();
        }
    }
    if (!taken)
        return taken.error();
    if (*taken)
        return Done{};
    // Someone took the last use, or staff withdrew it, or it ran out meanwhile: say which.
    auto now = m_db.serverNow();
    auto current = vouchers.findById(voucher.id);
    if (!now || !current)
        return !now ? now.error() : current.error();
    if (*current) {
        if (auto refusal = (*current)->refusalFor(booking, *now))
            return *refusal;
    }
    return makeError(ErrorCode::VoucherRefused, tr("voucher %1 can no longer be used").arg(voucher.hint),
                     {QStringLiteral("voucher_used_up")});
}

} // namespace kiosk
