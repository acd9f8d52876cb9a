#include "PaymentRepository.h"

#include "BookingRepository.h"
#include "Database.h"
#include "NamedColumns.h"
#include "PaymentFunctions.h"
#include "Statement.h"

namespace kiosk {

Result<qint64> PaymentRepository::insertPending(qint64 bookingId, const QString &idempotencyKey, const Money &amount,
                                                const QString &cardBrand, const QString &cardLast4,
                                                int attemptSeconds, const QString &gateway)
{
    const QString now = m_db.dialect().now();
    // PostgreSQL: through kiosk_payment_add, which checks a terminal login (migration 0026).
    auto insert = Statement::prepare(
        m_db, m_db.dialect().isPostgres()
                  ? QStringLiteral("SELECT kiosk_payment_add(:booking, :key, :amount, :currency, :brand, :last4, "
                                   ":seconds, :gateway)")
                  : QStringLiteral("INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, currency, "
                                   "card_brand, card_last4, attempt_deadline, created_at, updated_at, gateway) VALUES "
                                   "(:booking, :key, 'PENDING', :amount, :currency, :brand, :last4, %2, %1, %1, "
                                   ":gateway) RETURNING id")
                        .arg(now, m_db.dialect().plusSeconds(now, QStringLiteral(":seconds"))));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":booking"), bookingId)
        .bind(QStringLiteral(":key"), idempotencyKey)
        .bind(QStringLiteral(":amount"), amount.minorUnits())
        .bind(QStringLiteral(":currency"), amount.currency())
        .bind(QStringLiteral(":brand"), cardBrand)
        .bind(QStringLiteral(":last4"), cardLast4)
        .bind(QStringLiteral(":seconds"), attemptSeconds)
        .bind(QStringLiteral(":gateway"), gateway);
    if (auto done = insert->exec(QStringLiteral("recording the payment attempt")); !done)
        return done.error();
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the payment attempt"));
    return insert->value(0).toLongLong();
}

Status PaymentRepository::update(const PaymentRecord &record, PaymentStatus fromStatus, Deadline deadline)
{
    if (m_db.dialect().isPostgres()) // a kiosk login writes payments through functions only (migration 0026)
        return PaymentFunctions(m_db).record(record, fromStatus, deadline, std::nullopt, Actor{});
    const QString now = m_db.dialect().now();
    QString guard;
    if (deadline == Deadline::NotPassed)
        guard = QStringLiteral(" AND attempt_deadline > %1").arg(now);
    else if (deadline == Deadline::Passed)
        guard = QStringLiteral(" AND COALESCE(attempt_deadline, updated_at) <= %1").arg(now);
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE payments SET status = :status, gateway_reference = :ref, captured_minor = :captured, "
                             "refunded_minor = :refunded, decline_reason = :reason, updated_at = %1 "
                             "WHERE id = :id AND status = :from%2")
                  .arg(now, guard));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":status"), paymentStatusName(record.status))
        .bind(QStringLiteral(":ref"), record.gatewayReference)
        .bind(QStringLiteral(":captured"), record.capturedMinor)
        .bind(QStringLiteral(":refunded"), record.refundedMinor)
        .bind(QStringLiteral(":reason"), record.declineReason)
        .bind(QStringLiteral(":id"), record.id)
        .bind(QStringLiteral(":from"), paymentStatusName(fromStatus));
    if (auto done = update->exec(QStringLiteral("recording the payment result")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return movedError(fromStatus, deadline);
    return Done{};
}

Result<RecordedBooking> PaymentRepository::updateAndRead(const PaymentRecord &record, PaymentStatus fromStatus)
{
    if (m_db.dialect().isPostgres())
        return PaymentFunctions(m_db).recordAndRead(record, fromStatus);
    Status recorded = update(record, fromStatus);
    auto booking = BookingRepository(m_db).findById(record.bookingId);
    if (!booking)
        return booking.error();
    return RecordedBooking{std::move(recorded), std::move(*booking)};
}

Status PaymentRepository::recordCard(qint64 paymentId, const QString &brand, const QString &last4)
{
    // PostgreSQL: through kiosk_payment_card, which a kiosk login may call for its own
    // bookings only (migration 0031); SQLite: the same guarded update as a statement.
    const bool postgres = m_db.dialect().isPostgres();
    auto update = Statement::prepare(
        m_db, postgres ? QStringLiteral("SELECT kiosk_payment_card(:id, :brand, :last4)")
                       : QStringLiteral("UPDATE payments SET card_brand = :brand, card_last4 = :last4, updated_at = %1 "
                                        "WHERE id = :id AND status = 'PENDING' AND COALESCE(card_last4, '') = '' "
                                        "AND COALESCE(card_brand, '') = '' AND booking_id IN "
                                        "(SELECT id FROM bookings WHERE state = 'PAYMENT_PENDING')")
                             .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), paymentId)
        .bind(QStringLiteral(":brand"), brand)
        .bind(QStringLiteral(":last4"), last4);
    if (auto done = update->exec(QStringLiteral("recording the card the terminal read")); !done)
        return done;
    const bool recorded = postgres ? update->next() && update->value(0).toBool() : update->numRowsAffected() == 1;
    if (!recorded)
        return makeError(ErrorCode::WrongState, tr("payment %1 is no longer pending or names its card already").arg(paymentId));
    return Done{};
}

