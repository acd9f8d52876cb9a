#pragma once

#include "HttpGatewayOptions.h"
#include "PaymentGateway.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace kiosk {

// A card processor over HTTP, speaking a small JSON API shaped like the common
// payment-intents APIs (paygate-sim implements it; docs in core/payment/README.md):
//   POST /v1/payment_intents               create and confirm with manual capture
//   POST /v1/payment_intents/{id}/capture  take the money
//   POST /v1/payment_intents/{id}/cancel   void the authorization
//   POST /v1/refunds                       {payment_intent, amount}
//   GET  /v1/payment_intents?idempotency_key=KEY   what happened under a key
// Every POST carries an Idempotency-Key header, which makes it safe to retry.
class HttpPaymentGateway : public QObject, public PaymentGateway {
    Q_OBJECT
public:
    explicit HttpPaymentGateway(HttpGatewayOptions options, QObject *parent = nullptr);

    QFuture<Result<GatewayDecision>> authorize(const AuthorizationRequest &request) override;
    QFuture<Status> capture(const QString &reference, const Money &amount, const QString &idempotencyKey) override;
    QFuture<Status> voidAuthorization(const QString &reference, const QString &idempotencyKey) override;
    QFuture<Status> refund(const QString &reference, const Money &amount, const QString &idempotencyKey) override;
    QFuture<Result<std::optional<GatewayCharge>>> lookup(const QString &authorizationKey) override;

    QString name() const override;

    const HttpGatewayOptions &options() const { return m_options; }
    // "/v1/payment_intents/{id}/{action}" with the id percent-encoded: an id from the
    // gateway or the database can never reach another path.
    static QString intentPath(const QString &reference, const QString &action);

private:
    HttpGatewayOptions m_options;
    QNetworkAccessManager m_network;
};

} // namespace kiosk
