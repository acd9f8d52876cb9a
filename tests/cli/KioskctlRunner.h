#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace kiosk::test {

// What one kioskctl process did.
struct CtlRun {
    int exitCode = -1;   // -1: crashed or timed out
    QByteArray out;
    QByteArray err;

    // stdout parsed as the one JSON object the contract promises (a test failure otherwise).
    QJsonObject json() const;
    // stderr parsed as the contract's error object {"error", "message"}.
    QJsonObject error() const;
    // "exit 3, stderr: ..." for assertion messages.
    std::string describe() const;
};

// Runs the kioskctl binary built beside the tests (KIOSKCTL_PATH) as a separate process,
// with a clean environment: no KIOSK_DB unless a test sets one.
class KioskctlRunner {
public:
    KioskctlRunner();

    QProcessEnvironment &environment() { return m_environment; }
    static QString program();

    // `input` is written to its standard input, which is then closed (secrets such as card
    // numbers are read from there, never from the arguments).
    CtlRun run(const QStringList &arguments, int timeoutMs = 60000, const QByteArray &input = {}) const;

    // Starts every command line before waiting for any, then collects them all: the
    // processes really run at the same time. Each gets `input` on its standard input.
    // `whileRunning` runs once every process has started, before any is waited for (a test
    // that holds the racers at a lock releases them there).
    std::vector<CtlRun> runConcurrently(const QList<QStringList> &commandLines, int timeoutMs = 120000,
                                        const std::function<void()> &whileRunning = {},
                                        const QByteArray &input = {}) const;

    // Starts a long-running command (watch) and returns at once; the caller reads and ends it.
    std::unique_ptr<QProcess> start(const QStringList &arguments, const QByteArray &input = {}) const;

private:
    static CtlRun collect(QProcess &process, int timeoutMs);

    QProcessEnvironment m_environment;
};

} // namespace kiosk::test
