#pragma once

#include "PaymentGateway.h"
#include "PaymentTerminal.h"

#include <QCoreApplication>

#include <memory>

namespace kiosk {

// The payment saga's gateway at a kiosk with a card terminal: authorize() goes to the
// terminal (the kiosk sends the amount and the attempt's key, the terminal reads the card
// and asks the acquirer); capture, void, refund and lookup go to the acquirer's gateway,
// which holds the terminal's authorization under the same key. name() is the acquirer's:
// the reconciler settles terminal attempts with the same gateway, unchanged. A terminal's
// "removed too early" and "no card in time" are declines (nothing was authorized).
class TerminalPaymentGateway : public PaymentGateway {
    Q_DECLARE_TR_FUNCTIONS(TerminalPaymentGateway)
public:
    TerminalPaymentGateway(std::unique_ptr<PaymentTerminal> terminal, std::unique_ptr<PaymentGateway> acquirer)
        : m_terminal(std::move(terminal)), m_acquirer(std::move(acquirer)) {}

    QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) override;
    QFuture<Status> capture(const QString &reference, const Money &amount, const QString &idempotencyKey) override
    {
        return m_acquirer->capture(reference, amount, idempotencyKey);
    }
    QFuture<Status> voidAuthorization(const QString &reference, const QString &idempotencyKey) override
    {
        return m_acquirer->voidAuthorization(reference, idempotencyKey);
    }
    QFuture<Status> refund(const QString &reference, const Money &amount, const QString &idempotencyKey) override
    {
        return m_acquirer->refund(reference, amount, idempotencyKey);
    }
    QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &authorizationKey) override
    {
        return m_acquirer->lookup(authorizationKey);
    }
    QString name() const override { return m_acquirer->name(); }
    bool readsCards() const override { return true; }

    PaymentTerminal &terminal() { return *m_terminal; }
    PaymentGateway &acquirer() { return *m_acquirer; }
    // The saga's decision for a terminal's answer.
    static GatewayDecision decisionOf(const TerminalAnswer &answer);

private:
    std::unique_ptr<PaymentTerminal> m_terminal;
    std::unique_ptr<PaymentGateway> m_acquirer;
};

} // namespace kiosk
