#pragma once

#include "SimFaults.h"
#include "SimLedger.h"
#include "SimTerminal.h"

#include <QAbstractHttpServer>

namespace paygate {

// The HTTP side of paygate-sim on Qt HTTP Server: routes the payment-intents API to the
// ledger, answers a repeated Idempotency-Key with the first answer, and injects faults.
class SimServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    static constexpr qsizetype MaxRequestBytes = 64 * 1024;

    SimServer(SimLedger &ledger, SimFaults faults, QObject *parent = nullptr)
        : QAbstractHttpServer(parent), m_ledger(ledger), m_faults(faults) {}

    SimTerminal &terminal() { return m_terminal; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimAnswer route(const QHttpServerRequest &request, const QJsonObject &body);
    SimAnswer mutate(const QString &path, const QJsonObject &body, const QString &idempotencyKey);
    SimAnswer processOnce(const QString &path, const QJsonObject &body, const QString &idempotencyKey);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket, const SimAnswer &answer);

    SimLedger &m_ledger;
    SimFaults m_faults;
    SimTerminal m_terminal;
};

} // namespace paygate