Error PaymentRepository::movedError(PaymentStatus fromStatus, Deadline deadline)
{
    const QString why = deadline == Deadline::NotPassed ? QStringLiteral(" or its time ran out") : QString();
    return makeError(ErrorCode::WrongState, tr("the payment attempt is no longer %1%2").arg(paymentStatusName(fromStatus), why));
}

namespace {

// The columns select() reads, by name (NamedColumns.h).
struct Col {
    enum Name : int {
        Id, BookingId, IdempotencyKey, Status, AmountMinor, Currency, CapturedMinor, RefundedMinor,
        GatewayReference, CardBrand, CardLast4, DeclineReason, Gateway, Count
    };
};
constexpr NamedColumn<Col::Name> paymentColumns[] = {
    {Col::Id, "id"}, {Col::BookingId, "booking_id"}, {Col::IdempotencyKey, "idempotency_key"},
    {Col::Status, "status"}, {Col::AmountMinor, "amount_minor"}, {Col::Currency, "currency"},
    {Col::CapturedMinor, "captured_minor"}, {Col::RefundedMinor, "refunded_minor"},
    {Col::GatewayReference, "gateway_reference"}, {Col::CardBrand, "card_brand"},
    {Col::CardLast4, "card_last4"}, {Col::DeclineReason, "decline_reason"}, {Col::Gateway, "gateway"},
};
static_assert(inEnumOrder(paymentColumns));

} // namespace

Result<QList<PaymentRecord>> PaymentRepository::select(const QString &where, const QVariant &value, const QString &tail)
{
    static const QString columns = selectList(paymentColumns);
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT %1 FROM payments WHERE %2 ORDER BY id%3").arg(columns, where, tail));
    if (!query)
        return query.error();
    if (value.isValid())
        query->bind(QStringLiteral(":value"), value);
    if (auto done = query->exec(QStringLiteral("reading payments")); !done)
        return done.error();
    QList<PaymentRecord> records;
    while (query->next()) {
        PaymentRecord r;
        r.id = query->integer(Col::Id);
        r.bookingId = query->integer(Col::BookingId);
        r.idempotencyKey = query->text(Col::IdempotencyKey);
        const auto status = storedEnum(query->text(Col::Status), paymentStatusFromName, [&] { return tr("payment %1").arg(r.id); });
        if (!status)
            return status.error();
        r.status = *status;
        r.amount = Money(query->integer(Col::AmountMinor), query->text(Col::Currency));
        r.capturedMinor = query->integer(Col::CapturedMinor);
        r.refundedMinor = query->integer(Col::RefundedMinor);
        r.gatewayReference = query->text(Col::GatewayReference);
        r.cardBrand = query->text(Col::CardBrand);
        r.cardLast4 = query->text(Col::CardLast4);
        r.declineReason = query->text(Col::DeclineReason);
        r.gateway = query->text(Col::Gateway);
        records << r;
    }
    return records;
}

Result<PaymentRecord> PaymentRepository::find(qint64 paymentId)
{
    auto found = select(QStringLiteral("id = :value"), paymentId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("no payment %1").arg(paymentId));
    return found->first();
}

Result<QList<PaymentRecord>> PaymentRepository::forBooking(qint64 bookingId)
{
    return select(QStringLiteral("booking_id = :value"), bookingId);
}

Result<int> PaymentRepository::attemptCount(qint64 bookingId)
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE booking_id = :booking"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":booking"), bookingId);
    if (auto done = query->exec(QStringLiteral("counting payment attempts")); !done)
        return done.error();
    return query->next() ? int(query->integer(0)) : 0;
}

Result<QList<PaymentRecord>> PaymentRepository::unresolved(int limit, const QString &gateway)
{
    return select(QStringLiteral("status IN ('PENDING', 'AUTHORIZED') AND COALESCE(attempt_deadline, updated_at) <= %1 "
                                 "AND (gateway IS NULL OR gateway = :value)")
                      .arg(m_db.dialect().now()),
                  gateway, QStringLiteral(" LIMIT %1").arg(limit));
}

Status PaymentRepository::reserveRefund(qint64 paymentId, qint64 amountMinor)
{
    return shiftRefunded(paymentId, amountMinor);
}

Status PaymentRepository::releaseRefund(qint64 paymentId, qint64 amountMinor)
{
    return shiftRefunded(paymentId, -amountMinor);
}

Status PaymentRepository::shiftRefunded(qint64 paymentId, qint64 deltaMinor)
{
    // One guarded statement: concurrent refunds can never push the total past the capture.
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE payments SET refunded_minor = refunded_minor + :delta, updated_at = %1 "
                             "WHERE id = :id AND refunded_minor + :delta2 BETWEEN 0 AND captured_minor "
                             "AND (status = 'CAPTURED' OR :delta3 < 0)")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":delta"), deltaMinor)
        .bind(QStringLiteral(":delta2"), deltaMinor)
        .bind(QStringLiteral(":delta3"), deltaMinor)
        .bind(QStringLiteral(":id"), paymentId);
    if (auto done = update->exec(QStringLiteral("setting aside the refund")); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::WrongState,
                         tr("the refund would pay back more than is left of the captured amount"));
    return Done{};
}

Status PaymentRepository::markFullyRefunded(qint64 paymentId)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE payments SET status = 'REFUNDED', updated_at = %1 "
                             "WHERE id = :id AND status = 'CAPTURED' AND refunded_minor = captured_minor")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), paymentId);
    return update->exec(QStringLiteral("marking the payment refunded"));
}

} // namespace kiosk
