#pragma once

#include "HttpGatewayOptions.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPromise>

class QNetworkAccessManager;
class QNetworkReply;

namespace kiosk {

// The status and JSON body of an HTTP answer.
struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};

// One request to the gateway with its retries: a transfer timeout per try, and for
// idempotent calls only (GET, or a POST carrying an Idempotency-Key) more tries with capped
// exponential backoff after a transport failure or a 5xx. Any HTTP answer below 500 is
// returned as it is; no answer after the last try is ErrorCode::GatewayUnavailable.
class HttpCall : public QObject {
    Q_OBJECT
public:
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
    QPromise<Result<HttpAnswer>> m_promise;
};

} // namespace kiosk
