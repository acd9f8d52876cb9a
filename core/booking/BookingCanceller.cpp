#include "BookingCanceller.h"

#include "BookingEvents.h"
#include "RefundProcessor.h"
#include "common/Failpoint.h"
#include "common/Logging.h"
#include "domain/InputLimits.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/RefundRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

Result<RefundQuote> BookingCanceller::quote(const Booking &booking, const std::optional<SeatCode> &passengerSeat,
                                            const CancellationPolicy &policy)
{
    RefundQuote quote;
    for (const Passenger &passenger : booking.passengers) {
        if (passenger.active && (!passengerSeat || passenger.seat == *passengerSeat))
            quote.cancelled << passenger;
    }
    if (quote.cancelled.isEmpty())
        return makeError(ErrorCode::BadInput, passengerSeat ? tr("booking %1 has no passenger in seat %2")
                                                                  .arg(booking.reference, passengerSeat->toString())
                                                            : tr("booking %1 has no seats to cancel")
                                                                  .arg(booking.reference));
    auto flight = FlightRepository(m_db).find(FlightRef::byId(booking.flightId));
    if (!flight)
        return flight.error();
    auto now = m_db.serverNow(); // rule 4: the notice is measured by the server's clock
    if (!now)
        return now.error();
    quote.secondsBeforeDeparture = now->secsTo(flight->departureUtc);
    const Cabin cabin = quote.cancelled.first().cabin;
    quote.percent = policy.percentFor(cabin, quote.secondsBeforeDeparture);
    quote.policy = policy.describe(cabin);
    // The policy's percentage is of what the traveller paid for the seat: a voucher that took
    // 20 % off the booking takes 20 % off each seat's share of the refund too.
    const qint64 paid = booking.captured.minorUnits();
    const qint64 price = booking.total.minorUnits();
    qint64 amount = 0;
    for (const Passenger &passenger : std::as_const(quote.cancelled)) {
        const Money share = paid < price && price > 0
                                ? Money(passenger.price.minorUnits() * paid / price, passenger.price.currency())
                                : passenger.price;
        amount += CancellationPolicy::refundOf(share, policy.percentFor(passenger.cabin, quote.secondsBeforeDeparture))
                      .minorUnits();
    }
    const QString currency = booking.total.currency();
    quote.refundable = Money(booking.captured.minorUnits() - booking.refunded.minorUnits(), currency);
    quote.policyAmount = Money(qMin(amount, quote.refundable.minorUnits()), currency);
    return quote;
}

QFuture<Result<CancellationOutcome>> BookingCanceller::cancel(const Booking &requested, const CancellationRequest &request,
                                                             const CancellationPolicy &policy, const Actor &actor)
{
    using Outcome = Result<CancellationOutcome>;
    const auto ready = [](Outcome value) { return QtFuture::makeReadyFuture(std::move(value)); };
    for (const QString *text : {&request.reason, &request.overrideReason}) {
        if (auto tooLong = InputLimits::check(*text, InputLimits::Reason, QStringLiteral("the reason")); !tooLong)
            return ready(tooLong.error());
    }
    BookingRepository bookings(m_db);
    auto decided = [&]() -> Result<Decision> {
        // Read and locked inside the transaction: two agents cancelling the last two
        // passengers (or one passenger and the whole booking) at once are served one after
        // the other, each on the booking as the other left it.
        if (auto locked = bookings.lock(requested.id); !locked)
            return locked.error();
        auto booking = bookings.findById(requested.id);
        if (!booking)
            return booking.error();
        return decide(*booking, request, policy, actor);
    };

    Decision decision;
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return ready(transaction.error());
        auto made = decided();
        if (!made)
            return ready(made.error());
        decision = *made;
        const Booking &booking = decision.booking;
        const Passenger &first = decision.outcome.quote.cancelled.first();
        const QString what = QStringLiteral("%1; refund %2 (%3)")
                                 .arg(decision.reason, decision.amount.toString(), decision.refundWhy);
        const Status done = decision.whole
            ? bookings.transition(booking.id, BookingState::Confirmed, BookingState::Cancelled, actor, what)
            : bookings.releaseLine(booking.id, first.lineId);
        if (!done)
            return ready(done.error());
        if (!decision.whole) {
            if (auto noted = bookings.note(booking.id, BookingState::Confirmed, actor,
                                           QStringLiteral("passenger %1 (%2) cancelled: %3")
                                               .arg(first.name, first.seat.toString(), what));
                !noted)
                return ready(noted.error());
        }
        // The refund is checked and written in the transaction that releases the seats: a
        // crash after the commit leaves a PENDING refund the reconciler pays, never a
        // cancelled booking whose money nobody owes back.
        if (decision.refund) {
            if (auto reserved = m_refunds.reserve(*decision.refund); !reserved)
                return ready(reserved.error());
        }
        if (auto committed = transaction->commit(); !committed)
            return ready(committed.error());
    }
    const Booking &booking = decision.booking;
    const Passenger &first = decision.outcome.quote.cancelled.first();
    if (decision.whole)
        Q_EMIT m_events.stateChanged(booking.reference, BookingState::Confirmed, BookingState::Cancelled);
    qCInfo(lcBooking) << "cancelled" << (decision.whole ? QStringLiteral("booking") : first.seat.toString())
                      << booking.reference << "refund" << decision.amount.toString();
    Failpoint::hit("after-cancel-before-refund");

    auto cancelled = bookings.findById(booking.id);
    if (!cancelled)
        return ready(cancelled.error());
    CancellationOutcome outcome = decision.outcome;
    outcome.booking = *cancelled;
    outcome.refunded = Money(0, decision.amount.currency());
    if (!decision.refund)
        return ready(outcome); // nothing to pay back: a whole booking stays CANCELLED
    const Money amount = decision.amount;
    return m_refunds.send(*decision.refund, booking.reference, actor)
        .then(&m_context, [outcome, amount](const Result<Booking> &paid) mutable -> Outcome {
            if (!paid)
                return makeError(paid.error().code, QStringLiteral("the seats were released but the refund of %1 did not "
                                                                   "go through: %2")
                                                        .arg(amount.toString(), paid.error().message));
            outcome.booking = *paid;
            outcome.refunded = amount;
            return outcome;
        });
}

