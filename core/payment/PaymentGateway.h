#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

#include <QFuture>
#include <QString>

#include <optional>

namespace kiosk {

struct AuthorizationRequest {
    QString idempotencyKey; // the same key never authorizes twice
    Money amount;
    CardDetails card;
    QString description;    // e.g. the booking reference
};

struct GatewayDecision {
    bool approved = false;
    QString reference;     // the gateway's id for the authorization
    QString declineCode;   // e.g. "card_declined", "insufficient_funds", "expired_card"
    QString declineReason; // a sentence a traveller can read
    CardSummary card;      // from a card terminal only: the card it read (empty otherwise)
};

// What the gateway knows about a charge, found by the idempotency key it was authorized
// under: the reconciler's source of truth after a crash.
struct GatewayCharge {
    enum class Status { Declined, Authorized, Captured, Voided };
    QString reference;
    Status status = Status::Declined;
    Money amount;
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0;
};

// A card processor, asynchronous: every call returns at once and its future finishes when
// the gateway answered (or could not be asked). Declines are answers, not errors. An Error
// with ErrorCode::GatewayUnavailable means the outcome is unknown (the request may or may not have
// been processed), so the caller asks again under the same idempotency key; any other code
// is a definite refusal (unknown charge, already captured, more than was captured ...).
// Every mutating call carries an idempotency key: repeating it never moves money twice.
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) = 0;
    virtual QFuture<Status> capture(const QString &reference, const Money &amount, const QString &idempotencyKey) = 0;
    virtual QFuture<Status> voidAuthorization(const QString &reference, const QString &idempotencyKey) = 0;
    virtual QFuture<Status> refund(const QString &reference, const Money &amount, const QString &idempotencyKey) = 0;
    // The charge authorized under `authorizationKey`; nullopt if the gateway never saw it.
    virtual QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &authorizationKey) = 0;
    // Which gateway this is ("mock", or the gateway's URL without its settings): recorded with
    // every payment, so that no other gateway ever settles it.
    virtual QString name() const = 0;
    // True when a card terminal reads the card: the kiosk never sees a number, the
    // authorization request carries none, and the brand and last four come with the answer.
    virtual bool readsCards() const { return false; }
};

} // namespace kiosk
