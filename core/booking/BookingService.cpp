#include "BookingService.h"

#include "BookingCanceller.h"
#include "PaymentProcessor.h"
#include "PaymentReconciler.h"
#include "RefundPolicyAdministration.h"
#include "SeatChanger.h"
#include "SeatHolder.h"
#include "WaitlistOfferer.h"
#include "common/Logging.h"
#include "domain/InputLimits.h"
#include "storage/BookingRepository.h"
#include "storage/BookingSearchRepository.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/PaymentActivityRepository.h"

namespace kiosk {

BookingService::BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds)
    : m_db(db),
      m_actor(std::move(actor)),
      m_holdSeconds(holdSeconds),
      m_refunds(std::make_unique<RefundProcessor>(db, gateway, m_events)),
      m_reconciler(std::make_unique<PaymentReconciler>(db, gateway, m_events, *m_refunds)),
      m_payments(std::make_unique<PaymentProcessor>(db, gateway, m_events, *m_reconciler)),
      m_canceller(std::make_unique<BookingCanceller>(db, m_events, *m_refunds)),
      m_access(db)
{
    // Seats a booking gives back go to the waitlist at once, whichever operation (or another
    // terminal's lapsed hold this terminal's hold expired) freed them.
    QObject::connect(&m_events, &BookingEvents::stateChanged, &m_events,
                     [this](const QString &reference, BookingState, BookingState to) {
                         if (to == BookingState::Expired || to == BookingState::Cancelled)
                             offerFreedSeats(reference);
                     });
}

BookingService::~BookingService() = default;

void BookingService::setPaymentAttemptSeconds(int seconds)
{
    m_payments->setAttemptSeconds(seconds);
}

int BookingService::paymentAttemptSeconds() const
{
    return m_payments->attemptSeconds();
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
    auto booking = SeatHolder(m_db, m_events, m_actor, m_holdSeconds).hold(request);
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
        return m_payments->submit(reference, card, m_actor, std::nullopt, voucherCode);
    const QString target = reference.trimmed().toUpper();
    auto refuse = [this, target] { return require(Permission::PayAnyBooking, target).error(); };
    if (!AccessPolicy::allows(m_actor.role, Permission::Pay))
        return QtFuture::makeReadyFuture(Result<Booking>(refuse()));
    return m_payments->submit(reference, card, m_actor,
                              PaymentProcessor::OwnBookingsOnly{m_actor.terminal, m_actor.name, refuse}, voucherCode);
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
    return m_refunds->refund(request, m_actor);
}

Result<RefundQuote> BookingService::quoteCancellation(const CancellationRequest &request)
{
    auto booking = authorizedBooking(request.reference, Permission::RefundWithinPolicy);
    if (!booking)
        return booking.error();
    // The airline's tiers as they are now: every terminal refunds by the same policy the
    // moment an admin changes it.
    auto policy = RefundPolicyAdministration::load(m_db);
    if (!policy)
        return policy.error();
    return m_canceller->quote(*booking, request.passengerSeat, *policy);
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
    auto policy = RefundPolicyAdministration::load(m_db); // as quoteCancellation: the tiers of now
    if (!policy)
        return QtFuture::makeReadyFuture(Outcome(policy.error()));
    return m_canceller->cancel(*booking, request, *policy, m_actor);
}

Result<Booking> BookingService::changeSeat(const QString &reference, const SeatCode &from, const SeatCode &to)
{
    auto booking = authorizedBooking(reference, Permission::ChangeSeat);
    if (!booking)
        return booking.error();
    auto changed = SeatChanger(m_db, m_events, m_actor).change(*booking, from, to);
    if (changed)
        offerFreedSeats(changed->reference);
    return changed;
}

QFuture<Result<ReconcileReport>> BookingService::reconcilePayments()
{
    // A refund started less than an attempt's time ago may still be waiting for its answer.
    return m_reconciler->run(m_payments->attemptSeconds(), m_actor);
}

Result<Booking> BookingService::cancel(const QString &reference, const QString &reason)
{
    if (auto tooLong = InputLimits::check(reason, InputLimits::Reason, QStringLiteral("the reason")); !tooLong)
        return tooLong.error();
    auto booking = BookingRepository(m_db).find(reference);
    // A lost connection is not a refusal (the terminal reconnects and asks again); whether a
    // booking exists is told only to staff who may cancel any booking.
    if (!booking
        && (booking.error().code != ErrorCode::NotFound || AccessPolicy::allows(m_actor.role, Permission::CancelBookings)))
        return booking.error();
    // A kiosk may cancel only a booking it made itself that was never paid (the traveller
    // walking away); one that already ended is told so by the canceller, like anyone's.
    const bool ownUnpaid = booking && booking->state != BookingState::Confirmed
        && booking->madeBy(m_actor.terminal, m_actor.name) && AccessPolicy::allows(m_actor.role, Permission::CancelOwnHold);
    if (!ownUnpaid) {
        if (auto allowed = require(Permission::CancelBookings, booking ? booking->reference : reference.trimmed().toUpper());
            !allowed)
            return allowed.error();
    }
    return m_canceller->cancelUnpaid(*booking, reason, m_actor);
}

Result<ExpiryReport> BookingService::expireDue()
{
    return HoldReleaser(m_db, m_events, m_actor).releaseLapsed();
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
