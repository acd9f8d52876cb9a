#include "PaymentProcessor.h"

#include "BookingEvents.h"
#include "PaymentReconciler.h"
#include "VoucherRedeemer.h"
#include "common/Failpoint.h"
#include "common/Logging.h"
#include "payment/PaymentGateway.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/HoldLimitRepository.h"
#include "storage/PaymentFunctions.h"
#include "storage/Transaction.h"

#include <QThread>

namespace kiosk {

namespace {
QFuture<Result<Booking>> ready(Result<Booking> value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// The gateway's answer, continued on the context's thread. An answer already there (the mock
// gateway, a terminal that answered at once) is continued at once, as Qt's continuation would
// do on this thread, but without its machinery: a future, a std::function, a slot object and
// an unwrap per step were about a fifth of a sale's client instructions (docs/benchmarks.md).
template <typename T, typename Next>
QFuture<Result<Booking>> continueWith(QFuture<T> answer, QObject *context, Next next)
{
    if (answer.isFinished() && !answer.isCanceled() && context->thread() == QThread::currentThread())
        return next(answer.result());
    return answer.then(context, std::move(next)).unwrap();
}

// A voucher's refusal at the payment: the traveller decides what to do next.
Error nothingCharged(Error error)
{
    if (error.code == ErrorCode::VoucherRefused)
        error.message += QStringLiteral(". Nothing was charged: pay without the voucher or with another one.");
    return error;
}
} // namespace

Result<PaymentProcessor::Attempt> PaymentProcessor::begin(const QString &reference, const CardDetails &card,
                                                          const Actor &actor, CardSummary *summary,
                                                          const std::optional<OwnBookingsOnly> &ownOnly,
                                                          const QString &voucherCode)
{
    // A payment with a voucher runs these statements on PostgreSQL too: the voucher's use is
    // taken in the same transaction as the attempt (kiosk_payment_begin knows no vouchers).
    if (m_db.dialect().isPostgres() && voucherCode.isEmpty())
        return beginInOneCall(reference, card, actor, summary, ownOnly);
    BookingRepository bookings(m_db);
    auto booking = ownOnly ? bookings.findByReference(reference) : bookings.find(reference);
    if (ownOnly && ((!booking && booking.error().code == ErrorCode::NotFound)
                    || (booking && !booking->madeBy(ownOnly->terminal, ownOnly->actor))))
        return ownOnly->refuse();
    if (!booking)
        return booking.error();
    if (booking->state != BookingState::SeatHeld)
        return notPayable(booking->reference, booking->state);
    auto checked = validCard(card, summary);
    if (!checked)
        return checked.error();
    VoucherRedeemer redeemer(m_db, actor);
    std::optional<Voucher> voucher;
    std::optional<VoucherQuote> discounted;
    if (!voucherCode.isEmpty()) {
        auto found = redeemer.find(voucherCode);
        if (!found)
            return nothingCharged(found.error());
        auto now = m_db.serverNow();
        if (!now)
            return now.error();
        auto quote = VoucherRedeemer::quote(*found, *booking, *now);
        if (!quote)
            return nothingCharged(quote.error());
        voucher = *found;
        discounted = *quote;
    }

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto lapsed = bookings.holdLapsed(booking->id);
    if (!lapsed)
        return lapsed.error();
    if (*lapsed) {
        if (auto expired = bookings.transition(booking->id, BookingState::SeatHeld, BookingState::Expired, actor,
                                               QStringLiteral("hold deadline passed before payment"));
            !expired)
            return expired.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
        return holdRanOut(booking->reference, booking->holdDeadlineUtc);
    }
    if (auto moved = bookings.transition(booking->id, BookingState::SeatHeld, BookingState::PaymentPending, actor,
                                         summary->last4.isEmpty()
                                             ? QStringLiteral("payment submitted (card terminal)")
                                             : QStringLiteral("payment submitted (%1 ending %2)").arg(summary->brand, summary->last4));
        !moved)
        return moved.error();
    PaymentRepository payments(m_db);
    auto attempts = payments.attemptCount(booking->id);
    if (!attempts)
        return attempts.error();
    const QString key = QStringLiteral("%1-pay-%2").arg(booking->reference).arg(*attempts + 1);
    const Money amount = discounted ? discounted->toPay : booking->total;
    auto id = payments.insertPending(booking->id, key, amount, summary->brand, summary->last4, m_attemptSeconds,
                                     m_gateway.name());
    if (!id)
        return id.error();
    if (voucher) {
        if (auto redeemed = redeemer.redeem(*voucher, *discounted, *booking, *id); !redeemed)
            return nothingCharged(redeemed.error()); // rolled back: the booking stays SEAT_HELD
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return started(booking->reference, booking->id, *id, key, amount, *summary, actor);
}

// The same steps in one call of kiosk_payment_begin (migration 0012); the card is checked
// first, so a bad card changes nothing there either.
Result<PaymentProcessor::Attempt> PaymentProcessor::beginInOneCall(const QString &reference, const CardDetails &card,
                                                                   const Actor &actor, CardSummary *summary,
                                                                   const std::optional<OwnBookingsOnly> &ownOnly)
{
    auto checked = validCard(card, summary);
    if (!checked)
        return checked.error();
    QString canonical = reference.trimmed().toUpper();
    std::optional<BookingOwner> owner;
    if (ownOnly)
        owner = BookingOwner{ownOnly->terminal, ownOnly->actor};
    auto start = PaymentFunctions(m_db).begin(canonical, owner, summary->brand, summary->last4, m_attemptSeconds,
                                              m_gateway.name(), actor);
    if (start && start->outcome == PaymentStart::Outcome::NoBooking && ownOnly)
        return ownOnly->refuse();
    if (start && start->outcome == PaymentStart::Outcome::NoBooking) {
        // Not a reference: the words of a lookup by reference or id, or the booking it names.
        auto booking = BookingRepository(m_db).find(reference);
        if (!booking)
            return booking.error();
        canonical = booking->reference;
        start = PaymentFunctions(m_db).begin(canonical, std::nullopt, summary->brand, summary->last4, m_attemptSeconds,
                                             m_gateway.name(), actor);
    }
    if (!start)
        return start.error();
    switch (start->outcome) {
    case PaymentStart::Outcome::Pending:
        return started(canonical, start->bookingId, start->paymentId, start->paymentKey, start->total, *summary, actor);
    case PaymentStart::Outcome::Expired:
        return holdRanOut(canonical, start->holdDeadlineUtc);
    case PaymentStart::Outcome::WrongState:
        return notPayable(canonical, start->state);
    case PaymentStart::Outcome::NoBooking:
        break;
    }
    return makeError(ErrorCode::NotFound, tr("no booking with reference %1").arg(canonical));
}

Result<CardSummary> PaymentProcessor::validCard(const CardDetails &card, CardSummary *summary)
{
    // The server's date (rule 4) decides whether the card has expired; a clock read with the
    // hold, or any answer of the last hour, gives it without a round trip (clocks drift by
    // seconds an hour, a card expires at the end of a month).
    if (m_gateway.readsCards()) {
        // The card terminal reads the card: its brand and last four arrive with its answer.
        if (!card.number.isEmpty() || !card.cvc.isEmpty())
            return makeError(ErrorCode::BadInput,
                             tr("this kiosk takes cards on its card terminal; a card number is never typed here"));
        *summary = CardSummary{};
        return *summary;
    }
    auto today = m_db.recentServerNow(ClockSampleMaxAgeMs);
    if (!today)
        return today.error();
    auto checked = CardValidator::validate(card, today->date());
    if (checked)
        *summary = *checked;
    return checked;
}

Error PaymentProcessor::notPayable(const QString &reference, BookingState state)
{
    const ErrorCode code = state == BookingState::Expired ? ErrorCode::HoldExpired : ErrorCode::WrongState;
    return makeError(code, QStringLiteral("booking %1 is %2; only a booking with held seats can be paid")
                               .arg(reference, bookingStateName(state)));
}

Error PaymentProcessor::holdRanOut(const QString &reference, const QDateTime &deadline)
{
    Q_EMIT m_events.stateChanged(reference, BookingState::SeatHeld, BookingState::Expired);
    return makeError(ErrorCode::HoldExpired,
                     tr("the hold on booking %1 ran out at %2 UTC; the seats were released and "
                        "nothing was charged")
                         .arg(reference, deadline.toString(Qt::ISODate)));
}

PaymentProcessor::Attempt PaymentProcessor::started(const QString &reference, qint64 bookingId, qint64 paymentId,
                                                    const QString &key, const Money &amount,
                                                    const CardSummary &summary, const Actor &actor)
{
    Attempt attempt;
    attempt.reference = reference;
    attempt.actor = actor;
    PaymentRecord &record = attempt.payment;
    record.id = paymentId;
    record.bookingId = bookingId;
    record.idempotencyKey = key;
    record.amount = amount;
    record.cardBrand = summary.brand;
    record.cardLast4 = summary.last4;
    record.status = PaymentStatus::Pending;
    record.gateway = m_gateway.name();
    Q_EMIT m_events.stateChanged(reference, BookingState::SeatHeld, BookingState::PaymentPending);
    return attempt;
}

QFuture<Result<Booking>> PaymentProcessor::submit(const QString &reference, const CardDetails &card, const Actor &actor,
                                                  const std::optional<OwnBookingsOnly> &ownOnly,
                                                  const QString &voucherCode)
{
    CardSummary summary;
    auto attempt = begin(reference, card, actor, &summary, ownOnly, voucherCode);
    if (!attempt)
        return ready(attempt.error());
    Q_EMIT m_events.paymentProgress(attempt->reference, PaymentStep::Authorizing);
    const AuthorizationRequest request{attempt->payment.idempotencyKey, attempt->payment.amount, card,
                                       attempt->reference};
    // The card itself is not captured below: it leaves memory with this call's frame.
    return continueWith(m_gateway.authorize(request), &m_context,
                        [this, attempt = *attempt](const Result<GatewayDecision> &decision) {
                            return onAnswer(attempt, decision);
                        });
}

QFuture<Result<Booking>> PaymentProcessor::onAnswer(Attempt attempt, const Result<GatewayDecision> &decision)
{
    Failpoint::hit("after-authorize");
    if (!decision && decision.error().code != ErrorCode::GatewayUnavailable) {
        // A definite refusal of the request itself (400, 404): nothing was authorized.
        GatewayDecision refused;
        refused.declineCode = QStringLiteral("gateway_refused");
        refused.declineReason = decision.error().message;
        return ready(decline(attempt, refused));
    }
    if (!decision) {
        // Unknown outcome: maybe authorized, maybe never arrived. Ask, and undo if needed.
        qCWarning(lcPayment) << "no answer to" << attempt.payment.idempotencyKey << ':' << decision.error().message;
        return settleNow(attempt, QStringLiteral("The payment service did not answer (%1).").arg(decision.error().message));
    }
    recordTerminalCard(attempt, decision->card);
    if (!decision->approved)
        return ready(decline(attempt, *decision));

    Q_EMIT m_events.paymentProgress(attempt.reference, PaymentStep::Confirming);
    attempt.payment.gatewayReference = decision->reference;
    attempt.payment.status = PaymentStatus::Authorized;
    // The audit names the card (a terminal's is known only from its answer, rule 6: never more).
    const BookingMove confirm{attempt.reference, BookingState::PaymentPending, BookingState::Confirmed,
                              attempt.payment.cardLast4.isEmpty()
                                  ? QStringLiteral("payment authorized")
                                  : QStringLiteral("payment authorized (%1 ending %2)")
                                        .arg(attempt.payment.cardBrand, attempt.payment.cardLast4)};
    Status settled = m_bookkeeper.record(attempt.payment, PaymentStatus::Pending, PaymentRepository::Deadline::NotPassed,
                                         confirm, attempt.actor);
    if (settled && Failpoint::injects("confirm-reply-lost"))
        settled = makeError(ErrorCode::DatabaseUnavailable, tr("the reply to COMMIT was lost (injected fault)"));
    if (!settled) {
        // Cancelled meanwhile, the attempt ran out of time, or the reply to COMMIT was lost:
        // the reconciler re-reads the attempt from the database and decides on what it says.
        return settleNow(attempt, QStringLiteral("The booking could not be confirmed (%1).").arg(settled.error().message));
    }
    Failpoint::hit("after-confirm-before-capture");
    Q_EMIT m_events.paymentProgress(attempt.reference, PaymentStep::Capturing);
    return continueWith(m_gateway.capture(attempt.payment.gatewayReference, attempt.payment.amount,
                                          attempt.payment.idempotencyKey + QStringLiteral("-capture")),
                        &m_context, [this, attempt](const Status &captured) { return onCaptured(attempt, captured); });
}

void PaymentProcessor::recordTerminalCard(Attempt &attempt, const CardSummary &card)
{
    if (card.last4.isEmpty() || !attempt.payment.cardLast4.isEmpty())
        return;
    if (auto recorded = PaymentRepository(m_db).recordCard(attempt.payment.id, card.brand, card.last4); !recorded) {
        qCWarning(lcPayment) << "could not record the card of" << attempt.payment.idempotencyKey << ':'
                             << recorded.error().message;
        return;
    }
    attempt.payment.cardBrand = card.brand;
    attempt.payment.cardLast4 = card.last4;
}

Result<Booking> PaymentProcessor::decline(Attempt attempt, const GatewayDecision &decision)
{
    attempt.payment.status = PaymentStatus::Declined;
    attempt.payment.declineReason = decision.declineReason;
    const BookingMove back{attempt.reference, BookingState::PaymentPending, BookingState::SeatHeld,
                           QStringLiteral("payment declined: %1").arg(decision.declineCode)};
    QStringList details{decision.declineCode, decision.declineReason};
    if (auto settled = m_bookkeeper.record(attempt.payment, PaymentStatus::Pending, PaymentRepository::Deadline::Ignore,
                                           back, attempt.actor);
        !settled) {
        qCWarning(lcPayment) << "decline of" << attempt.payment.idempotencyKey << "was settled elsewhere:"
                             << settled.error().message;
    } else if (auto extended = extendAfterDecline(attempt)) {
        details << QStringLiteral("hold_extended") << extended->toString(Qt::ISODate);
        return makeError(ErrorCode::PaymentDeclined,
                         tr("Payment declined: %1 Your seats are now held until %2 UTC so you can try "
                            "another card.")
                             .arg(decision.declineReason, extended->toString(QStringLiteral("HH:mm:ss"))),
                         details);
    }
    return makeError(ErrorCode::PaymentDeclined,
                     tr("Payment declined: %1 You can try another card while the seats are held.")
                         .arg(decision.declineReason),
                     details);
}

// Once per booking, so a traveller trying another card does not lose the seats while typing
// it (the role's decline extension, hold_limits). Without it the hold simply keeps its deadline.
std::optional<QDateTime> PaymentProcessor::extendAfterDecline(const Attempt &attempt)
{
    auto extended = HoldLimitRepository(m_db).extendAfterDecline(attempt.payment.bookingId, attempt.actor.role);
    if (!extended) {
        qCWarning(lcPayment) << "could not extend the hold of" << attempt.reference << "after a decline:"
                             << extended.error().message;
        return std::nullopt;
    }
    if (*extended)
        qCInfo(lcPayment) << "hold of" << attempt.reference << "extended to" << **extended << "after a decline";
    return *extended;
}

QFuture<Result<Booking>> PaymentProcessor::onCaptured(Attempt attempt, const Status &captured)
{
    Failpoint::hit("after-capture");
    if (!captured) {
        qCWarning(lcPayment) << "capture of" << attempt.payment.idempotencyKey << "failed:" << captured.error().message;
        return settleNow(attempt, QStringLiteral("The payment could not be taken (%1).").arg(captured.error().message));
    }
    attempt.payment.status = PaymentStatus::Captured;
    attempt.payment.capturedMinor = attempt.payment.amount.minorUnits();
    // The capture recorded and the confirmed booking read in one call: the sale's answer.
    auto recorded = PaymentRepository(m_db).updateAndRead(attempt.payment, PaymentStatus::Authorized);
    if (recorded && !recorded->recorded)
        qCInfo(lcPayment) << "capture of" << attempt.payment.idempotencyKey << "was recorded elsewhere";
    if (!recorded)
        return ready(recorded.error());
    qCInfo(lcPayment, "booking %s confirmed and paid", qUtf8Printable(attempt.reference)); // printf: cheaper than QDebug
    return ready(std::move(recorded->booking));
}

QFuture<Result<Booking>> PaymentProcessor::settleNow(const Attempt &attempt, const QString &message)
{
    Q_EMIT m_events.paymentProgress(attempt.reference, PaymentStep::Checking);
    return m_reconciler.resolve(attempt.payment, {PaymentReconciler::Owner::ThisTerminal, attempt.actor})
        .then(&m_context, [this, attempt, message](const Result<ReconcileAction> &action) -> Result<Booking> {
            auto booking = BookingRepository(m_db).find(attempt.reference);
            if (booking && booking->state == BookingState::Confirmed)
                return booking; // confirmed: the capture went through now or the reconciler retries it
            // "Nothing was charged" only when the database says so, re-read after the answer.
            auto payment = PaymentRepository(m_db).find(attempt.payment.id);
            const bool nothingTaken = action && payment
                && (payment->status == PaymentStatus::Declined || payment->status == PaymentStatus::Voided);
            if (!nothingTaken)
                return makeError(ErrorCode::GatewayUnavailable,
                                 tr("%1 The outcome is not known yet and your booking is not confirmed. "
                                    "We will not charge you twice: anything reserved or taken on your card "
                                    "for this attempt is given back automatically.")
                                     .arg(message),
                                 {QStringLiteral("release_pending")});
            const bool canRetry = booking && booking->state == BookingState::SeatHeld;
            return makeError(canRetry ? ErrorCode::GatewayUnavailable : ErrorCode::WrongState,
                             QStringLiteral("%1 Nothing was charged.%2")
                                 .arg(message, canRetry ? QStringLiteral(" You can try again while the seats are held.")
                                                        : QString()),
                             {QStringLiteral("not_charged")});
        });
}

} // namespace kiosk
