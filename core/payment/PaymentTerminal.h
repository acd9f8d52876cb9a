#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

#include <QFuture>
#include <QString>

namespace kiosk {

// What the kiosk tells the card terminal: the amount and the attempt's idempotency key.
// Never a card: the terminal reads it.
struct TerminalRequest {
    QString idempotencyKey; // the same key never authorizes twice (the saga's attempt key)
    Money amount;
    QString description;    // e.g. the booking reference
};

// The terminal's answer once the card was read (or not) and the acquirer answered.
struct TerminalAnswer {
    enum class Outcome { Approved, Declined, RemovedTooEarly, TimedOut };
    Outcome outcome = Outcome::Declined;
    CardSummary card;      // brand and last four digits, once the card was read
    QString token;         // the terminal's token for the card; never its number
    QString reference;     // the acquirer's authorization id (Approved)
    QString declineCode;   // Declined: e.g. "card_declined", "insufficient_funds"
    QString declineReason; // Declined: the acquirer's sentence
};

// A card terminal (EMV reader with its own link to the acquirer), asynchronous like
// PaymentGateway: pay() returns at once; its future finishes with the terminal's answer.
// The authorization it makes is the acquirer's, under the request's idempotency key, so the
// acquirer's gateway captures, voids, refunds and looks it up like any other
// (TerminalPaymentGateway). ErrorCode::GatewayUnavailable means the answer was lost or
// cannot be trusted: the outcome is unknown and the reconciler asks the acquirer by key.
class PaymentTerminal {
public:
    virtual ~PaymentTerminal() = default;
    virtual QFuture<Result<TerminalAnswer>> pay(const TerminalRequest &request) = 0;
    virtual QString name() const = 0;
};

} // namespace kiosk
