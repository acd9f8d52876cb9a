#include "KioskctlRunner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>

#include <gtest/gtest.h>

namespace kiosk::test {

namespace {

QJsonObject parseObject(const QByteArray &bytes, const char *stream)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ADD_FAILURE() << stream << " is not one JSON object (" << error.errorString().toStdString()
                      << "): " << bytes.toStdString();
        return {};
    }
    return document.object();
}

} // namespace

QJsonObject CtlRun::json() const
{
    return parseObject(out, "stdout");
}

QJsonObject CtlRun::error() const
{
    return parseObject(err, "stderr");
}

std::string CtlRun::describe() const
{
    return "exit " + std::to_string(exitCode) + ", stderr: " + err.toStdString();
}

KioskctlRunner::KioskctlRunner() : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("KIOSK_DB"));
    m_environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    // The tests' explicit choice; PostgreSQL refuses to default to it (GatewayFactory).
    m_environment.insert(QStringLiteral("KIOSK_GATEWAY"), QStringLiteral("mock"));
}

QString KioskctlRunner::program()
{
    return QStringLiteral(KIOSKCTL_PATH);
}

std::unique_ptr<QProcess> KioskctlRunner::start(const QStringList &arguments, const QByteArray &input) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->setProgram(program());
    process->setArguments(arguments);
    process->start();
    if (!input.isEmpty())
        process->write(input);
    process->closeWriteChannel();
    return process;
}

CtlRun KioskctlRunner::collect(QProcess &process, int timeoutMs)
{
    CtlRun run;
    if (!process.waitForFinished(timeoutMs)) {
        ADD_FAILURE() << "kioskctl " << process.arguments().join(QLatin1Char(' ')).toStdString()
                      << " did not finish: " << process.errorString().toStdString();
        process.kill();
        process.waitForFinished(5000);
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::NormalExit && process.error() != QProcess::FailedToStart)
        run.exitCode = process.exitCode();
    return run;
}

CtlRun KioskctlRunner::run(const QStringList &arguments, int timeoutMs, const QByteArray &input) const
{
    auto process = start(arguments, input);
    return collect(*process, timeoutMs);
}

std::vector<CtlRun> KioskctlRunner::runConcurrently(const QList<QStringList> &commandLines, int timeoutMs,
                                                   const std::function<void()> &whileRunning,
                                                   const QByteArray &input) const
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &arguments : commandLines)
        processes.push_back(start(arguments, input));
    for (auto &process : processes)
        EXPECT_TRUE(process->waitForStarted(10000)) << process->errorString().toStdString();
    if (whileRunning)
        whileRunning();
    std::vector<CtlRun> runs;
    for (auto &process : processes)
        runs.push_back(collect(*process, timeoutMs));
    return runs;
}

} // namespace kiosk::test
