#include "TerminalProcesses.h"

#include "Interruption.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

namespace kiosk::bench {

namespace {

const char ReadyLine[] = "ready\n";

// The last lines a terminal logged, for the message when it failed.
QString logTail(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    if (file.size() > 4096)
        file.seek(file.size() - 4096);
    return QString::fromLocal8Bit(file.readAll());
}

} // namespace

// A terminal's log goes into a file, never into a pipe: a pipe read only once its terminal
// has ended fills up (64 KiB) in a long run and stops that terminal in the middle of a hold
// until then, which the soak of 2026-12-02 measured as one hold attempt of 3,603 s.
Result<TerminalStats> runTerminalProcesses(int terminals, const std::function<QStringList(int)> &argumentsOf,
                                           double seconds, TerminalTimes &times)
{
    QTemporaryDir logs;
    if (!logs.isValid())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("no directory for the terminals' logs: %1").arg(logs.errorString()));
    const auto logOf = [&logs](int terminal) { return logs.filePath(QStringLiteral("terminal-%1.log").arg(terminal)); };
    if (auto stop = interruption())
        return *stop;
    std::vector<std::unique_ptr<QProcess>> children;
    std::vector<std::unique_ptr<WatchedChild>> watched;
    const std::int64_t startedAtNs = monotonicNowNs();
    for (int i = 0; i < terminals; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setStandardErrorFile(logOf(i));
        child->start(QCoreApplication::applicationFilePath(), argumentsOf(i));
        watched.push_back(std::make_unique<WatchedChild>(child->processId()));
        children.push_back(std::move(child));
    }
    const int startupLimitMs = 120000;
    for (int i = 0; i < terminals; ++i) {
        QProcess *child = children[size_t(i)].get();
        QElapsedTimer waited;
        waited.start();
        while (!child->canReadLine() && child->state() != QProcess::NotRunning && waited.elapsed() < startupLimitMs)
            child->waitForReadyRead(1000);
        // A terminal that could not connect prints its statistics instead, read below.
        if (child->canReadLine() && child->peek(sizeof ReadyLine).startsWith(ReadyLine))
            (void)child->readLine();
    }
    const std::int64_t goAtNs = monotonicNowNs();
    for (const auto &child : children) {
        child->write("go\n");
        child->waitForBytesWritten(1000); // now: waitForFinished below serves one child at a time
    }
    TerminalStats total;
    for (int i = 0; i < terminals; ++i) {
        QProcess *child = children[size_t(i)].get();
        if (!child->waitForFinished(int(seconds * 1000) + startupLimitMs) || child->exitStatus() != QProcess::NormalExit
            || child->exitCode() != 0) {
            if (auto stop = interruption())
                return *stop;
            return makeError(ErrorCode::Internal, QStringLiteral("terminal %1 failed: %2").arg(i).arg(logTail(logOf(i))));
        }
        const QJsonDocument line = QJsonDocument::fromJson(child->readAllStandardOutput());
        if (!line.isObject())
            return makeError(ErrorCode::Internal, QStringLiteral("terminal %1 printed no statistics").arg(i));
        total.add(TerminalStats::fromJson(line.object()));
    }
    times.startupSeconds = double(goAtNs - startedAtNs) / 1e9;
    times.runSeconds = double(qMax(total.loopEndedAtNs, goAtNs) - goAtNs) / 1e9;
    return total;
}

void awaitGo()
{
    std::fputs(ReadyLine, stdout);
    std::fflush(stdout);
    char go[16];
    (void)std::fgets(go, sizeof go, stdin);
}

} // namespace kiosk::bench
