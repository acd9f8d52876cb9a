#pragma once

#include "Booking.h"
#include "Cabin.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace kiosk {

// What a voucher gives and where it may be used, as staff create it.
struct VoucherTerms {
    std::optional<int> percent;      // 1 to 100 % off the booking's price, or
    std::optional<Money> amount;     // this much off, in its currency
    std::optional<Money> minAmount;  // the booking's price must be at least this
    QDateTime validFrom;             // invalid: from creation
    QDateTime validTo;               // invalid: no end (exclusive)
    std::optional<int> maxUses;      // none: unlimited
    QStringList flights;             // designators ("KX101"); empty: every flight
    QList<Cabin> cabins;             // empty: every cabin

    static constexpr int MaxUsesLimit = 1000000;
    // Exactly one of percent and amount, sensible bounds, one currency: or a BadInput error
    // naming the option at fault. Returns the terms with flights upper-cased.
    static Result<VoucherTerms> validate(VoucherTerms terms);
    // The currency of the amounts, empty when the terms name none (a percentage alone).
    QString currency() const;
};

// A voucher as stored: its terms, how often it is in use, whether staff disabled it. The
// code itself is not here: only its hint (VoucherCode).
struct Voucher {
    Q_DECLARE_TR_FUNCTIONS(Voucher)

public:
    qint64 id = 0;
    QString hint;
    VoucherTerms terms;
    int uses = 0;                   // redemptions reserved or redeemed, never released ones
    QDateTime createdUtc;
    QString createdBy;
    QDateTime disabledUtc;          // invalid while enabled
    QString disabledBy;

    bool disabled() const { return disabledUtc.isValid(); }
    // "20 % off", "EUR 25.00 off"
    QString benefit() const;
    // The rule, stated once: a percentage is rounded down to the minor unit (the airline
    // never gives a fraction of a cent), an amount is taken in full, and either stops at
    // the price: a voucher worth more than the booking makes it free (0.00) and the rest is
    // forfeited, never paid out or kept as credit.
    Money discountOn(const Money &price) const;
    // Why this voucher cannot be used on `booking` at `nowUtc` (server clock): a
    // VoucherRefused error whose first detail is a stable reason (voucher_disabled,
    // voucher_not_yet_valid, voucher_expired, voucher_used_up, voucher_wrong_flight,
    // voucher_wrong_cabin, voucher_wrong_currency, voucher_below_minimum); nullopt if it can.
    std::optional<Error> refusalFor(const Booking &booking, const QDateTime &nowUtc) const;
};

} // namespace kiosk
