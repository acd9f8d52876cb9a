#include "PaymentProcessor.h"

#include "BookingEvents.h"
#include "common/Logging.h"
#include "payment/PaymentGateway.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

namespace {
const QString Pending = QStringLiteral("PENDING");
const QString Authorized = QStringLiteral("AUTHORIZED");
const QString Declined = QStringLiteral("DECLINED");
const QString Captured = QStringLiteral("CAPTURED");
const QString Voided = QStringLiteral("VOIDED");
const QString Refunded = QStringLiteral("REFUNDED");
} // namespace

Result<PaymentRecord> PaymentProcessor::paymentIn(qint64 bookingId, const QString &status)
{
    auto payments = PaymentRepository(m_db).forBooking(bookingId);
    if (!payments)
        return payments.error();
    for (const PaymentRecord &record : *payments) {
        if (record.status == status)
            return record;
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no %1 payment").arg(status.toLower()));
}

Result<PaymentRecord> PaymentProcessor::begin(const Booking &booking, const CardSummary &card)
{
    BookingRepository bookings(m_db);
    PaymentRepository payments(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto lapsed = bookings.holdLapsed(booking.id);
    if (!lapsed)
        return lapsed.error();
    if (*lapsed) {
        if (auto expired = bookings.transition(booking.id, BookingState::SeatHeld, BookingState::Expired, m_actor,
                                               QStringLiteral("hold deadline passed before payment"));
            !expired)
            return expired.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        Q_EMIT m_events.stateChanged(booking.reference, BookingState::SeatHeld, BookingState::Expired);
        return makeError(ErrorCode::HoldExpired,
                         QStringLiteral("the hold on booking %1 ran out at %2 UTC; the seats were released and "
                                        "nothing was charged")
                             .arg(booking.reference, booking.holdDeadlineUtc.toString(Qt::ISODate)));
    }
    if (auto moved = bookings.transition(booking.id, BookingState::SeatHeld, BookingState::PaymentPending, m_actor,
                                         QStringLiteral("payment submitted (%1 ending %2)").arg(card.brand, card.last4));
        !moved)
        return moved.error();
    auto attempts = payments.attemptCount(booking.id);
    if (!attempts)
        return attempts.error();
    PaymentRecord record;
    record.bookingId = booking.id;
    record.idempotencyKey = QStringLiteral("%1-pay-%2").arg(booking.reference).arg(*attempts + 1);
    record.amount = booking.total;
    record.cardBrand = card.brand;
    record.cardLast4 = card.last4;
    record.status = Pending;
    auto id = payments.insertPending(booking.id, record.idempotencyKey, booking.total, card.brand, card.last4);
    if (!id)
        return id.error();
    record.id = *id;
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    Q_EMIT m_events.stateChanged(booking.reference, BookingState::SeatHeld, BookingState::PaymentPending);
    return record;
}

Result<Booking> PaymentProcessor::submit(const QString &reference, const CardDetails &card)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    if (booking->state != BookingState::SeatHeld) {
        const ErrorCode code = booking->state == BookingState::Expired ? ErrorCode::HoldExpired : ErrorCode::WrongState;
        return makeError(code, QStringLiteral("booking %1 is %2; only a booking with held seats can be paid")
                                   .arg(booking->reference, bookingStateName(booking->state)));
    }
    auto today = m_db.serverNow();
    if (!today)
        return today.error();
    auto summary = CardValidator::validate(card, today->date());
    if (!summary)
        return summary.error();

    auto record = begin(*booking, *summary);
    if (!record)
        return record.error();

    auto decision = m_gateway.authorize({record->idempotencyKey, booking->total, card, booking->reference});
    if (!decision) {
        // The gateway could not be asked: nothing was authorized, the hold stays.
        record->status = Declined;
        record->declineReason = decision.error().message;
        (void)settle(*record, Pending, BookingState::PaymentPending, BookingState::SeatHeld,
                     QStringLiteral("payment gateway unreachable"), booking->reference);
        return decision.error();
    }
    if (!decision->approved) {
        record->declineReason = decision->declineReason;
        record->status = Declined;
        if (auto settled = settle(*record, Pending, BookingState::PaymentPending, BookingState::SeatHeld,
                                  QStringLiteral("payment declined: %1").arg(decision->declineCode), booking->reference);
            !settled)
            return settled.error();
        return makeError(ErrorCode::PaymentDeclined,
                         QStringLiteral("Payment declined: %1 You can try another card while the seats are held.")
                             .arg(decision->declineReason),
                         {decision->declineCode, decision->declineReason});
    }
    record->gatewayReference = decision->reference;
    record->status = Authorized;
    if (auto settled = settle(*record, Pending, BookingState::PaymentPending, BookingState::Confirmed,
                              QStringLiteral("payment authorized"), booking->reference);
        !settled) {
        // Cancelled meanwhile: release the money we must not take.
        (void)m_gateway.voidAuthorization(decision->reference);
        return makeError(settled.error().code, QStringLiteral("the booking changed while paying (%1); the payment was "
                                                              "voided and nothing was charged")
                                                   .arg(settled.error().message));
    }
    return confirm(booking->reference, decision->reference);
}

Status PaymentProcessor::settle(PaymentRecord record, const QString &fromStatus, BookingState from, BookingState to,
                                const QString &reason, const QString &reference)
{
    BookingRepository bookings(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto moved = bookings.transition(record.bookingId, from, to, m_actor, reason); !moved)
        return moved;
    if (auto updated = PaymentRepository(m_db).update(record, fromStatus); !updated)
        return updated;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    Q_EMIT m_events.stateChanged(reference, from, to);
    return Done{};
}

Result<Booking> PaymentProcessor::confirm(const QString &reference, const QString &gatewayReference)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    if (booking->state == BookingState::PaymentPending) {
        auto pending = paymentIn(booking->id, Pending);
        if (!pending)
            return pending.error();
        pending->gatewayReference = gatewayReference;
        pending->status = Authorized;
        if (auto settled = settle(*pending, Pending, BookingState::PaymentPending, BookingState::Confirmed,
                                  QStringLiteral("payment authorized"), reference);
            !settled)
            return settled.error();
    } else if (booking->state != BookingState::Confirmed) {
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 is %2 and cannot be confirmed")
                                                    .arg(booking->reference, bookingStateName(booking->state)));
    }
    auto authorized = paymentIn(booking->id, Authorized);
    if (authorized) {
        if (auto captured = m_gateway.capture(authorized->gatewayReference, authorized->amount); !captured)
            return captured.error(); // stays AUTHORIZED; capture is retried by reconciliation
        authorized->status = Captured;
        authorized->capturedMinor = authorized->amount.minorUnits();
        if (auto updated = PaymentRepository(m_db).update(*authorized, Authorized); !updated)
            return updated.error();
    }
    qCInfo(lcPayment) << "booking" << booking->reference << "confirmed";
    return bookings.find(reference);
}

