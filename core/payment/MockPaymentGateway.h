#pragma once

#include "PaymentGateway.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace kiosk {

// In-process gateway for the demo and tests, following the common test-card conventions:
// 4242 4242 4242 4242 approves, 4000 0000 0000 0002 declines, ...9995 insufficient funds,
// ...0069 expired card. Any other Luhn-valid number approves, or, in fraction mode,
// approves that fraction of attempts drawn from a seeded generator (reproducible runs).
// Every answer is ready at once.
class MockPaymentGateway : public PaymentGateway {
    Q_DECLARE_TR_FUNCTIONS(MockPaymentGateway)
public:
    MockPaymentGateway() = default;
    // Approves `approveFraction` (0..1) of the cards that are not test cards.
    MockPaymentGateway(double approveFraction, quint32 seed);

    QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) override;
    QFuture<Status> capture(const QString &reference, const Money &amount, const QString &idempotencyKey) override;
    QFuture<Status> voidAuthorization(const QString &reference, const QString &idempotencyKey) override;
    QFuture<Status> refund(const QString &reference, const Money &amount, const QString &idempotencyKey) override;
    QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &authorizationKey) override;
    QString name() const override { return QStringLiteral("mock"); }

    // The decision for a card by the test-card conventions alone; nullopt for other cards.
    static std::optional<GatewayDecision> testCardDecision(const QString &digits);

    struct Charge {
        Money authorized;
        qint64 capturedMinor = 0;
        qint64 refundedMinor = 0;
        bool voided = false;
    };
    const QHash<QString, Charge> &ledger() const { return m_charges; }

private:
    GatewayDecision decide(const AuthorizationRequest &request);
    Status doCapture(const QString &reference, const Money &amount);
    Status doVoid(const QString &reference);
    Status doRefund(const QString &reference, const Money &amount, const QString &idempotencyKey);

    double m_approveFraction = 1.0;
    QRandomGenerator m_random;
    QHash<QString, GatewayDecision> m_byIdempotencyKey;
    QHash<QString, Charge> m_charges;
    QSet<QString> m_refundKeys;
};

} // namespace kiosk