Result<BookingCanceller::Decision> BookingCanceller::decide(const Booking &booking, const CancellationRequest &request,
                                                           const CancellationPolicy &policy, const Actor &actor)
{
    if (booking.state != BookingState::Confirmed)
        return makeError(ErrorCode::WrongState, tr("booking %1 is %2; only a confirmed booking is cancelled "
                                                   "with a refund")
                                                    .arg(booking.reference, bookingStateName(booking.state)));
    auto quote = this->quote(booking, request.passengerSeat, policy);
    if (!quote)
        return quote.error();
    Decision decision;
    decision.booking = booking;
    decision.outcome.quote = *quote;
    decision.amount = quote->policyAmount;
    decision.refundWhy = QStringLiteral("%1 % by policy, %2 h before departure")
                             .arg(quote->percent)
                             .arg(quote->secondsBeforeDeparture / 3600);
    if (request.overrideRefundMinor) {
        if (*request.overrideRefundMinor < 0 || *request.overrideRefundMinor > quote->refundable.minorUnits())
            return makeError(ErrorCode::BadInput, tr("the refund must be between %1 and %2")
                                                      .arg(Money(0, decision.amount.currency()).toString(),
                                                           quote->refundable.toString()));
        decision.amount = Money(*request.overrideRefundMinor, decision.amount.currency());
        decision.refundWhy = QStringLiteral("supervisor override by %1 (policy: %2): %3")
                                 .arg(actor.name, quote->policyAmount.toString(), request.overrideReason.trimmed());
        decision.outcome.overridden = true;
    }
    const int activeSeats = int(std::count_if(booking.passengers.cbegin(), booking.passengers.cend(),
                                              [](const Passenger &p) { return p.active; }));
    decision.whole = quote->cancelled.size() == activeSeats; // the last passenger cancels the booking
    decision.reason = request.reason.trimmed().isEmpty() ? QStringLiteral("cancelled") : request.reason.trimmed();
    if (decision.amount.minorUnits() > 0) {
        auto prepared = prepareRefund(booking, decision.amount, decision.whole, quote->cancelled.first(),
                                      decision.refundWhy);
        if (!prepared)
            return prepared.error();
        decision.refund = *prepared;
    }
    return decision;
}

Result<Booking> BookingCanceller::cancelUnpaid(const Booking &booking, const QString &reason, const Actor &actor)
{
    const BookingState from = booking.state;
    if (from == BookingState::Confirmed) // money was taken: the cancellation must write what it owes
        return makeError(ErrorCode::WrongState,
                         tr("booking %1 is confirmed and paid; cancel it with its refund (by the "
                            "cancellation policy, or a supervisor's amount) so that what is owed back "
                            "is recorded")
                             .arg(booking.reference));
    if (!BookingTransitions::isAllowed(from, BookingState::Cancelled))
        return makeError(ErrorCode::WrongState, tr("booking %1 is %2 and cannot be cancelled")
                                                    .arg(booking.reference, bookingStateName(from)));
    BookingRepository bookings(m_db);
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        const QString why = reason.isEmpty() ? QStringLiteral("cancelled") : reason;
        if (auto moved = bookings.transition(booking.id, from, BookingState::Cancelled, actor, why); !moved)
            return moved.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    // A payment in flight is settled by the terminal running it (the guarded confirm fails,
    // it voids) or, if that terminal is gone, by the reconciler after the attempt's deadline.
    Q_EMIT m_events.stateChanged(booking.reference, from, BookingState::Cancelled);
    return bookings.find(booking.reference);
}

Result<RefundRecord> BookingCanceller::prepareRefund(Booking booking, const Money &amount, bool whole,
                                                     const Passenger &first, const QString &why)
{
    RefundRequest request;
    request.booking = booking.reference;
    request.amount = amount;
    auto payments = PaymentRepository(m_db).forBooking(booking.id);
    if (!payments)
        return payments.error();
    for (const PaymentRecord &payment : std::as_const(*payments)) {
        if (payment.capturedMinor > 0)
            request.idempotencyKey = payment.idempotencyKey
                + (whole ? QStringLiteral("-cancel") : QStringLiteral("-line%1").arg(first.lineId));
    }
    request.reason = whole ? why : QStringLiteral("for %1 (%2): %3").arg(first.name, first.seat.toString(), why);
    request.passengerOnly = !whole;
    if (whole)
        booking.state = BookingState::Cancelled; // as it will be when the refund is written
    bool replay = false;
    auto refund = m_refunds.prepare(booking, request, &replay);
    if (refund && replay)
        return makeError(ErrorCode::WrongState,
                         tr("refund %1 was paid already").arg(request.idempotencyKey));
    return refund;
}

} // namespace kiosk
