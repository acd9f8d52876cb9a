#include "BookingService.h"

#include "RefundPolicyAdministration.h"
#include "WaitlistOfferer.h"
#include "common/Logging.h"
#include "domain/InputLimits.h"
#include "storage/BookingRepository.h"
#include "storage/BookingSearchRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/PaymentActivityRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

BookingService::BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds)
    : m_db(db),
      m_actor(std::move(actor)),
      m_holdSeconds(holdSeconds),
      m_holder(db, m_events, m_actor, holdSeconds),
      m_refunds(db, gateway, m_events, m_actor),
      m_reconciler(db, gateway, m_events, m_actor, m_refunds),
      m_payments(db, gateway, m_events, m_actor, m_reconciler),
      m_seatChanger(db, m_events, m_actor, m_holder),
      m_canceller(db, m_events, m_actor, m_refunds, m_policy),
      m_access(db),
      m_waitlist(db, m_actor)
{
    // Seats a booking gives back go to the waitlist at once, whichever operation (or another
    // terminal's lapsed hold this terminal's hold expired) freed them.
    QObject::connect(&m_events, &BookingEvents::stateChanged, &m_events,
                     [this](const QString &reference, BookingState, BookingState to) {
                         if (to == BookingState::Expired || to == BookingState::Cancelled)
                             offerFreedSeats(reference);
                     });
}

void BookingService::offerFreedSeats(const QString &reference)
{
    // The sale that freed them has committed whatever happens here; the dispatcher's sweep
    // makes an offer this could not.
    if (auto offered = WaitlistOfferer(m_db, &m_events).offerAfterRelease({reference}); !offered)
        qCWarning(lcBooking) << "waitlist offers after" << reference << "failed:" << offered.error().message;
}

Status BookingService::require(Permission permission, const QString &target)
{
    return m_access.require(m_actor, permission, target);
}

Result<Booking> BookingService::authorizedBooking(const QString &referenceOrId, Permission permission,
                                                  std::optional<Permission> own)
{
    if (AccessPolicy::allows(m_actor.role, permission))
        return BookingRepository(m_db).find(referenceOrId);
    if (own && AccessPolicy::allows(m_actor.role, *own)) {
        // Only by its reference, which the traveller holds: a numeric id would let a kiosk
        // count through everyone's bookings.
        auto booking = BookingRepository(m_db).findByReference(referenceOrId);
        if (booking && booking->madeBy(m_actor.terminal, m_actor.name))
            return booking;
        // A lost connection is not a refusal: the terminal waits and asks again.
        if (!booking && booking.error().code != ErrorCode::NotFound)
            return booking.error();
    }
    // Refused whether or not the booking exists: a refusal reveals nothing.
    return require(permission, referenceOrId.trimmed().toUpper()).error();
}

Result<Booking> BookingService::hold(const HoldRequest &request)
{
    if (auto allowed = require(Permission::HoldSeats, request.flight.toString()); !allowed)
        return allowed.error();
    // Up to the terminal's standard hold time is for everyone; holding longer for a
    // customer is a desk service.
    if (request.ttlSeconds && *request.ttlSeconds > m_holdSeconds) {
        if (auto allowed = require(Permission::HoldForCustomer, request.flight.toString()); !allowed)
            return allowed.error();
    }
    auto contact = ContactDetails::validate(request.contact.email, request.contact.phone);
    if (!contact)
        return contact.error();
    auto booking = m_holder.hold(request);
    if (!booking || contact->isEmpty())
        return booking;
    // A statement of its own after the hold (PostgreSQL's hold is one function call): should
    // it fail, the hold stands and a retry with the same idempotency key stores it.
    if (auto saved = ContactRepository(m_db).save(booking->id, *contact); !saved)
        return saved.error();
    return booking;
}

QFuture<Result<Booking>> BookingService::submitPayment(const QString &reference, const CardDetails &card,
                                                      const QString &voucherCode)
{
    // A kiosk pays only the bookings it made itself, as it finds and cancels only those;
    // the payment's first transaction checks that, without a read of its own.
    if (AccessPolicy::allows(m_actor.role, Permission::PayAnyBooking))
        return m_payments.submit(reference, card, std::nullopt, voucherCode);
    const QString target = reference.trimmed().toUpper();
    auto refuse = [this, target] { return require(Permission::PayAnyBooking, target).error(); };
    if (!AccessPolicy::allows(m_actor.role, Permission::Pay))
        return QtFuture::makeReadyFuture(Result<Booking>(refuse()));
    return m_payments.submit(reference, card, PaymentProcessor::OwnBookingsOnly{m_actor.terminal, m_actor.name, refuse},
                             voucherCode);
}

