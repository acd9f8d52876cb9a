#include "PaymentFunctions.h"

#include "BookingRepository.h"
#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString deadlineRule(PaymentRepository::Deadline deadline)
{
    switch (deadline) {
    case PaymentRepository::Deadline::NotPassed:
        return QStringLiteral("not_passed");
    case PaymentRepository::Deadline::Passed:
        return QStringLiteral("passed");
    case PaymentRepository::Deadline::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

} // namespace

Result<PaymentStart> PaymentFunctions::begin(const QString &reference, const std::optional<BookingOwner> &owner,
                                             const QString &cardBrand,
                                             const QString &cardLast4, int attemptSeconds, const QString &gateway,
                                             const Actor &actor)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT outcome, booking_id, state, hold_deadline_ms, total_minor, currency, payment_id, "
                             "payment_key FROM kiosk_payment_begin(:reference, :owner_terminal, :owner_actor, :brand, "
                             ":last4, :seconds, :gateway, :terminal, :actor)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":reference"), reference)
        .bind(QStringLiteral(":owner_terminal"), nullIfEmpty(owner ? owner->terminal : QString()))
        .bind(QStringLiteral(":owner_actor"), nullIfEmpty(owner ? owner->actor : QString()))
        .bind(QStringLiteral(":brand"), cardBrand)
        .bind(QStringLiteral(":last4"), cardLast4)
        .bind(QStringLiteral(":seconds"), attemptSeconds)
        .bind(QStringLiteral(":gateway"), gateway)
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = query->exec(QStringLiteral("recording the payment attempt")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, QStringLiteral("kiosk_payment_begin answered nothing"));
    using Outcome = PaymentStart::Outcome;
    const QString outcome = query->value(0).toString();
    PaymentStart start;
    if (outcome == QLatin1String("pending"))
        start.outcome = Outcome::Pending;
    else if (outcome == QLatin1String("no_booking"))
        start.outcome = Outcome::NoBooking;
    else if (outcome == QLatin1String("wrong_state"))
        start.outcome = Outcome::WrongState;
    else if (outcome == QLatin1String("expired"))
        start.outcome = Outcome::Expired;
    else
        return makeError(ErrorCode::Internal, QStringLiteral("kiosk_payment_begin answered '%1'").arg(outcome));
    start.bookingId = query->value(1).toLongLong();
    start.state = bookingStateFromName(query->value(2).toString()).value_or(BookingState::SeatHeld);
    start.holdDeadlineUtc = utcFromEpochMs(query->value(3));
    start.total = Money(query->value(4).toLongLong(), query->value(5).toString());
    start.paymentId = query->value(6).toLongLong();
    start.paymentKey = query->value(7).toString();
    return start;
}

Status PaymentFunctions::record(const PaymentRecord &payment, const QString &fromStatus,
                                PaymentRepository::Deadline deadline, const std::optional<PaymentBookingMove> &move,
                                const Actor &actor)
{
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT kiosk_payment_record(:payment, :from, :deadline, :status, :ref, :captured, "
                             ":refunded, :reason, :booking_from, :booking_to, :release, :why, :terminal, :actor)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":payment"), payment.id)
        .bind(QStringLiteral(":from"), fromStatus)
        .bind(QStringLiteral(":deadline"), deadlineRule(deadline))
        .bind(QStringLiteral(":status"), payment.status)
        .bind(QStringLiteral(":ref"), payment.gatewayReference)
        .bind(QStringLiteral(":captured"), payment.capturedMinor)
        .bind(QStringLiteral(":refunded"), payment.refundedMinor)
        .bind(QStringLiteral(":reason"), payment.declineReason)
        .bind(QStringLiteral(":booking_from"), nullIfEmpty(move ? bookingStateName(move->from) : QString()))
        .bind(QStringLiteral(":booking_to"), nullIfEmpty(move ? bookingStateName(move->to) : QString()))
        .bind(QStringLiteral(":release"), move && occupiesSeats(move->from) && !occupiesSeats(move->to))
        .bind(QStringLiteral(":why"), move ? move->reason : QString())
        .bind(QStringLiteral(":terminal"), actor.terminal)
        .bind(QStringLiteral(":actor"), actor.name);
    if (auto done = query->exec(QStringLiteral("recording the payment result")); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::Internal, QStringLiteral("kiosk_payment_record answered nothing"));
    const QString outcome = query->value(0).toString();
    if (outcome == QLatin1String("payment_moved"))
        return PaymentRepository::movedError(fromStatus, deadline);
    if (outcome == QLatin1String("booking_moved"))
        return BookingRepository::movedError(move->from);
    if (outcome != QLatin1String("recorded"))
        return makeError(ErrorCode::Internal, QStringLiteral("kiosk_payment_record answered '%1'").arg(outcome));
    return Done{};
}

} // namespace kiosk
