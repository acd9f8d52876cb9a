#pragma once

#include "PaymentGateway.h"

#include <QHash>

namespace kiosk {

// In-process gateway for the demo and tests, following the common test-card conventions:
// 4242 4242 4242 4242 approves, 4000 0000 0000 0002 declines, ...9995 insufficient funds,
// ...0069 expired card; any other Luhn-valid number approves.
class MockPaymentGateway : public PaymentGateway {
public:
    Result<GatewayDecision> authorize(const AuthorizationRequest &request) override;
    Status capture(const QString &reference, const Money &amount) override;
    Status voidAuthorization(const QString &reference) override;
    Status refund(const QString &reference, const Money &amount, const QString &idempotencyKey) override;

    struct Charge {
        Money authorized;
        qint64 capturedMinor = 0;
        qint64 refundedMinor = 0;
        bool voided = false;
    };
    const QHash<QString, Charge> &ledger() const { return m_charges; }

private:
    QHash<QString, GatewayDecision> m_byIdempotencyKey;
    QHash<QString, Charge> m_charges;
    QHash<QString, bool> m_refundKeys;
};

} // namespace kiosk
