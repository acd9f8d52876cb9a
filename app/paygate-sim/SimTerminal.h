#pragma once

#include "SimLedger.h"

#include <QList>
#include <QString>

namespace paygate {

// paygate-sim's card-terminal mode: POST /v1/terminal/payments takes the next card a test
// or the demo "presented" (POST /_sim/terminal/present {"card": NAME}), or the default
// card (--terminal-card), and answers as a terminal does once the acquirer answered. An
// approval or decline is a payment intent in the same ledger under the request's
// Idempotency-Key, so the gateway API captures, voids and finds it by key. Never a number.
class SimTerminal {
public:
    // approve, decline, insufficient_funds, removed (too early), timeout (no card presented)
    static bool isCard(const QString &name);
    static QString cardNames() { return QStringLiteral("approve, decline, insufficient_funds, removed, timeout"); }

    void setDefaultCard(const QString &name) { m_defaultCard = name; }
    // Queues a card for the next payment; false for an unknown name.
    bool present(const QString &name);
    QJsonObject toJson() const; // GET /_sim/terminal
    SimAnswer pay(SimLedger &ledger, const QJsonObject &request, const QString &idempotencyKey);

private:
    QString m_defaultCard = QStringLiteral("approve");
    QList<QString> m_presented;
};

} // namespace paygate
