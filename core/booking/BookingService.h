#pragma once

#include "BookingEvents.h"
#include "CancellationRequest.h"
#include "HoldReleaser.h"
#include "HoldRequest.h"
#include "ReconcileReport.h"
#include "RefundProcessor.h"
#include "VoucherRedeemer.h"
#include "WaitlistService.h"
#include "auth/AccessControl.h"
#include "domain/AuditEntry.h"
#include "domain/BookingQuery.h"
#include "domain/BookingSummary.h"
#include "domain/PaymentActivity.h"
#include "payment/CardDetails.h"

#include <QFuture>

#include <memory>
#include <optional>

#include <QCoreApplication>

namespace kiosk {

class BookingCanceller;
class Database;
class PaymentGateway;
class PaymentProcessor;
class PaymentReconciler;

// Every booking operation a terminal offers, over one database connection. Each persisted
// change is a guarded, audited transition from the one state table; events() tells the
// rest of the program after each commit. Operations that ask the payment gateway return a
// QFuture and continue on this thread's event loop; kioskctl and tests wait with waitFor().
// Every operation acts as actor() and first asks AccessPolicy whether that role may: a
// refusal is ErrorCode::Forbidden, changes nothing and is written to the access log. The
// kiosk, the agent UI and kioskctl all come here, so they obey exactly the same rules.
// Each operation hands its collaborators the actor of that moment (and the cancellation
// policy it read); whatever continues after the call returns (a payment, a refund) keeps
// its own copy, so a sign-in or sign-out meanwhile never changes who did it.
class BookingService {
    Q_DECLARE_TR_FUNCTIONS(BookingService)
public:

    BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds = TerminalSettings::HoldSeconds.fallback);
    ~BookingService();

    BookingEvents &events() { return m_events; }
    const Actor &actor() const { return m_actor; }
    // Who acts from now on (sign-in, sign-out on a shared workstation).
    void setActor(const Actor &actor) { m_actor = actor; }
    int holdSeconds() const { return m_holdSeconds; }
    // How long a payment attempt may stay unresolved before a reconciler takes it over.
    void setPaymentAttemptSeconds(int seconds);
    int paymentAttemptSeconds() const;

    Result<Booking> hold(const HoldRequest &request);
    // With `voucherCode` (as typed) the voucher's discount is taken off the amount charged; a
    // voucher that cannot be used refuses the payment (VoucherRefused) and charges nothing.
    QFuture<Result<Booking>> submitPayment(const QString &reference, const CardDetails &card,
                                           const QString &voucherCode = QString());
    // What the voucher would take off the booking now, before paying (nothing is reserved);
    // the same checks, guessing limit and words as the payment.
    Result<VoucherQuote> quoteVoucher(const QString &reference, const QString &voucherCode);
    // An unpaid booking (SEAT_HELD, PAYMENT_PENDING); a CONFIRMED one is WrongState: it is
    // cancelled with cancelWithRefund(), which records what is owed back.
    Result<Booking> cancel(const QString &reference, const QString &reason);
    // Pays back any amount of a cancelled booking's captured payment, at most once per key:
    // beyond the cancellation policy, so a supervisor's right. Agents refund by policy
    // through cancelWithRefund.
    QFuture<Result<Booking>> refund(const RefundRequest &request);
    // What cancelling (the booking or one passenger) would refund by the policy, now.
    Result<RefundQuote> quoteCancellation(const CancellationRequest &request);
    // Cancels a confirmed booking or one passenger of it and refunds the policy's amount,
    // or with overrideRefundMinor (supervisors, a reason required) that amount instead.
    QFuture<Result<CancellationOutcome>> cancelWithRefund(const CancellationRequest &request);
    // Settles payment attempts and refunds that crashed or timed out terminals left behind.
    QFuture<Result<ReconcileReport>> reconcilePayments();
    // Releases every hold past its deadline, by the server clock.
    Result<ExpiryReport> expireDue();

    // A confirmed booking's passenger moves from one seat to another of the same cabin.
    Result<Booking> changeSeat(const QString &reference, const SeatCode &from, const SeatCode &to);

    // Any booking for agents and up; a kiosk sees only the bookings it made itself.
    Result<Booking> find(const QString &referenceOrId);
    Result<QList<BookingSummary>> search(const BookingQuery &query);
    Result<QList<AuditEntry>> history(const QString &referenceOrId);
    // The booking's e-mail address and phone number, under find()'s rule: agents and up for
    // any booking, a kiosk for its own only (the traveller typed them there).
    Result<ContactDetails> contact(const QString &referenceOrId);
    // Every payment attempt of the booking with its captures and refunds (agents and up).
    Result<QList<PaymentActivity>> payments(const QString &referenceOrId);
    Result<std::optional<QDateTime>> nextHoldDeadline();
    // The waitlists of full cabins, as the actor of this moment (join, leave, claim an offer).
    WaitlistService waitlist() { return WaitlistService(m_db, m_actor); }
    Result<QDateTime> serverNow();

private:
    // Finds the booking and checks `permission`, or for a kiosk the booking is its own
    // and `own` is enough.
    Result<Booking> authorizedBooking(const QString &referenceOrId, Permission permission,
                                      std::optional<Permission> own = std::nullopt);
    Status require(Permission permission, const QString &target = QString());
    // Offers the seats the booking just gave up to the flight's waitlist, if anyone waits.
    void offerFreedSeats(const QString &reference);

    Database &m_db;
    Actor m_actor;
    int m_holdSeconds;
    BookingEvents m_events;
    // The collaborators whose work outlives a call (gateway answers arrive later); those that
    // finish within it (SeatHolder, SeatChanger, HoldReleaser, ...) are made per call.
    std::unique_ptr<RefundProcessor> m_refunds;
    std::unique_ptr<PaymentReconciler> m_reconciler;
    std::unique_ptr<PaymentProcessor> m_payments;
    std::unique_ptr<BookingCanceller> m_canceller;
    AccessControl m_access;
};

} // namespace kiosk
