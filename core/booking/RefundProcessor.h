#pragma once

#include "ReconcileReport.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

#include <optional>

namespace kiosk {

class BookingEvents;
class Database;
class PaymentGateway;
struct PaymentRecord;
struct RefundRecord;

// A refund of (part of) the money captured for a cancelled booking.
struct RefundRequest {
    QString booking;             // reference or id
    std::optional<Money> amount; // default: everything captured and not yet refunded
    QString idempotencyKey;      // default: derived from the payment (a full refund, once)
    QString reason;              // into the audit row
    // One passenger of a confirmed booking was cancelled: the booking stays CONFIRMED.
    bool passengerOnly = false;
};

// Pays money back at most once per idempotency key and never more than was captured: the
// refund is recorded and its amount set aside on the payment (a guarded update) before the
// gateway is asked under the same key. A refund the gateway did not answer stays PENDING and
// is finished by the reconciler. The booking moves CANCELLED -> REFUNDED with the first
// refund that goes through.
class RefundProcessor {
    Q_DECLARE_TR_FUNCTIONS(RefundProcessor)
public:
    RefundProcessor(Database &db, PaymentGateway &gateway, BookingEvents &events)
        : m_db(db), m_gateway(gateway), m_events(events) {}

    // Audited as `actor`, copied now: a sign-out before the gateway answers changes nothing.
    QFuture<Result<Booking>> refund(const RefundRequest &request, const Actor &actor);
    // Asks the gateway again for a PENDING refund (same key) and records the answer as `actor`.
    QFuture<Result<ReconcileAction>> resume(const RefundRecord &refund, const Actor &actor);

    // The three steps of refund(), for a caller that must write the PENDING refund in its
    // own transaction (a cancellation: released seats and the money owed commit together,
    // so a crash in between cannot leave a cancelled booking nobody pays back).
    // Checks the request against `booking` as it will be when the caller commits; *replay is
    // set when a finished refund has this key already.
    Result<RefundRecord> prepare(const Booking &booking, const RefundRequest &request, bool *replay);
    // Inside the caller's open transaction: sets the amount aside and writes the PENDING row.
    Status reserve(RefundRecord &refund);
    // After the commit: asks the gateway under the refund's key and records the answer as
    // `actor` (copied when the operation began: a sign-out meanwhile changes nothing).
    QFuture<Result<Booking>> send(const RefundRecord &refund, const QString &bookingReference, const Actor &actor);

private:
    QFuture<Result<ReconcileAction>> ask(const RefundRecord &refund, const PaymentRecord &payment,
                                         const QString &bookingReference, const Actor &actor);
    Result<ReconcileAction> settle(const RefundRecord &refund, const QString &bookingReference, const Status &answer,
                                   const Actor &actor);

    Database &m_db;
    PaymentGateway &m_gateway;
    BookingEvents &m_events;
    QObject m_context;
};

} // namespace kiosk
