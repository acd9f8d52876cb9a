#include "SimServer.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

namespace paygate {

namespace {
SimAnswer notFound(const QString &path)
{
    return {404, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                                  {QStringLiteral("message"),
                                                                   QStringLiteral("no route %1").arg(path)}}}}};
}

// What makes two requests "the same" for an idempotency key, without the card number.
QString fingerprint(const QString &path, const QJsonObject &body)
{
    QJsonObject safe = body;
    safe.remove(QStringLiteral("payment_method_data"));
    const QByteArray text = path.toUtf8() + QJsonDocument(safe).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}
} // namespace

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_faults.latencyMs > 0)
        QThread::msleep(ulong(m_faults.latencyMs)); // the gateway's own latency, on purpose blocking
    const QString path = request.url().path();
    if (request.body().size() > MaxRequestBytes) {
        respond(request, socket, {413, QJsonObject{{QStringLiteral("error"),
                                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("too_large")},
                                                                {QStringLiteral("message"),
                                                                 QStringLiteral("request bodies are limited to %1 bytes")
                                                                     .arg(MaxRequestBytes)}}}}});
        return true;
    }
    const bool mutating = request.method() == QHttpServerRequest::Method::Post
        && !path.startsWith(QLatin1String("/_sim/"));
    if (mutating && m_faults.fail5xx > 0) {
        --m_faults.fail5xx;
        respond(request, socket, {503, QJsonObject{{QStringLiteral("error"),
                                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("unavailable")},
                                                                {QStringLiteral("message"),
                                                                 QStringLiteral("injected fault: try again")}}}}});
        return true;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const SimAnswer answer = route(request, body);
    if (mutating && m_faults.dropAfterProcessing > 0) {
        --m_faults.dropAfterProcessing;
        socket->abort(); // processed and recorded, but the client never hears of it
        return true;
    }
    if (mutating && m_faults.takeHostile(path)) { // processed and recorded, then misreported
        const RawAnswer raw = RawAnswer::hostile(m_faults.answer, answer.status, answer.body);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(raw.status));
        for (const auto &[name, value] : raw.headers)
            responder.writeHeader(name, value);
        responder.writeHeader("Content-Length", QByteArray::number(raw.body.size()));
        responder.writeBody(raw.body);
        return true;
    }
    respond(request, socket, answer);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, notFound(request.url().path()));
}

SimAnswer SimServer::route(const QHttpServerRequest &request, const QJsonObject &body)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (request.method() == QHttpServerRequest::Method::Get) {
        if (path == QLatin1String("/ledger"))
            return {200, m_ledger.summary()};
        if (path == QLatin1String("/_sim/faults"))
            return {200, m_faults.toJson()};
        if (path == QLatin1String("/_sim/terminal"))
            return {200, m_terminal.toJson()};
        if (path == QLatin1String("/v1/payment_intents"))
            return m_ledger.findByIdempotencyKey(request.query().queryItemValue(QStringLiteral("idempotency_key"),
                                                                               QUrl::FullyDecoded),
                                                 m_faults.lookupLagMs);
        if (parts.size() == 3 && parts.at(1) == QLatin1String("payment_intents"))
            return m_ledger.retrieve(parts.at(2));
        return notFound(path);
    }
    if (request.method() != QHttpServerRequest::Method::Post)
        return notFound(path);
    if (path == QLatin1String("/_sim/faults")) {
        QString error;
        if (!m_faults.update(body, &error))
            return {400, QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"),
                                                                            QStringLiteral("parameter_invalid")},
                                                                           {QStringLiteral("message"), error}}}}};
        return {200, m_faults.toJson()};
    }
    if (path == QLatin1String("/_sim/terminal/present")) { // a traveller holds a card to the terminal
        const QString card = body.value(QStringLiteral("card")).toString();
        if (!m_terminal.present(card))
            return {400, QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), QStringLiteral("parameter_invalid")},
                                                  {QStringLiteral("message"),
                                                   QStringLiteral("card must be one of: %1").arg(SimTerminal::cardNames())}}}}};
        return {200, m_terminal.toJson()};
    }
    if (path == QLatin1String("/_sim/redirected")) { // a client that follows redirects ends here
        m_ledger.countRedirectFollowed();
        return {200, QJsonObject{{QStringLiteral("redirect_followed"), true}}};
    }
    const QString key = QString::fromUtf8(request.value("Idempotency-Key"));
    if (key.isEmpty())
        return {400, QJsonObject{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("idempotency_key_required")},
                                              {QStringLiteral("message"),
                                               QStringLiteral("every POST needs an Idempotency-Key header")}}}}};
    if (m_faults.duplicateDelivery > 0) {
        --m_faults.duplicateDelivery;
        (void)mutate(path, body, key); // the copy that arrived first
    }
    return mutate(path, body, key);
}

SimAnswer SimServer::mutate(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    const QString print = fingerprint(path, body);
    bool conflict = false;
    if (const SimAnswer *earlier = m_ledger.replay(idempotencyKey, print, &conflict)) {
        if (conflict)
            return {422, QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), QStringLiteral("idempotency_error")},
                                                  {QStringLiteral("message"),
                                                   QStringLiteral("key %1 was used for another request").arg(idempotencyKey)}}}}};
        return *earlier;
    }
    const SimAnswer answer = processOnce(path, body, idempotencyKey);
    if (answer.status < 500 && answer.status != 404)
        m_ledger.remember(idempotencyKey, print, answer);
    m_ledger.countProcessed();
    QString error;
    if (!m_ledger.save(&error))
        std::fprintf(stderr, "paygate-sim: %s\n", qPrintable(error));
    return answer;
}

SimAnswer SimServer::processOnce(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path == QLatin1String("/v1/payment_intents"))
        return m_ledger.createIntent(body, idempotencyKey);
    if (path == QLatin1String("/v1/refunds"))
        return m_ledger.refund(body, idempotencyKey);
    if (path == QLatin1String("/v1/terminal/payments"))
        return m_terminal.pay(m_ledger, body, idempotencyKey);
    if (parts.size() == 4 && parts.at(1) == QLatin1String("payment_intents")) {
        if (parts.at(3) == QLatin1String("capture"))
            return m_ledger.capture(parts.at(2), body);
        if (parts.at(3) == QLatin1String("cancel"))
            return m_ledger.cancel(parts.at(2));
    }
    return notFound(path);
}

void SimServer::respond(const QHttpServerRequest &request, QTcpSocket *socket, const SimAnswer &answer)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(answer.body), QHttpServerResponder::StatusCode(answer.status));
}

} // namespace paygate
