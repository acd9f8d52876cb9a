#pragma once

#include <QString>

#include <optional>

namespace kiosk {

// Where one payment attempt stands with the gateway (the payments.status column).
enum class PaymentStatus {
    Pending,    // written before the gateway is asked: a crash leaves a trace to reconcile
    Authorized, // the gateway reserved the amount on the card
    Declined,   // the gateway said no, or holds nothing for the attempt
    Captured,   // the money was taken
    Voided,     // an authorization given back
    Refunded,   // everything captured was paid back
};

// "PENDING", "AUTHORIZED", ...: the names stored in the database and printed by the CLI.
QString paymentStatusName(PaymentStatus status);
std::optional<PaymentStatus> paymentStatusFromName(const QString &name);

// What the reconciler did with one unfinished attempt or refund.
enum class ReconcileOutcome {
    Captured, // an authorization of a confirmed booking was captured
    Voided,   // an open authorization was given back
    Refunded, // money nobody can stand behind was paid back
    Declined, // the gateway holds nothing for the attempt
    Left,     // the gateway gave no clear answer: asked again on the next run
};

// "captured", "voided", "refunded", "declined", "left" (kioskctl reconcile's contract).
QString reconcileOutcomeName(ReconcileOutcome outcome);
// A settled attempt's status as what reconciling it amounts to.
ReconcileOutcome reconcileOutcomeOf(PaymentStatus settled);

} // namespace kiosk
