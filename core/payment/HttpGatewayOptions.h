#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace kiosk {

// How the HTTP gateway talks to its server. Parsed from the --gateway URL, whose query may
// tune it: https://pay.example.com/?timeout_ms=8000&attempts=4&backoff_ms=200&max_backoff_ms=2000&ca=/etc/kiosk/ca.pem
struct HttpGatewayOptions {
    Q_DECLARE_TR_FUNCTIONS(HttpGatewayOptions)

public:
    QUrl baseUrl;                // scheme, host, port and path prefix; the query is ours
    int transferTimeoutMs = 10000; // per request: no byte for this long aborts it
    int maxAttempts = 4;         // for idempotent calls only; others are sent once
    int firstBackoffMs = 200;    // doubled after each failed try ...
    int maxBackoffMs = 2000;     // ... up to this cap
    QString caCertificates;      // PEM file of extra trusted CAs (https); system CAs otherwise
    QString apiKey;              // sent as "Authorization: Bearer"; from $KIOSK_GATEWAY_KEY, never the URL

    static Result<HttpGatewayOptions> fromUrl(const QString &text);
};

} // namespace kiosk
