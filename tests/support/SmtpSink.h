#pragma once

#include <QDateTime>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace kiosk::test {

// A real SMTP server on 127.0.0.1 for the outbox tests: Python's aiosmtpd (Debian
// python3-aiosmtpd) run by Debian's /usr/bin/python3, writing every message it accepts to
// a file of a directory, or refusing every recipient with 550. A missing aiosmtpd makes
// start() fail with the reason: the tests fail, never skip.
class SmtpSink {
public:
    enum class Mode { Accept, Refuse };

    SmtpSink();
    ~SmtpSink() { stop(); }

    // On `port` (0: a free one, kept across restarts). False with error() on failure.
    bool start(Mode mode = Mode::Accept, int port = 0);
    void stop();
    const QString &error() const { return m_error; }
    int port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }

    // The messages accepted so far (raw RFC 5322 text), in the order they arrived.
    QStringList messages() const;
    // ... each with the time the server had it whole (before its 250), for latency figures.
    struct Arrival {
        QDateTime atUtc;
        QString message;
    };
    QList<Arrival> arrivals() const;
    int count() const;
    // Waits up to timeoutMs for at least `count` messages.
    bool waitForMessages(int count, int timeoutMs) const;
    // A header's value in a raw message ("Message-ID"), empty if absent.
    static QString header(const QString &message, const QString &name);
    // The MIME parts of a raw message (nested ones too) whose Content-Type starts with
    // `type`: their headers, and their bodies decoded from base64.
    struct Part {
        QString headers;
        QByteArray data;
    };
    static QList<Part> parts(const QString &message, const QString &type);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace kiosk::test
