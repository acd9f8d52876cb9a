#pragma once

#include "HttpGatewayOptions.h"
#include "PaymentTerminal.h"

#include <QNetworkAccessManager>
#include <QObject>

namespace kiosk {

// A card terminal reached over HTTP (paygate-sim's terminal mode; docs in
// core/payment/README.md): POST /v1/terminal/payments {amount, currency, description} with
// the attempt's Idempotency-Key; the answer arrives once a card was presented (or not).
// The same options as the HTTP gateway (timeout, retries, TLS, $KIOSK_GATEWAY_KEY); the
// transfer timeout must cover the traveller presenting the card.
class HttpPaymentTerminal : public QObject, public PaymentTerminal {
    Q_OBJECT
public:
    explicit HttpPaymentTerminal(HttpGatewayOptions options, QObject *parent = nullptr);

    QFuture<Result<TerminalAnswer>> pay(const TerminalRequest &request) override;
    QString name() const override;

private:
    HttpGatewayOptions m_options;
    QNetworkAccessManager m_network;
};

} // namespace kiosk
