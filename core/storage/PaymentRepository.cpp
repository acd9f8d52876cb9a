#include "PaymentRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<qint64> PaymentRepository::insertPending(qint64 bookingId, const QString &idempotencyKey, const Money &amount,
                                                const QString &cardBrand, const QString &cardLast4)
{
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, "
                             "card_brand, card_last4, created_at, updated_at) VALUES (:booking, :key, 'PENDING', "
                             ":amount, :currency, :brand, :last4, %1, %1) RETURNING id")
                  .arg(m_db.dialect().now()));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":key"), idempotencyKey)
        .bind(QStringLiteral(":amount"), amount.minorUnits())
        .bind(QStringLiteral(":currency"), amount.currency())
        .bind(QStringLiteral(":brand"), cardBrand)
        .bind(QStringLiteral(":last4"), cardLast4);
    if (auto done = insert->exec(QStringLiteral("recording the payment attempt")); !done)
        return done.error();
    if (!insert->next())
        return makeError(ErrorCode::Internal, QStringLiteral("no id returned for the payment attempt"));
    return insert->value(0).toLongLong();
}

Status PaymentRepository::update(const PaymentRecord &record, const QString &fromStatus)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE payments SET status = :status, gateway_reference = :ref, captured_minor = :captured, "
                             "refunded_minor = :refunded, decline_reason = :reason, updated_at = %1 "
                             "WHERE id = :id AND status = :from")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":status"), record.status)
        .bind(QStringLiteral(":ref"), record.gatewayReference)
        .bind(QStringLiteral(":captured"), record.capturedMinor)
        .bind(QStringLiteral(":refunded"), record.refundedMinor)
        .bind(QStringLiteral(":reason"), record.declineReason)
        .bind(QStringLiteral(":id"), record.id)
        .bind(QStringLiteral(":from"), fromStatus);
    if (auto done = update->exec(QStringLiteral("recording the payment result")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("the payment attempt is no longer %1").arg(fromStatus));
    return Done{};
}

Result<QList<PaymentRecord>> PaymentRepository::forBooking(qint64 bookingId)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id, idempotency_key, status, amount_minor, currency, captured_minor, "
                             "refunded_minor, gateway_reference, card_brand, card_last4, decline_reason "
                             "FROM payments WHERE booking_id = :booking ORDER BY id"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = query->exec(QStringLiteral("reading payments")); !done)
        return done.error();
    QList<PaymentRecord> records;
    while (query->next()) {
        PaymentRecord r;
        r.id = query->value(0).toLongLong();
        r.bookingId = bookingId;
        r.idempotencyKey = query->value(1).toString();
        r.status = query->value(2).toString();
        r.amount = Money(query->value(3).toLongLong(), query->value(4).toString());
        r.capturedMinor = query->value(5).toLongLong();
        r.refundedMinor = query->value(6).toLongLong();
        r.gatewayReference = query->value(7).toString();
        r.cardBrand = query->value(8).toString();
        r.cardLast4 = query->value(9).toString();
        r.declineReason = query->value(10).toString();
        records << r;
    }
    return records;
}

Result<int> PaymentRepository::attemptCount(qint64 bookingId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE booking_id = :booking"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = query->exec(QStringLiteral("counting payment attempts")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

} // namespace kiosk
