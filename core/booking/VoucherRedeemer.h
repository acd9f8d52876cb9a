#pragma once

#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Voucher.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// What a voucher takes off a booking's price now.
struct VoucherQuote {
    QString hint;     // "SU…26"
    QString benefit;  // "20 % off"
    Money price;      // the booking's total
    Money discount;
    Money toPay;      // price - discount, never below 0.00
};

// A voucher at the payment: found by its code, checked against the booking by the server's
// clock, and one use taken inside the payment's first transaction.
// Guessing: an unknown code is logged in the access log (action "voucher lookup", outcome
// "failed"); a terminal with MaxUnknownCodes of them in WindowSeconds is refused (logged as
// "denied") until they age out. Supervisors and admins, who see the codes anyway, are not.
class VoucherRedeemer {
    Q_DECLARE_TR_FUNCTIONS(VoucherRedeemer)
public:
    static constexpr int MaxUnknownCodes = 5;
    static constexpr int WindowSeconds = 600;

    VoucherRedeemer(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)) {}

    // The voucher of a code as typed; BadInput for a malformed code, VoucherRefused for an
    // unknown one, Busy while this terminal is refused for guessing.
    Result<Voucher> find(const QString &typed);
    // What `voucher` takes off `booking` at `nowUtc`, or why it cannot (VoucherRefused).
    static Result<VoucherQuote> quote(const Voucher &voucher, const Booking &booking, const QDateTime &nowUtc);
    // In the caller's transaction, once payment attempt `paymentId` is written: takes one use
    // of the voucher and records its redemption by that attempt (RESERVED; the database
    // settles it with the booking's next change of state), or says why it cannot
    // (VoucherRefused: used up, withdrawn or expired since it was found). On PostgreSQL one
    // call of kiosk_voucher_redeem (migration 0028), which checks the request itself.
    Status redeem(const Voucher &voucher, const VoucherQuote &quote, const Booking &booking, qint64 paymentId);

private:
    Database &m_db;
    const Actor m_actor;
};

} // namespace kiosk
