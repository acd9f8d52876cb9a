#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace kiosk::test {

// paygate-sim as a child process on a free port of 127.0.0.1, for tests that pay over HTTP.
class PaygateSim {
public:
    // Starts the simulator; `ledgerPath` keeps its books across restarts. False on failure.
    bool start(const QString &ledgerPath = QString(), const QStringList &extra = {});
    void stop();
    ~PaygateSim() { stop(); }

    QString url() const { return m_url; }
    // GET /ledger and POST /_sim/faults, waiting for the answer.
    QJsonObject ledger() const;
    bool setFaults(const QJsonObject &faults) const;
    // The terminal mode's next card: approve, decline, insufficient_funds, removed, timeout.
    bool presentCard(const QString &card) const;
    // Money the simulator holds for charges described as `bookingReference`.
    qint64 capturedFor(const QString &bookingReference) const;
    qint64 refundedFor(const QString &bookingReference) const;
    int chargesFor(const QString &bookingReference, const QString &status = QString()) const;

private:
    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;
    qint64 sumFor(const QString &bookingReference, const QString &field) const;

    std::unique_ptr<QProcess> m_process;
    QString m_url;
};

} // namespace kiosk::test
