#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

#include <QString>

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
};

// A card processor. Declines are answers, not errors; an Error means the gateway could
// not be asked (or said something impossible).
class PaymentGateway {
public:
    virtual ~PaymentGateway() = default;
    virtual Result<GatewayDecision> authorize(const AuthorizationRequest &request) = 0;
    virtual Status capture(const QString &reference, const Money &amount) = 0;
    virtual Status voidAuthorization(const QString &reference) = 0;
    virtual Status refund(const QString &reference, const Money &amount, const QString &idempotencyKey) = 0;
};

} // namespace kiosk
