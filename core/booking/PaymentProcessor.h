#pragma once

#include "PaymentBookkeeper.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"
#include "storage/PaymentRepository.h"

#include <QCoreApplication>
#include <QFuture>

#include <functional>
#include <optional>

#include <QObject>

namespace kiosk {

class BookingEvents;
class Database;
class PaymentGateway;
class PaymentReconciler;
struct GatewayDecision;

// The payment saga of one booking, asynchronous from the first gateway call on:
// 1. record the attempt (key, amount, deadline) and move SEAT_HELD -> PAYMENT_PENDING in one
//    transaction, before the gateway hears of it;
// 2. authorize under the attempt's idempotency key;
// 3. approved: PAYMENT_PENDING -> CONFIRMED with the attempt AUTHORIZED (guarded, and only
//    before the attempt's deadline), then capture; declined: back to SEAT_HELD with the
//    reason, the hold extended once (the role's decline extension); no clear answer or confirmation impossible: the reconciler settles the attempt
//    at once (void, or nothing to undo) and the seats go back to the hold.
// With a card terminal (PaymentGateway::readsCards) step 1 records no card: the terminal's
// answer names it, and it is written before the outcome (PaymentRepository::recordCard).
// Failpoints after-authorize, after-confirm-before-capture and after-capture crash the
// process between the steps; PaymentReconciler finishes whatever a crash leaves behind.
class PaymentProcessor {
    Q_DECLARE_TR_FUNCTIONS(PaymentProcessor)
public:
    static constexpr int DefaultAttemptSeconds = 120;
    static constexpr qint64 ClockSampleMaxAgeMs = 3600 * 1000;

    PaymentProcessor(Database &db, PaymentGateway &gateway, BookingEvents &events, PaymentReconciler &reconciler)
        : m_db(db), m_gateway(gateway), m_events(events), m_bookkeeper(db, events), m_reconciler(reconciler) {}

    // How long an attempt may stay unresolved before a reconciler takes it over.
    void setAttemptSeconds(int seconds) { m_attemptSeconds = seconds; }
    int attemptSeconds() const { return m_attemptSeconds; }

    // A kiosk pays only the bookings it made itself, named by reference; any other booking
    // is answered with `refuse()` (the same words whether or not it exists).
    struct OwnBookingsOnly {
        QString terminal;
        QString actor;
        std::function<Error()> refuse;
    };
    // `voucherCode` (as typed; empty: none) takes its discount off the amount charged, or
    // refuses the payment before anything changes (VoucherRefused). Every step to the end is
    // audited as `actor`, copied now: whoever signs in meanwhile.
    QFuture<Result<Booking>> submit(const QString &reference, const CardDetails &card, const Actor &actor,
                                    const std::optional<OwnBookingsOnly> &ownOnly = std::nullopt,
                                    const QString &voucherCode = QString());

private:
    struct Attempt {
        PaymentRecord payment;
        QString reference;
        Actor actor; // copied when the payment was submitted
    };
    Result<Attempt> begin(const QString &reference, const CardDetails &card, const Actor &actor, CardSummary *summary,
                          const std::optional<OwnBookingsOnly> &ownOnly, const QString &voucherCode);
    Result<Attempt> beginInOneCall(const QString &reference, const CardDetails &card, const Actor &actor,
                                   CardSummary *summary, const std::optional<OwnBookingsOnly> &ownOnly);
    // The card checked against the server's date (rule 4), before anything changes.
    Result<CardSummary> validCard(const CardDetails &card, CardSummary *summary);
    static Error notPayable(const QString &reference, BookingState state);
    Error holdRanOut(const QString &reference, const QDateTime &deadline); // emits the expiry
    Attempt started(const QString &reference, qint64 bookingId, qint64 paymentId, const QString &key,
                    const Money &amount, const CardSummary &summary, const Actor &actor); // emits PAYMENT_PENDING
    QFuture<Result<Booking>> onAnswer(Attempt attempt, const Result<GatewayDecision> &decision);
    // A card terminal's answer names the card the attempt was recorded without.
    void recordTerminalCard(Attempt &attempt, const CardSummary &card);
    Result<Booking> decline(Attempt attempt, const GatewayDecision &decision);
    std::optional<QDateTime> extendAfterDecline(const Attempt &attempt);
    QFuture<Result<Booking>> onCaptured(Attempt attempt, const Status &captured);
    // Lets the reconciler settle this terminal's own attempt now; `message` explains why.
    QFuture<Result<Booking>> settleNow(const Attempt &attempt, const QString &message);

    Database &m_db;
    PaymentGateway &m_gateway;
    BookingEvents &m_events;
    PaymentBookkeeper m_bookkeeper;
    PaymentReconciler &m_reconciler;
    int m_attemptSeconds = DefaultAttemptSeconds;
    QObject m_context; // continuations run on this thread and stop when the service goes
};

} // namespace kiosk
