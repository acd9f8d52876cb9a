#pragma once

#include "BookingEvents.h"
#include "HoldRequest.h"
#include "PaymentProcessor.h"
#include "PaymentReconciler.h"
#include "RefundProcessor.h"
#include "SeatHolder.h"
#include "domain/AuditEntry.h"

namespace kiosk {

class Database;
class PaymentGateway;

struct ExpiryReport {
    QStringList released; // references of the holds this call expired
};

// Every booking operation a terminal offers, over one database connection. Each persisted
// change is a guarded, audited transition from the one state table; events() tells the
// rest of the program after each commit. Operations that ask the payment gateway return a
// QFuture and continue on this thread's event loop; kioskctl and tests wait with waitFor().
class BookingService {
public:
    static constexpr int DefaultHoldSeconds = 600;

    BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds = DefaultHoldSeconds);

    BookingEvents &events() { return m_events; }
    const Actor &actor() const { return m_actor; }
    int holdSeconds() const { return m_holdSeconds; }
    // How long a payment attempt may stay unresolved before a reconciler takes it over.
    void setPaymentAttemptSeconds(int seconds) { m_payments.setAttemptSeconds(seconds); }
    int paymentAttemptSeconds() const { return m_payments.attemptSeconds(); }

    Result<Booking> hold(const HoldRequest &request);
    QFuture<Result<Booking>> submitPayment(const QString &reference, const CardDetails &card);
    Result<Booking> cancel(const QString &reference, const QString &reason);
    // Pays back (part of) a cancelled booking's captured payment, at most once per key.
    QFuture<Result<Booking>> refund(const RefundRequest &request);
    // Settles payment attempts and refunds that crashed or timed out terminals left behind.
    QFuture<Result<ReconcileReport>> reconcilePayments();
    // Releases every hold past its deadline, by the server clock.
    Result<ExpiryReport> expireDue();

    Result<Booking> find(const QString &referenceOrId);
    Result<QList<AuditEntry>> history(const QString &referenceOrId);
    Result<std::optional<QDateTime>> nextHoldDeadline();
    Result<QDateTime> serverNow();

private:
    Database &m_db;
    Actor m_actor;
    int m_holdSeconds;
    BookingEvents m_events;
    SeatHolder m_holder;
    RefundProcessor m_refunds;
    PaymentReconciler m_reconciler;
    PaymentProcessor m_payments;
};

} // namespace kiosk
