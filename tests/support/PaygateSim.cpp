#include "PaygateSim.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace kiosk::test {

bool PaygateSim::start(const QString &ledgerPath, const QStringList &extra)
{
    stop();
    m_process = std::make_unique<QProcess>();
    QStringList arguments{QStringLiteral("--port"), QStringLiteral("0")};
    if (!ledgerPath.isEmpty())
        arguments << QStringLiteral("--ledger") << ledgerPath;
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QStringLiteral(PAYGATE_SIM_PATH), arguments + extra);
    if (!m_process->waitForStarted(10000))
        return false;
    QByteArray line;
    while (!line.contains('\n') && m_process->waitForReadyRead(10000))
        line += m_process->readAll();
    static const QRegularExpression address(QStringLiteral("listening on (http://\\S+)"));
    const auto match = address.match(QString::fromUtf8(line));
    m_url = match.hasMatch() ? match.captured(1) : QString();
    return !m_url.isEmpty();
}

void PaygateSim::stop()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

QJsonObject PaygateSim::request(const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_url + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(30000);
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QJsonObject PaygateSim::ledger() const
{
    return request("GET", QStringLiteral("/ledger"));
}

bool PaygateSim::setFaults(const QJsonObject &faults) const
{
    const QJsonObject answer = request("POST", QStringLiteral("/_sim/faults"), faults);
    return !answer.isEmpty() && !answer.contains(QStringLiteral("error"));
}

bool PaygateSim::presentCard(const QString &card) const
{
    const QJsonObject answer = request("POST", QStringLiteral("/_sim/terminal/present"), {{QStringLiteral("card"), card}});
    return !answer.isEmpty() && !answer.contains(QStringLiteral("error"));
}

qint64 PaygateSim::sumFor(const QString &bookingReference, const QString &field) const
{
    qint64 sum = 0;
    for (const QJsonValue &charge : ledger().value(QStringLiteral("charges")).toArray()) {
        if (charge[QStringLiteral("description")].toString() == bookingReference)
            sum += charge[field].toInteger();
    }
    return sum;
}

qint64 PaygateSim::capturedFor(const QString &bookingReference) const
{
    return sumFor(bookingReference, QStringLiteral("captured"));
}

qint64 PaygateSim::refundedFor(const QString &bookingReference) const
{
    return sumFor(bookingReference, QStringLiteral("refunded"));
}

int PaygateSim::chargesFor(const QString &bookingReference, const QString &status) const
{
    int count = 0;
    for (const QJsonValue &charge : ledger().value(QStringLiteral("charges")).toArray()) {
        if (charge[QStringLiteral("description")].toString() == bookingReference
            && (status.isEmpty() || charge[QStringLiteral("status")].toString() == status))
            ++count;
    }
    return count;
}

} // namespace kiosk::test
