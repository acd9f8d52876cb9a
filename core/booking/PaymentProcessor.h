#pragma once

#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

namespace kiosk {

class BookingEvents;
class Database;
class PaymentGateway;
struct PaymentRecord;

// The payment path of a booking: record the attempt and move to PAYMENT_PENDING before the
// gateway is asked, then confirm (and capture) or fall back to SEAT_HELD on a decline.
// Refunds go to the gateway first under an idempotency key, so two terminals refunding at
// once pay back at most once.
class PaymentProcessor {
public:
    PaymentProcessor(Database &db, PaymentGateway &gateway, BookingEvents &events, Actor actor)
        : m_db(db), m_gateway(gateway), m_events(events), m_actor(std::move(actor)) {}

    Result<Booking> submit(const QString &reference, const CardDetails &card);
    // PAYMENT_PENDING -> CONFIRMED with the gateway's authorization, then capture.
    Result<Booking> confirm(const QString &reference, const QString &gatewayReference);
    // PAYMENT_PENDING -> SEAT_HELD: the traveller may retry while the hold lasts.
    Result<Booking> fail(const QString &reference, const QString &reason);
    Result<Booking> refund(const QString &reference);
    // Voids an authorization left open on a booking that was cancelled mid-payment.
    Status voidOpenAuthorizations(qint64 bookingId);

private:
    Result<PaymentRecord> begin(const Booking &booking, const CardSummary &card);
    Status settle(PaymentRecord record, const QString &fromStatus, BookingState from, BookingState to,
                  const QString &reason, const QString &reference);
    Result<PaymentRecord> paymentIn(qint64 bookingId, const QString &status);

    Database &m_db;
    PaymentGateway &m_gateway;
    BookingEvents &m_events;
    Actor m_actor;
};

} // namespace kiosk
