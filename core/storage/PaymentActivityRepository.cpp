#include "PaymentActivityRepository.h"

#include "Database.h"
#include "Statement.h"

#include <QHash>

namespace kiosk {

Result<QList<PaymentActivity>> PaymentActivityRepository::forBooking(qint64 bookingId)
{
    auto payments = Statement::prepare(
        m_db, QStringLiteral("SELECT id, idempotency_key, status, amount_minor, currency, captured_minor, refunded_minor, "
                             "card_brand, card_last4, decline_reason, %1 FROM payments WHERE booking_id = :booking "
                             "ORDER BY id")
                  .arg(m_db.dialect().epochMs(QStringLiteral("created_at"))));
    if (!payments)
        return payments.error();
    payments->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = payments->exec(QStringLiteral("reading the booking's payments")); !done)
        return done.error();
    QList<PaymentActivity> activity;
    QHash<qint64, qsizetype> byPaymentId;
    while (payments->next()) {
        PaymentActivity p;
        const QString currency = payments->value(4).toString();
        p.idempotencyKey = payments->value(1).toString();
        p.status = payments->value(2).toString();
        p.amount = Money(payments->value(3).toLongLong(), currency);
        p.captured = Money(payments->value(5).toLongLong(), currency);
        p.refunded = Money(payments->value(6).toLongLong(), currency);
        p.cardBrand = payments->value(7).toString();
        p.cardLast4 = payments->value(8).toString();
        p.declineReason = payments->value(9).toString();
        p.createdUtc = utcFromEpochMs(payments->value(10));
        byPaymentId.insert(payments->value(0).toLongLong(), activity.size());
        activity << p;
    }
    if (activity.isEmpty())
        return activity;

    auto refunds = Statement::prepare(
        m_db, QStringLiteral("SELECT r.payment_id, r.idempotency_key, r.amount_minor, r.status, r.reason, %1 "
                             "FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.booking_id = :booking "
                             "ORDER BY r.id")
                  .arg(m_db.dialect().epochMs(QStringLiteral("r.created_at"))));
    if (!refunds)
        return refunds.error();
    refunds->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = refunds->exec(QStringLiteral("reading the booking's refunds")); !done)
        return done.error();
    while (refunds->next()) {
        const auto at = byPaymentId.constFind(refunds->value(0).toLongLong());
        if (at == byPaymentId.constEnd())
            continue;
        PaymentActivity &payment = activity[*at];
        RefundActivity r;
        r.idempotencyKey = refunds->value(1).toString();
        r.amount = Money(refunds->value(2).toLongLong(), payment.amount.currency());
        r.status = refunds->value(3).toString();
        r.reason = refunds->value(4).toString();
        r.createdUtc = utcFromEpochMs(refunds->value(5));
        payment.refunds << r;
    }
    return activity;
}

} // namespace kiosk
