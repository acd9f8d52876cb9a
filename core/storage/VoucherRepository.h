#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/Voucher.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kiosk {

class Database;

// A voucher with the digest it was found by, for the constant-time check after the lookup.
struct StoredVoucher {
    Voucher voucher;
    QString digest;
};

// What a booking's payment took off through a voucher (the receipt, reports).
struct VoucherDiscount {
    QString hint;     // "SU…26"
    QString benefit;  // "20 % off"
    Money price;      // the booking's price before the discount
    Money discount;
    QString status;   // RESERVED, REDEEMED
};

// The `vouchers` and `voucher_redemptions` tables (migration 0017). Redemptions are settled
// by the database's trigger with the booking's change of state, never here.
class VoucherRepository {
    Q_DECLARE_TR_FUNCTIONS(VoucherRepository)
public:
    explicit VoucherRepository(Database &db) : m_db(db) {}

    // nullopt when a voucher with this code (digest) already exists.
    Result<std::optional<qint64>> insert(const QString &digest, const QString &hint, const VoucherTerms &terms,
                                         const QString &createdBy);
    Result<std::optional<StoredVoucher>> findByDigest(const QString &digest);
    Result<std::optional<Voucher>> findById(qint64 id);
    // Newest first; disabled ones only when asked.
    Result<QList<Voucher>> list(bool includeDisabled);
    // False when it was disabled already (or does not exist).
    Result<bool> disable(qint64 id, const QString &by);
    // Takes one use if the voucher is enabled, inside its validity by the server clock and
    // below its maximum: one guarded UPDATE, so racing terminals never take more than allowed.
    Result<bool> takeUse(qint64 id);
    Status insertRedemption(qint64 voucherId, qint64 bookingId, qint64 paymentId, const Money &price,
                            const Money &discount, const Actor &actor);
    // The reserved or redeemed voucher on the booking, if any.
    Result<std::optional<VoucherDiscount>> discountOf(qint64 bookingId);

private:
    Result<QList<StoredVoucher>> select(const QString &where, const QVariant &value);

    Database &m_db;
};

} // namespace kiosk
