#include "RefundProcessor.h"

#include "BookingEvents.h"
#include "common/Failpoint.h"
#include "common/Logging.h"
#include "domain/InputLimits.h"
#include "payment/PaymentGateway.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/PaymentRepository.h"
#include "storage/RefundRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

namespace {
template <typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

Result<PaymentRecord> capturedPayment(Database &db, const Booking &booking)
{
    auto payments = PaymentRepository(db).forBooking(booking.id);
    if (!payments)
        return payments.error();
    for (const PaymentRecord &payment : std::as_const(*payments)) {
        if (payment.capturedMinor > 0)
            return payment;
    }
    return makeError(ErrorCode::WrongState,
                     RefundProcessor::tr("booking %1 has no captured payment; there is nothing to refund").arg(booking.reference));
}
} // namespace

QFuture<Result<Booking>> RefundProcessor::refund(const RefundRequest &request, const Actor &actor)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(request.booking);
    if (!booking)
        return ready(Result<Booking>(booking.error()));
    bool replay = false;
    auto refund = prepare(*booking, request, &replay);
    if (!refund)
        return ready(Result<Booking>(refund.error()));
    if (replay)
        return ready(bookings.find(booking->reference));
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return ready(Result<Booking>(transaction.error()));
        if (auto reserved = reserve(*refund); !reserved)
            return ready(Result<Booking>(reserved.error()));
        if (auto committed = transaction->commit(); !committed)
            return ready(Result<Booking>(committed.error()));
    }
    return send(*refund, booking->reference, actor);
}

QFuture<Result<Booking>> RefundProcessor::send(const RefundRecord &refund, const QString &bookingReference,
                                               const Actor &actor)
{
    auto payment = PaymentRepository(m_db).find(refund.paymentId);
    if (!payment)
        return ready(Result<Booking>(payment.error()));
    return ask(refund, *payment, bookingReference, actor)
        .then(&m_context, [this, reference = bookingReference](const Result<ReconcileAction> &action) -> Result<Booking> {
            if (!action)
                return action.error();
            if (action->outcome == ReconcileOutcome::Left)
                return makeError(ErrorCode::GatewayUnavailable,
                                 tr("the payment gateway did not answer (%1); the refund is recorded and "
                                    "will be completed automatically")
                                     .arg(action->detail));
            return BookingRepository(m_db).find(reference);
        });
}

Result<RefundRecord> RefundProcessor::prepare(const Booking &booking, const RefundRequest &request, bool *replay)
{
    if (auto key = InputLimits::check(request.idempotencyKey, InputLimits::IdempotencyKey,
                                      QStringLiteral("the idempotency key"));
        !key)
        return key.error();
    if (auto reason = InputLimits::check(request.reason, InputLimits::Reason, QStringLiteral("the reason")); !reason)
        return reason.error();
    RefundRepository refunds(m_db);
    if (!request.idempotencyKey.isEmpty()) {
        auto earlier = refunds.findByKey(request.idempotencyKey);
        if (!earlier)
            return earlier.error();
        if (*earlier) { // a key names one refund of one booking: never an answer about another
            auto paid = PaymentRepository(m_db).find((*earlier)->paymentId);
            if (!paid)
                return paid.error();
            if (paid->bookingId != booking.id)
                return makeError(ErrorCode::BadInput,
                                 tr("the idempotency key %1 was used for a refund of another booking; "
                                    "use a new key")
                                     .arg(request.idempotencyKey));
        }
        if (*earlier && (*earlier)->status == QLatin1String("DONE")) {
            *replay = true; // the same request again: answered, not paid twice
            return **earlier;
        }
        if (*earlier)
            return makeError(ErrorCode::WrongState, tr("refund %1 is %2; it is not started again")
                                                        .arg(request.idempotencyKey, (*earlier)->status.toLower()));
    }
    if (booking.state == BookingState::Refunded)
        return makeError(ErrorCode::WrongState, tr("booking %1 was already refunded").arg(booking.reference));
    const bool partOfParty = request.passengerOnly && booking.state == BookingState::Confirmed;
    if (booking.state != BookingState::Cancelled && !partOfParty)
        return makeError(ErrorCode::WrongState, tr("booking %1 is %2; cancel it before refunding")
                                                    .arg(booking.reference, bookingStateName(booking.state)));
    auto payment = capturedPayment(m_db, booking);
    if (!payment)
        return payment.error();
    const Money left(payment->capturedMinor - payment->refundedMinor, payment->amount.currency());
    const Money amount = request.amount.value_or(left);
    if (amount.currency() != left.currency())
        return makeError(ErrorCode::BadInput, tr("the refund is in %1 but the payment was in %2")
                                                  .arg(amount.currency(), left.currency()));
    if (amount.minorUnits() <= 0)
        return makeError(ErrorCode::BadInput, tr("a refund must be more than zero"));
    if (amount.minorUnits() > left.minorUnits())
        return makeError(ErrorCode::BadInput, tr("a refund of %1 is more than the %2 left of the payment")
                                                  .arg(amount.toString(), left.toString()));

    RefundRecord refund;
    refund.paymentId = payment->id;
    refund.idempotencyKey = request.idempotencyKey.isEmpty() ? payment->idempotencyKey + QStringLiteral("-refund")
                                                             : request.idempotencyKey;
    refund.amountMinor = amount.minorUnits();
    refund.status = QStringLiteral("PENDING");
    refund.reason = request.reason;
    return refund;
}

