#include "PaymentFunctions.h"

#include "BookingRepository.h"
#include "Database.h"
#include "FunctionOutcome.h"
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
        return makeError(ErrorCode::Internal, tr("kiosk_payment_begin answered nothing"));
    using O = PaymentStart::Outcome;
    const auto outcome = functionOutcome<O>(QLatin1String("kiosk_payment_begin"), query->text(0),
                                            {{QLatin1String("pending"), O::Pending},
                                             {QLatin1String("no_booking"), O::NoBooking},
                                             {QLatin1String("wrong_state"), O::WrongState},
                                             {QLatin1String("expired"), O::Expired}});
    if (!outcome)
        return outcome.error();
    PaymentStart start;
    start.outcome = *outcome;
    start.bookingId = query->integer(1);
    start.state = bookingStateFromName(query->text(2)).value_or(BookingState::SeatHeld);
    start.holdDeadlineUtc = utcFromEpochMs(*query, 3);
    start.total = Money(query->integer(4), query->text(5));
    start.paymentId = query->integer(6);
    start.paymentKey = query->text(7);
    return start;
}

namespace {

// kiosk_payment_record's arguments, the same for kiosk_payment_record_booking.
const QString recordArguments = QStringLiteral(
    "(:payment, :from, :deadline, :status, :ref, :captured, :refunded, :reason, :booking_from, :booking_to, :release, "
    ":why, :terminal, :actor)");

void bindRecord(Statement &query, const PaymentRecord &payment, PaymentStatus fromStatus,
                PaymentRepository::Deadline deadline, const std::optional<PaymentBookingMove> &move, const Actor &actor)
{
    query.bind(QStringLiteral(":payment"), payment.id)
        .bind(QStringLiteral(":from"), paymentStatusName(fromStatus))
        .bind(QStringLiteral(":deadline"), deadlineRule(deadline))
        .bind(QStringLiteral(":status"), paymentStatusName(payment.status))
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
}

// What kiosk_payment_record answered, as the guarded statements would have.
Status recordOutcome(const QString &answer, PaymentStatus fromStatus, PaymentRepository::Deadline deadline,
                     const std::optional<PaymentBookingMove> &move)
{
    enum class Recorded { Yes, PaymentMoved, BookingMoved };
    const auto outcome = functionOutcome<Recorded>(QLatin1String("kiosk_payment_record"), answer,
                                                   {{QLatin1String("recorded"), Recorded::Yes},
                                                    {QLatin1String("payment_moved"), Recorded::PaymentMoved},
                                                    {QLatin1String("booking_moved"), Recorded::BookingMoved}});
    if (!outcome)
        return outcome.error();
    if (*outcome == Recorded::PaymentMoved)
        return PaymentRepository::movedError(fromStatus, deadline);
    if (*outcome == Recorded::BookingMoved)
        return BookingRepository::movedError(move->from);
    return Done{};
}

} // namespace

Status PaymentFunctions::record(const PaymentRecord &payment, PaymentStatus fromStatus,
                                PaymentRepository::Deadline deadline, const std::optional<PaymentBookingMove> &move,
                                const Actor &actor)
{
    static const QString text = QStringLiteral("SELECT kiosk_payment_record") + recordArguments;
    auto query = Statement::prepare(m_db, text);
    if (!query)
        return query.error();
    bindRecord(*query, payment, fromStatus, deadline, move, actor);
    if (auto done = query->exec(QStringLiteral("recording the payment result")); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("kiosk_payment_record answered nothing"));
    return recordOutcome(query->text(0), fromStatus, deadline, move);
}

Result<RecordedBooking> PaymentFunctions::recordAndRead(const PaymentRecord &payment, PaymentStatus fromStatus)
{
    static const QString text =
        QStringLiteral("SELECT r_id, r_reference, r_flight_id, r_state, r_hold_deadline_ms, r_created_ms, r_total_minor, "
                       "r_currency, r_idempotency_key, r_terminal, r_carrier, r_number, r_departure_date, "
                       "r_captured_minor, r_refunded_minor, r_actor, r_passenger_name, r_seat, r_price_minor, r_active, "
                       "r_cabin, r_line_id, r_recorded FROM kiosk_payment_record_booking")
        + recordArguments;
    auto query = Statement::prepare(m_db, text);
    if (!query)
        return query.error();
    const auto deadline = PaymentRepository::Deadline::Ignore;
    bindRecord(*query, payment, fromStatus, deadline, std::nullopt, Actor{});
    if (auto done = query->exec(QStringLiteral("recording the payment result")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, BookingRepository::tr("no booking with id %1").arg(payment.bookingId));
    Status recorded = recordOutcome(query->text(BookingRepository::RowColumns), fromStatus, deadline,
                                    std::nullopt);
    auto booking = BookingRepository::fromRows(*query);
    if (!booking)
        return booking.error();
    return RecordedBooking{std::move(recorded), std::move(*booking)};
}

} // namespace kiosk
