#include "HttpCall.h"

#include "common/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace kiosk {

QFuture<Result<HttpAnswer>> HttpCall::send(QNetworkAccessManager &network, const HttpGatewayOptions &options,
                                           const QByteArray &method, const QString &path, const QJsonObject &body,
                                           const QString &idempotencyKey)
{
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *call = new HttpCall(network, options, method, path, payload, idempotencyKey); // deletes itself when done
    call->m_promise.start();
    QFuture<Result<HttpAnswer>> future = call->m_promise.future();
    call->attempt();
    return future;
}

HttpCall::HttpCall(QNetworkAccessManager &network, const HttpGatewayOptions &options, QByteArray method, QString path,
                   QByteArray body, QString idempotencyKey)
    : QObject(&network), m_network(network), m_options(options), m_method(std::move(method)), m_path(std::move(path)),
      m_body(std::move(body)), m_idempotencyKey(std::move(idempotencyKey))
{
}

bool HttpCall::idempotent() const
{
    return m_method == "GET" || !m_idempotencyKey.isEmpty();
}

void HttpCall::attempt()
{
    ++m_tries;
    const QUrl url = urlFor(m_options.baseUrl, m_path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // A redirect is an answer we do not understand, never a place to send the card to.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey.toUtf8());
    if (!m_options.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.apiKey.toUtf8());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_options.caCertificates.isEmpty())
            tls.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, m_method, m_body);
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > MaxBodyBytes && !m_tooLarge) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

QUrl HttpCall::urlFor(const QUrl &base, const QString &pathAndQuery)
{
    QUrl url = base;
    const qsizetype query = pathAndQuery.indexOf(QLatin1Char('?'));
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // TolerantMode keeps the caller's %2F as it is: an id cannot add path segments.
    url.setPath(basePath + (query < 0 ? pathAndQuery : pathAndQuery.left(query)), QUrl::TolerantMode);
    url.setQuery(query < 0 ? QString() : pathAndQuery.mid(query + 1), QUrl::TolerantMode);
    return url;
}

void HttpCall::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_tooLarge) {
        finish(makeError(ErrorCode::GatewayUnavailable,
                         tr("the payment gateway's answer was larger than %1 bytes; the outcome is unknown")
                             .arg(MaxBodyBytes)));
        return;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int code = status.isValid() ? status.toInt() : 0;
    if (code > 0 && code < 500) {
        finish(HttpAnswer{code, reply->read(MaxBodyBytes + 1)});
        return;
    }
    const QString why = code >= 500 ? QStringLiteral("HTTP %1").arg(code) : reply->errorString();
    const bool again = idempotent() && m_tries < m_options.maxAttempts;
    qCInfo(lcPayment) << m_method << m_path << "try" << m_tries << "failed:" << why << (again ? "(retrying)" : "");
    if (!again) {
        finish(makeError(ErrorCode::GatewayUnavailable,
                         tr("the payment gateway at %1 gave no answer after %n attempt(s) (%2)", nullptr, m_tries)
                             .arg(m_options.baseUrl.host(), why)));
        return;
    }
    // 200 ms, 400 ms, 800 ms ... up to the cap: a struggling gateway is not hammered.
    const qint64 backoff = qMin<qint64>(qint64(m_options.firstBackoffMs) << (m_tries - 1), m_options.maxBackoffMs);
    QTimer::singleShot(int(backoff), this, &HttpCall::attempt);
}

void HttpCall::finish(Result<HttpAnswer> result)
{
    m_promise.addResult(std::move(result));
    m_promise.finish();
    deleteLater();
}

} // namespace kiosk