Result<VoucherQuote> BookingService::quoteVoucher(const QString &reference, const QString &voucherCode)
{
    auto booking = authorizedBooking(reference, Permission::PayAnyBooking, Permission::Pay);
    if (!booking)
        return booking.error();
    VoucherRedeemer redeemer(m_db, m_actor);
    auto voucher = redeemer.find(voucherCode);
    if (!voucher)
        return voucher.error();
    auto now = m_db.serverNow();
    if (!now)
        return now.error();
    return VoucherRedeemer::quote(*voucher, *booking, *now);
}

QFuture<Result<Booking>> BookingService::refund(const RefundRequest &request)
{
    if (auto allowed = require(Permission::OverrideRefund, request.booking); !allowed)
        return QtFuture::makeReadyFuture(Result<Booking>(allowed.error()));
    return m_refunds.refund(request);
}

Result<RefundQuote> BookingService::quoteCancellation(const CancellationRequest &request)
{
    auto booking = authorizedBooking(request.reference, Permission::RefundWithinPolicy);
    if (!booking)
        return booking.error();
    if (auto loaded = loadCancellationPolicy(); !loaded)
        return loaded.error();
    return m_canceller.quote(*booking, request.passengerSeat);
}

QFuture<Result<CancellationOutcome>> BookingService::cancelWithRefund(const CancellationRequest &request)
{
    using Outcome = Result<CancellationOutcome>;
    auto booking = authorizedBooking(request.reference, Permission::RefundWithinPolicy);
    if (!booking)
        return QtFuture::makeReadyFuture(Outcome(booking.error()));
    if (request.overrideRefundMinor) {
        if (auto allowed = require(Permission::OverrideRefund, booking->reference); !allowed)
            return QtFuture::makeReadyFuture(Outcome(allowed.error()));
        if (request.overrideReason.trimmed().isEmpty())
            return QtFuture::makeReadyFuture(Outcome(makeError(
                ErrorCode::BadInput, QStringLiteral("a refund that overrides the policy needs a reason for the audit trail"))));
    }
    if (auto loaded = loadCancellationPolicy(); !loaded)
        return QtFuture::makeReadyFuture(Outcome(loaded.error()));
    return m_canceller.cancel(*booking, request);
}

Status BookingService::loadCancellationPolicy()
{
    auto policy = RefundPolicyAdministration::load(m_db);
    if (!policy)
        return policy.error();
    m_policy = *policy;
    return Done{};
}

Result<Booking> BookingService::changeSeat(const QString &reference, const SeatCode &from, const SeatCode &to)
{
    auto booking = authorizedBooking(reference, Permission::ChangeSeat);
    if (!booking)
        return booking.error();
    auto changed = m_seatChanger.change(*booking, from, to);
    if (changed)
        offerFreedSeats(changed->reference);
    return changed;
}

QFuture<Result<ReconcileReport>> BookingService::reconcilePayments()
{
    // A refund started less than an attempt's time ago may still be waiting for its answer.
    return m_reconciler.run(m_payments.attemptSeconds());
}

