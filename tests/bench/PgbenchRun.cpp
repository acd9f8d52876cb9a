#include "PgbenchRun.h"

#include "Interruption.h"
#include "LatencyStats.h"
#include "ProcessCpu.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace kiosk::bench {

QJsonObject latencyJson(const std::vector<std::int64_t> &samples)
{
    const LatencySummary s = summarize(samples);
    return QJsonObject{{QStringLiteral("count"), qint64(s.count)}, {QStringLiteral("p50_ms"), s.p50Ms},
                       {QStringLiteral("p95_ms"), s.p95Ms},        {QStringLiteral("p99_ms"), s.p99Ms},
                       {QStringLiteral("max_ms"), s.maxMs}};
}

namespace {

QString pgbenchProgram()
{
    return qEnvironmentVariable("KIOSK_TEST_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin")) +
           QStringLiteral("/pgbench");
}

// What one run of pgbench did, over all its processes.
struct PgbenchPass {
    CpuSeconds cpu; // theirs, once they have ended and been waited for
    qint64 transactions = 0;
    double tps = 0; // summed over the processes
};

// pgbench in `shape` with `arguments` (the script and URL last), in `directory` (its -l
// logs); every process ends or is killed before this returns.
Result<PgbenchPass> runPass(const QStringList &arguments, int clients, PgbenchShape shape, double seconds,
                            const QString &directory)
{
    if (auto stop = interruption())
        return *stop;
    const int processes = shape == PgbenchShape::Processes ? clients : 1;
    const QString perProcess = QString::number(clients / processes);
    std::vector<std::unique_ptr<QProcess>> running;
    std::vector<std::unique_ptr<WatchedChild>> watched;
    const CpuSeconds cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    for (int i = 0; i < processes; ++i) {
        auto pgbench = std::make_unique<QProcess>();
        pgbench->setWorkingDirectory(directory);
        pgbench->start(pgbenchProgram(), QStringList{QStringLiteral("-c"), perProcess, QStringLiteral("-j"), perProcess,
                                                     QStringLiteral("-D"), QStringLiteral("client_offset=%1").arg(i)}
                                             + arguments);
        watched.push_back(std::make_unique<WatchedChild>(pgbench->processId()));
        running.push_back(std::move(pgbench));
    }
    PgbenchPass pass;
    QString failure;
    static const QRegularExpression tps(QStringLiteral(R"(tps = ([0-9.]+) \(without)"));
    static const QRegularExpression done(QStringLiteral(R"(actually processed: ([0-9]+))"));
    for (const auto &pgbench : running) {
        if (!pgbench->waitForFinished(int(seconds * 1000) + 120000) || pgbench->exitStatus() != QProcess::NormalExit
            || pgbench->exitCode() != 0) {
            if (failure.isEmpty())
                failure = QString::fromLocal8Bit(pgbench->readAllStandardError()) + pgbench->errorString();
            continue;
        }
        const QString out = QString::fromLocal8Bit(pgbench->readAllStandardOutput());
        pass.tps += tps.match(out).captured(1).toDouble();
        pass.transactions += done.match(out).captured(1).toLongLong();
    }
    watched.clear();
    running.clear(); // a process still running is killed here, before its CPU is read
    pass.cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    if (auto stop = interruption())
        return *stop;
    if (!failure.isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("pgbench failed: %1").arg(failure));
    return pass;
}

std::vector<std::int64_t> loggedLatencies(const QString &directory)
{
    std::vector<std::int64_t> latencies;
    for (const QString &name : QDir(directory).entryList({QStringLiteral("pgbench_log.*")})) {
        QFile log(QDir(directory).filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) { // client_id transaction_no time_us script_no epoch epoch_us
            const QList<QByteArray> fields = log.readLine().split(' ');
            if (fields.size() >= 3)
                latencies.push_back(fields[2].toLongLong() * 1000);
        }
    }
    return latencies;
}

} // namespace

