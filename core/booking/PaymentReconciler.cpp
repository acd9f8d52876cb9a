#include "PaymentReconciler.h"

#include "RefundProcessor.h"
#include "common/Logging.h"
#include "payment/PaymentGateway.h"
#include "storage/BookingRepository.h"
#include "storage/RefundRepository.h"

#include <QPromise>

#include <memory>

namespace kiosk {

namespace {
constexpr int BatchSize = 200;

template <typename T>
QFuture<Result<T>> ready(Result<T> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// One reconcile run: the attempts and refunds to settle, one after another.
struct Run {
    QList<PaymentRecord> attempts;
    QList<RefundRecord> refunds;
    ReconcileReport report;
    QPromise<Result<ReconcileReport>> promise;
};
} // namespace

PaymentReconciler::PaymentReconciler(Database &db, PaymentGateway &gateway, BookingEvents &events,
                                     RefundProcessor &refunds)
    : m_db(db), m_gateway(gateway), m_bookkeeper(db, events), m_refunds(refunds)
{
}

QFuture<Result<ReconcileReport>> PaymentReconciler::run(int refundAgeSeconds, const Actor &actor)
{
    auto attempts = PaymentRepository(m_db).unresolved(BatchSize, m_gateway.name());
    if (!attempts)
        return ready(Result<ReconcileReport>(attempts.error()));
    auto refunds = RefundRepository(m_db).pending(refundAgeSeconds, BatchSize);
    if (!refunds)
        return ready(Result<ReconcileReport>(refunds.error()));

    auto run = std::make_shared<Run>();
    run->attempts = *attempts;
    run->refunds = *refunds;
    run->promise.start();
    QFuture<Result<ReconcileReport>> future = run->promise.future();
    // Sequential on purpose: a slow gateway gets one question at a time from a terminal.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, run, step, by = Settler{Owner::Abandoned, actor}] {
        QFuture<Result<ReconcileAction>> next;
        if (!run->attempts.isEmpty()) {
            next = resolve(run->attempts.takeFirst(), by);
        } else if (!run->refunds.isEmpty()) {
            next = m_refunds.resume(run->refunds.takeFirst(), by.actor);
        } else {
            run->promise.addResult(Result<ReconcileReport>(run->report));
            run->promise.finish();
            *step = nullptr; // breaks the cycle step -> lambda -> step
            return;
        }
        next.then(&m_context, [run, step](const Result<ReconcileAction> &action) {
            if (action)
                run->report.actions << *action;
            else
                qCWarning(lcPayment) << "reconcile:" << action.error().message;
            (*step)();
        });
    };
    (*step)();
    return future;
}

ReconcileAction PaymentReconciler::left(const PaymentRecord &attempt, const QString &why)
{
    auto booking = BookingRepository(m_db).findById(attempt.bookingId);
    return {booking ? booking->reference : QString(), attempt.idempotencyKey, ReconcileOutcome::Left,
            booking ? bookingStateName(booking->state) : QString(), why};
}

QFuture<Result<ReconcileAction>> PaymentReconciler::resolve(const PaymentRecord &known, const Settler &by)
{
    // What the database says now, not what the caller last heard: a COMMIT whose reply was
    // lost may have confirmed the booking after all.
    auto attempt = PaymentRepository(m_db).find(known.id);
    if (!attempt)
        return ready(Result<ReconcileAction>(left(known, attempt.error().message)));
    if (attempt->status != PaymentStatus::Pending && attempt->status != PaymentStatus::Authorized)
        return ready(Result<ReconcileAction>(settledAlready(*attempt)));
    if (!attempt->gateway.isEmpty() && attempt->gateway != m_gateway.name())
        return ready(Result<ReconcileAction>(
            left(*attempt, QStringLiteral("the attempt belongs to the gateway %1, not %2; reconcile it with that gateway")
                               .arg(attempt->gateway, m_gateway.name()))));
    auto booking = BookingRepository(m_db).findById(attempt->bookingId);
    if (!booking)
        return ready(Result<ReconcileAction>(booking.error()));
    if (attempt->status == PaymentStatus::Authorized && booking->state == BookingState::Confirmed)
        return capture(*attempt, by);
    return m_gateway.lookup(attempt->idempotencyKey)
        .then(&m_context,
              [this, attempt = *attempt, by](const Result<std::optional<GatewayCharge>> &charge) {
                  return undo(attempt, by, charge);
              })
        .unwrap();
}

ReconcileAction PaymentReconciler::settledAlready(const PaymentRecord &attempt)
{
    auto booking = BookingRepository(m_db).findById(attempt.bookingId);
    return {booking ? booking->reference : QString(), attempt.idempotencyKey, reconcileOutcomeOf(attempt.status),
            booking ? bookingStateName(booking->state) : QString(), QStringLiteral("settled already")};
}

// A CONFIRMED booking keeps its seats: its authorization is captured (capturing twice is a
// no-op under the same key). When the capture is not confirmed, the gateway is asked what
// it holds: nothing is ever recorded as voided that the gateway may have captured.
QFuture<Result<ReconcileAction>> PaymentReconciler::capture(PaymentRecord attempt, const Settler &by)
{
    return m_gateway.capture(attempt.gatewayReference, attempt.amount, attempt.idempotencyKey + QStringLiteral("-capture"))
        .then(&m_context, [this, attempt, by](const Status &captured) mutable {
            if (captured) {
                const PaymentStatus from = attempt.status;
                attempt.status = PaymentStatus::Captured;
                attempt.capturedMinor = attempt.amount.minorUnits();
                return ready(finish(attempt, from, by, ReconcileOutcome::Captured, QStringLiteral("payment captured")));
            }
            const QString why = captured.error().message;
            return m_gateway.lookup(attempt.idempotencyKey)
                .then(&m_context, [this, attempt, by, why](const Result<std::optional<GatewayCharge>> &charge) {
                    return afterFailedCapture(attempt, by, why, charge);
                });
        })
        .unwrap();
}

Result<ReconcileAction> PaymentReconciler::afterFailedCapture(PaymentRecord attempt, const Settler &by, const QString &why,
                                                              const Result<std::optional<GatewayCharge>> &charge)
{
    if (!charge)
        return left(attempt, why);
    const PaymentStatus from = attempt.status;
    const std::optional<GatewayCharge> &found = *charge;
    if (found && found->status == GatewayCharge::Status::Captured && found->amount == attempt.amount
        && found->capturedMinor == attempt.amount.minorUnits()) {
        attempt.status = PaymentStatus::Captured;
        attempt.capturedMinor = found->capturedMinor;
        return finish(attempt, from, by, ReconcileOutcome::Captured, QStringLiteral("payment captured"));
    }
    const bool gone = found ? (found->status == GatewayCharge::Status::Voided || found->status == GatewayCharge::Status::Declined)
                            : by.owner == Owner::Abandoned;
    if (!gone)
        return left(attempt, why); // still authorized, or not visible yet: asked again next run
    attempt.status = found ? PaymentStatus::Voided : PaymentStatus::Declined;
    attempt.declineReason = why;
    return finish(attempt, from, by, reconcileOutcomeOf(attempt.status),
                  QStringLiteral("the gateway holds no money for this attempt (%1); booking cancelled").arg(why));
}

// Anything else goes back: no charge is recorded as such, an open authorization is voided,
// a capture nobody can stand behind is refunded. Nothing found is believed only once the
// attempt's deadline has passed: a gateway may list a charge late.
QFuture<Result<ReconcileAction>> PaymentReconciler::undo(PaymentRecord attempt, const Settler &by,
                                                         const Result<std::optional<GatewayCharge>> &charge)
{
    if (!charge)
        return ready(Result<ReconcileAction>(left(attempt, charge.error().message)));
    const PaymentStatus from = attempt.status;
    const std::optional<GatewayCharge> &found = *charge;
    if (!found && by.owner == Owner::ThisTerminal)
        return ready(Result<ReconcileAction>(
            left(attempt, QStringLiteral("the gateway does not list the attempt yet; it is asked again after the "
                                         "attempt's deadline"))));
    if (!found || found->status == GatewayCharge::Status::Declined || found->status == GatewayCharge::Status::Voided) {
        const bool voided = found && found->status == GatewayCharge::Status::Voided;
        attempt.status = voided ? PaymentStatus::Voided : PaymentStatus::Declined;
        if (attempt.declineReason.isEmpty())
            attempt.declineReason = QStringLiteral("no charge at the gateway");
        return ready(finish(attempt, from, by, voided ? ReconcileOutcome::Voided : ReconcileOutcome::Declined,
                            QStringLiteral("the gateway holds no money for this attempt")));
    }
    attempt.gatewayReference = found->reference;
    if (found->status == GatewayCharge::Status::Authorized) {
        return m_gateway.voidAuthorization(found->reference, attempt.idempotencyKey + QStringLiteral("-void"))
            .then(&m_context, [this, attempt, from, by](const Status &voided) mutable -> Result<ReconcileAction> {
                if (!voided)
                    return left(attempt, voided.error().message);
                attempt.status = PaymentStatus::Voided;
                return finish(attempt, from, by, ReconcileOutcome::Voided, QStringLiteral("authorization voided"));
            });
    }
    const Money remaining(found->capturedMinor - found->refundedMinor, attempt.amount.currency());
    auto refunded = remaining.minorUnits() > 0
        ? m_gateway.refund(found->reference, remaining, attempt.idempotencyKey + QStringLiteral("-refund-all"))
        : QtFuture::makeReadyFuture(Status(Done{}));
    const qint64 captured = found->capturedMinor;
    return refunded.then(&m_context, [this, attempt, from, by, captured](const Status &done) mutable
                         -> Result<ReconcileAction> {
        if (!done)
            return left(attempt, done.error().message);
        attempt.status = PaymentStatus::Refunded;
        attempt.capturedMinor = captured;
        attempt.refundedMinor = captured;
        return finish(attempt, from, by, ReconcileOutcome::Refunded, QStringLiteral("capture refunded in full"));
    });
}

Result<ReconcileAction> PaymentReconciler::finish(PaymentRecord attempt, PaymentStatus fromStatus, const Settler &by,
                                                  ReconcileOutcome outcome, const QString &detail)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.findById(attempt.bookingId);
    if (!booking)
        return booking.error();
    std::optional<BookingMove> move;
    const bool paid = attempt.status == PaymentStatus::Captured;
    if (!paid && (booking->state == BookingState::PaymentPending || booking->state == BookingState::Confirmed)) {
        const bool backToHold = by.owner == Owner::ThisTerminal && booking->state == BookingState::PaymentPending;
        move = BookingMove{booking->reference, booking->state,
                           backToHold ? BookingState::SeatHeld : BookingState::Cancelled,
                           QStringLiteral("payment reconciled: %1").arg(detail)};
    }
    const auto deadline = by.owner == Owner::Abandoned ? PaymentRepository::Deadline::Passed
                                                    : PaymentRepository::Deadline::Ignore;
    if (auto recorded = m_bookkeeper.record(attempt, fromStatus, deadline, move, by.actor); !recorded)
        return recorded.error();
    qCInfo(lcPayment) << "reconciled" << attempt.idempotencyKey << ':' << reconcileOutcomeName(outcome);
    auto after = bookings.findById(attempt.bookingId);
    return ReconcileAction{booking->reference, attempt.idempotencyKey, outcome,
                           bookingStateName(after ? after->state : booking->state), detail};
}

} // namespace kiosk