Result<Booking> PaymentProcessor::fail(const QString &reference, const QString &reason)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    auto pending = paymentIn(booking->id, Pending);
    if (!pending)
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 has no payment in progress").arg(reference));
    pending->status = Declined;
    pending->declineReason = reason;
    if (auto settled = settle(*pending, Pending, BookingState::PaymentPending, BookingState::SeatHeld, reason,
                              booking->reference);
        !settled)
        return settled.error();
    return bookings.find(reference);
}

Result<Booking> PaymentProcessor::refund(const QString &reference)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    if (booking->state == BookingState::Refunded)
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 was already refunded").arg(booking->reference));
    if (booking->state != BookingState::Cancelled)
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 is %2; cancel it before refunding")
                                                    .arg(booking->reference, bookingStateName(booking->state)));
    auto captured = paymentIn(booking->id, Captured);
    if (!captured)
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("booking %1 has no captured payment; there is nothing to refund").arg(booking->reference));

    const Money amount(captured->capturedMinor - captured->refundedMinor, captured->amount.currency());
    const QString refundKey = captured->idempotencyKey + QStringLiteral("-refund");
    if (auto refunded = m_gateway.refund(captured->gatewayReference, amount, refundKey); !refunded)
        return refunded.error();

    captured->status = Refunded;
    captured->refundedMinor = captured->capturedMinor;
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto moved = bookings.transition(booking->id, BookingState::Cancelled, BookingState::Refunded, m_actor,
                                         QStringLiteral("refunded %1").arg(amount.toString()));
        !moved)
        return moved.error();
    if (auto updated = PaymentRepository(m_db).update(*captured, Captured); !updated)
        return updated.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    Q_EMIT m_events.stateChanged(booking->reference, BookingState::Cancelled, BookingState::Refunded);
    return bookings.find(reference);
}

Status PaymentProcessor::voidOpenAuthorizations(qint64 bookingId)
{
    auto payments = PaymentRepository(m_db).forBooking(bookingId);
    if (!payments)
        return payments.error();
    for (PaymentRecord record : *payments) {
        if (record.status != Authorized)
            continue;
        if (auto voided = m_gateway.voidAuthorization(record.gatewayReference); !voided)
            return voided;
        const QString from = record.status;
        record.status = Voided;
        if (auto updated = PaymentRepository(m_db).update(record, from); !updated)
            return updated;
    }
    return Done{};
}

} // namespace kiosk