Result<QJsonObject> runPgbench(const QString &scriptName, int clients, double seconds, const QString &url,
                               qint64 firstFlight, const QStringList &variables, PgbenchShape shape)
{
    QStringList common{QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"), QStringLiteral("-l"),
                       QStringLiteral("-D"), QStringLiteral("clients=%1").arg(clients), QStringLiteral("-D"),
                       QStringLiteral("first_flight=%1").arg(firstFlight)};
    for (const QString &variable : variables)
        common << QStringLiteral("-D") << variable;
    const QStringList scriptAndUrl{QStringLiteral("-f"), QStringLiteral(KIOSK_BENCH_DIR "/") + scriptName, url};
    // The start alone (processes, connections, one transaction each on the first seats), so
    // that the CPU a hold is counted without it, as the terminals count theirs.
    QTemporaryDir startLogs;
    auto start = runPass(common + QStringList{QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-D"),
                                              QStringLiteral("iter=0")} + scriptAndUrl,
                         clients, shape, 0, startLogs.path());
    if (!start)
        return start.error();
    QTemporaryDir logs;
    auto run = runPass(common + QStringList{QStringLiteral("-T"), QString::number(qMax(1, int(seconds))),
                                            QStringLiteral("-D"), QStringLiteral("iter=1")} + scriptAndUrl,
                       clients, shape, seconds, logs.path());
    if (!run)
        return run.error();
    CpuSeconds holding = run->cpu - start->cpu;
    holding.user = std::max(0.0, holding.user);
    holding.system = std::max(0.0, holding.system);
    QJsonObject measured = clientCpuJson(holding, run->transactions);
    measured.insert(QStringLiteral("start_cpu_ms"), (start->cpu.user + start->cpu.system) * 1000);
    measured.insert(QStringLiteral("tps"), run->tps);
    measured.insert(QStringLiteral("latency"), latencyJson(loggedLatencies(logs.path())));
    return measured;
}

std::unique_ptr<QProcess> startAnnouncer(double seconds, const QString &url)
{
    auto announcer = std::make_unique<QProcess>();
    announcer->start(pgbenchProgram(),
                     {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-R"),
                      QStringLiteral("50"), QStringLiteral("-T"), QString::number(int(seconds) + 5), QStringLiteral("-f"),
                      QStringLiteral(KIOSK_BENCH_DIR "/announce.pgbench"), url});
    return announcer;
}

QString withoutTriggers(const QString &schemaUrl)
{
    // BenchSchema's URLs end in options=-csearch_path%3D<schema>; libpq takes more -c there.
    return schemaUrl + QStringLiteral("%20-csession_replication_role%3Dreplica");
}

QString comparisonText(const QJsonObject &comparison)
{
    const auto side = [&](const char *name) {
        const QJsonObject s = comparison[QLatin1String(name)].toObject();
        return QStringLiteral("%1 tps (p99 %2 ms; client CPU %3 + %4 ms a hold, user + kernel)")
            .arg(s[QStringLiteral("tps")].toDouble(), 0, 'f', 1)
            .arg(s[QStringLiteral("latency")][QStringLiteral("p99_ms")].toDouble(), 0, 'f', 2)
            .arg(s[QStringLiteral("client_user_ms_per_op")].toDouble(), 0, 'f', 3)
            .arg(s[QStringLiteral("client_system_ms_per_op")].toDouble(), 0, 'f', 3);
    };
    const auto ratio = [&](const char *name) {
        return QString::number(comparison[QLatin1String(name)].toDouble(), 'f', 2);
    };
    QString text = QStringLiteral("hold only: kiosk %1 vs pgbench, the same SQL (hold.pgbench), %2: ratio %3\n"
                                  "  vs that pgbench as a process a connection, as terminals run, %4: ratio %5\n"
                                  "  client user time a hold, kiosk to pgbench: %6; to pgbench as processes: %7\n"
                                  "  vs the least SQL of a hold (hold_minimal.pgbench) without a notification %8: ratio %9\n")
                       .arg(side("kiosk"), side("pgbench"), ratio("ratio"), side("pgbench_processes"),
                            ratio("ratio_to_processes"), ratio("client_user_ratio"),
                            ratio("client_user_ratio_to_processes"), side("minimal"), ratio("ratio_to_minimal"));
    text += QStringLiteral("  (that least SQL with a NOTIFY in its transaction, as every hold had before migration 0015: %1)\n")
                .arg(side("minimal_notify"));
    const auto load = [](const QJsonValue &round) {
        return QStringLiteral("load average %1 -> %2")
            .arg(round[QStringLiteral("load_average_before")].toDouble(), 0, 'f', 1)
            .arg(round[QStringLiteral("load_average_after")].toDouble(), 0, 'f', 1);
    };
    const QJsonArray rounds = comparison[QStringLiteral("rounds")].toArray();
    if (rounds.isEmpty())
        return text + QStringLiteral("  (%1)\n").arg(load(comparison));
    QStringList each;
    for (const QJsonValue &round : rounds)
        each << QStringLiteral("%1 / %2 / %3 (%4, %5)")
                    .arg(round[QStringLiteral("ratio")].toDouble(), 0, 'f', 2)
                    .arg(round[QStringLiteral("ratio_to_processes")].toDouble(), 0, 'f', 2)
                    .arg(round[QStringLiteral("ratio_to_minimal")].toDouble(), 0, 'f', 2)
                    .arg(round[QStringLiteral("order")].toString(), load(round));
    return text + QStringLiteral("  medians of %1 rounds; the ratios of each, to the same SQL / to it as processes / "
                                 "to the least SQL: %2\n")
                      .arg(rounds.size())
                      .arg(each.join(QStringLiteral(", ")));
}

} // namespace kiosk::bench