Status RefundProcessor::reserve(RefundRecord &refund)
{
    if (auto reserved = PaymentRepository(m_db).reserveRefund(refund.paymentId, refund.amountMinor); !reserved)
        return reserved.error();
    auto id = RefundRepository(m_db).insertPending(refund.paymentId, refund.idempotencyKey, refund.amountMinor,
                                                   refund.reason);
    if (!id) {
        if (id.error().code == ErrorCode::SeatTaken || id.error().code == ErrorCode::WrongState)
            return makeError(ErrorCode::WrongState,
                             tr("refund %1 exists already").arg(refund.idempotencyKey));
        return id.error();
    }
    refund.id = *id;
    return Done{};
}

QFuture<Result<ReconcileAction>> RefundProcessor::resume(const RefundRecord &refund, const Actor &actor)
{
    auto payment = PaymentRepository(m_db).find(refund.paymentId);
    if (!payment)
        return ready(Result<ReconcileAction>(payment.error()));
    auto booking = BookingRepository(m_db).findById(payment->bookingId);
    if (!booking)
        return ready(Result<ReconcileAction>(booking.error()));
    return ask(refund, *payment, booking->reference, actor);
}

QFuture<Result<ReconcileAction>> RefundProcessor::ask(const RefundRecord &refund, const PaymentRecord &payment,
                                                      const QString &bookingReference, const Actor &actor)
{
    const Money amount(refund.amountMinor, payment.amount.currency());
    if (!payment.gateway.isEmpty() && payment.gateway != m_gateway.name()) // stays PENDING for the right gateway
        return ready(Result<ReconcileAction>(
            ReconcileAction{bookingReference, refund.idempotencyKey, ReconcileOutcome::Left, QString(),
                            QStringLiteral("the payment was made through the gateway %1, not %2; the refund is left "
                                           "to a terminal or 'kioskctl reconcile' on that gateway")
                                .arg(payment.gateway, m_gateway.name())}));
    return m_gateway.refund(payment.gatewayReference, amount, refund.idempotencyKey)
        .then(&m_context, [this, refund, bookingReference, actor](const Status &answer) {
            Failpoint::hit("after-refund");
            return settle(refund, bookingReference, answer, actor);
        });
}

Result<ReconcileAction> RefundProcessor::settle(const RefundRecord &refund, const QString &bookingReference,
                                                const Status &answer, const Actor &actor)
{
    ReconcileAction action{bookingReference, refund.idempotencyKey, ReconcileOutcome::Refunded, QString(), QString()};
    if (!answer && answer.error().code == ErrorCode::GatewayUnavailable) {
        action.outcome = ReconcileOutcome::Left;
        action.detail = answer.error().message;
        return action;
    }
    BookingRepository bookings(m_db);
    auto booking = bookings.find(bookingReference);
    if (!booking)
        return booking.error();
    const QString amount = Money(refund.amountMinor, booking->total.currency()).toString(); // "EUR 300.00"
    action.detail = QStringLiteral("refund of %1 paid back").arg(amount);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    const bool paid = answer.ok();
    if (auto settled = RefundRepository(m_db).settle(refund.id, paid ? QStringLiteral("DONE") : QStringLiteral("FAILED"),
                                                    paid ? QString() : answer.error().message);
        !settled)
        return settled.error();
    PaymentRepository payments(m_db);
    const bool moves = paid && booking->state == BookingState::Cancelled;
    if (paid) {
        if (auto marked = payments.markFullyRefunded(refund.paymentId); !marked)
            return marked.error();
        if (moves) {
            if (auto moved = bookings.transition(booking->id, BookingState::Cancelled, BookingState::Refunded, actor,
                                                 QStringLiteral("refunded %1%2")
                                                     .arg(amount)
                                                     .arg(refund.reason.isEmpty() ? QString()
                                                                                  : QStringLiteral(": ") + refund.reason));
                !moved)
                return moved.error();
        }
    } else if (auto released = payments.releaseRefund(refund.paymentId, refund.amountMinor); !released) {
        return released.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    if (moves)
        Q_EMIT m_events.stateChanged(booking->reference, BookingState::Cancelled, BookingState::Refunded);
    if (!paid)
        return makeError(answer.error().code,
                         QStringLiteral("the payment gateway refused the refund: %1").arg(answer.error().message));
    action.bookingState = bookingStateName(moves ? BookingState::Refunded : booking->state);
    return action;
}

} // namespace kiosk
