#pragma once

#include "HttpGatewayOptions.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPromise>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiosk {

// The status and raw body of an HTTP answer; GatewayReplyParser says what it means.
struct HttpAnswer {
    int status = 0;
    QByteArray body;
};

// One request to the gateway with its retries: a transfer timeout per try, and for
// idempotent calls only (GET, or a POST carrying an Idempotency-Key) more tries with capped
// exponential backoff after a transport failure or a 5xx. Any HTTP answer below 500 is
// returned as it is (a redirect too: it is never followed); no answer after the last try,
// or a body over MaxBodyBytes, is ErrorCode::GatewayUnavailable.
class HttpCall : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxBodyBytes = 64 * 1024; // a payment answer is a few hundred bytes

    // The base URL with `pathAndQuery` appended; the path must be percent-encoded already.
    static QUrl urlFor(const QUrl &base, const QString &pathAndQuery);

    static QFuture<Result<HttpAnswer>> send(QNetworkAccessManager &network, const HttpGatewayOptions &options,
                                            const QByteArray &method, const QString &path,
                                            const QJsonObject &body = {}, const QString &idempotencyKey = {});

private:
    HttpCall(QNetworkAccessManager &network, const HttpGatewayOptions &options, QByteArray method, QString path,
             QByteArray body, QString idempotencyKey);
    void attempt();
    void onFinished(QNetworkReply *reply);
    bool idempotent() const;
    void finish(Result<HttpAnswer> result);

    QNetworkAccessManager &m_network;
    HttpGatewayOptions m_options;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QString m_idempotencyKey;
    int m_tries = 0;
    bool m_tooLarge = false;
    QPromise<Result<HttpAnswer>> m_promise;
};

} // namespace kiosk