Result<Booking> BookingService::cancel(const QString &reference, const QString &reason)
{
    if (auto tooLong = InputLimits::check(reason, InputLimits::Reason, QStringLiteral("the reason")); !tooLong)
        return tooLong.error();
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    // A lost connection is not a refusal (the terminal reconnects and asks again); whether a
    // booking exists is told only to staff who may cancel any booking.
    if (!booking
        && (booking.error().code != ErrorCode::NotFound || AccessPolicy::allows(m_actor.role, Permission::CancelBookings)))
        return booking.error();
    // A kiosk may cancel only a booking it made itself that was never paid (the traveller
    // walking away); one that already ended is told so below, like anyone's.
    const bool ownUnpaid = booking && booking->state != BookingState::Confirmed
        && booking->madeBy(m_actor.terminal, m_actor.name) && AccessPolicy::allows(m_actor.role, Permission::CancelOwnHold);
    if (!ownUnpaid) {
        if (auto allowed = require(Permission::CancelBookings, booking ? booking->reference : reference.trimmed().toUpper());
            !allowed)
            return allowed.error();
    }
    const BookingState from = booking->state;
    if (from == BookingState::Confirmed) // money was taken: the cancellation must write what it owes
        return makeError(ErrorCode::WrongState,
                         QStringLiteral("booking %1 is confirmed and paid; cancel it with its refund (by the "
                                        "cancellation policy, or a supervisor's amount) so that what is owed back "
                                        "is recorded")
                             .arg(booking->reference));
    if (!BookingTransitions::isAllowed(from, BookingState::Cancelled))
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 is %2 and cannot be cancelled")
                                                    .arg(booking->reference, bookingStateName(from)));
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        const QString why = reason.isEmpty() ? QStringLiteral("cancelled") : reason;
        if (auto moved = bookings.transition(booking->id, from, BookingState::Cancelled, m_actor, why); !moved)
            return moved.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    // A payment in flight is settled by the terminal running it (the guarded confirm fails,
    // it voids) or, if that terminal is gone, by the reconciler after the attempt's deadline.
    Q_EMIT m_events.stateChanged(booking->reference, from, BookingState::Cancelled);
    return bookings.find(booking->reference);
}

Result<ExpiryReport> BookingService::expireDue()
{
    BookingRepository bookings(m_db);
    ExpiryReport report;
    // Batches keep each transaction short; several terminals may run this at once and the
    // guarded update lets exactly one of them expire each hold.
    for (;;) {
        auto due = bookings.lapsedHolds(200);
        if (!due)
            return due.error();
        int expiredNow = 0;
        for (qint64 id : *due) {
            auto transaction = Transaction::begin(m_db);
            if (!transaction)
                return transaction.error();
            auto moved = bookings.transition(id, BookingState::SeatHeld, BookingState::Expired, m_actor,
                                             QStringLiteral("hold deadline passed"));
            if (!moved && moved.error().code == ErrorCode::WrongState)
                continue; // another terminal was faster
            if (!moved)
                return moved.error();
            if (auto committed = transaction->commit(); !committed)
                return committed.error();
            ++expiredNow;
            auto expired = bookings.findById(id);
            if (expired) {
                report.released << expired->reference;
                Q_EMIT m_events.stateChanged(expired->reference, BookingState::SeatHeld, BookingState::Expired);
            }
        }
        if (due->size() < 200 || expiredNow == 0)
            break;
    }
    if (!report.released.isEmpty())
        qCInfo(lcBooking) << "released" << report.released.size() << "lapsed hold(s)";
    return report;
}

Result<Booking> BookingService::find(const QString &referenceOrId)
{
    return authorizedBooking(referenceOrId, Permission::LookUpBookings, Permission::HoldSeats);
}

Result<QList<BookingSummary>> BookingService::search(const BookingQuery &query)
{
    if (auto allowed = require(Permission::LookUpBookings, query.reference); !allowed)
        return allowed.error();
    return BookingSearchRepository(m_db).search(query);
}

Result<QList<AuditEntry>> BookingService::history(const QString &referenceOrId)
{
    auto booking = find(referenceOrId);
    if (!booking)
        return booking.error();
    return BookingRepository(m_db).history(booking->id);
}

Result<ContactDetails> BookingService::contact(const QString &referenceOrId)
{
    auto booking = find(referenceOrId);
    if (!booking)
        return booking.error();
    return ContactRepository(m_db).find(booking->id);
}

Result<QList<PaymentActivity>> BookingService::payments(const QString &referenceOrId)
{
    auto booking = authorizedBooking(referenceOrId, Permission::LookUpBookings);
    if (!booking)
        return booking.error();
    return PaymentActivityRepository(m_db).forBooking(booking->id);
}

Result<std::optional<QDateTime>> BookingService::nextHoldDeadline()
{
    return BookingRepository(m_db).nextHoldDeadline();
}

Result<QDateTime> BookingService::serverNow()
{
    return m_db.serverNow();
}

} // namespace kiosk
