#include "PgbenchRun.h"

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

} // namespace

Result<QJsonObject> runPgbench(const QString &scriptName, int clients, double seconds, const QString &url,
                               qint64 firstFlight, const QStringList &variables)
{
    QTemporaryDir logs;
    const QString script = QStringLiteral(KIOSK_BENCH_DIR "/") + scriptName;
    QProcess pgbench;
    pgbench.setWorkingDirectory(logs.path());
    QStringList arguments{QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"), QStringLiteral("-c"),
                          QString::number(clients), QStringLiteral("-j"), QString::number(clients),
                          QStringLiteral("-T"), QString::number(qMax(1, int(seconds))), QStringLiteral("-l"),
                          QStringLiteral("-D"), QStringLiteral("clients=%1").arg(clients), QStringLiteral("-D"),
                          QStringLiteral("first_flight=%1").arg(firstFlight), QStringLiteral("-D"), QStringLiteral("iter=0")};
    for (const QString &variable : variables)
        arguments << QStringLiteral("-D") << variable;
    const CpuSeconds cpuBefore = cpuSeconds(RUSAGE_CHILDREN); // pgbench's, once it has ended and been waited for
    pgbench.start(pgbenchProgram(), arguments << QStringLiteral("-f") << script << url);
    const bool finished = pgbench.waitForFinished(int(seconds * 1000) + 120000);
    const CpuSeconds cpuAfter = cpuSeconds(RUSAGE_CHILDREN);
    if (!finished || pgbench.exitCode() != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("pgbench failed: %1%2")
                                                  .arg(QString::fromLocal8Bit(pgbench.readAllStandardError()),
                                                       pgbench.errorString()));
    const QString out = QString::fromLocal8Bit(pgbench.readAllStandardOutput());
    const auto tps = QRegularExpression(QStringLiteral(R"(tps = ([0-9.]+) \(without)")).match(out);
    const auto done = QRegularExpression(QStringLiteral(R"(actually processed: ([0-9]+))")).match(out);
    std::vector<std::int64_t> latencies;
    for (const QString &name : QDir(logs.path()).entryList({QStringLiteral("pgbench_log.*")})) {
        QFile log(logs.filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) { // client_id transaction_no time_us script_no epoch epoch_us
            const QList<QByteArray> fields = log.readLine().split(' ');
            if (fields.size() >= 3)
                latencies.push_back(fields[2].toLongLong() * 1000);
        }
    }
    // pgbench's CPU includes its start and its connections (the terminals' excludes theirs).
    QJsonObject measured = clientCpuJson(cpuAfter - cpuBefore, done.captured(1).toLongLong());
    measured.insert(QStringLiteral("tps"), tps.hasMatch() ? tps.captured(1).toDouble() : 0.0);
    measured.insert(QStringLiteral("latency"), latencyJson(latencies));
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
                                  "  vs the least SQL of a hold (hold_minimal.pgbench) without a notification %4: ratio %5\n"
                                  "  (that least SQL with a NOTIFY in its transaction, as every hold had before migration 0015: %6)\n")
                       .arg(side("kiosk"), side("pgbench"), ratio("ratio"), side("minimal"), ratio("ratio_to_minimal"),
                            side("minimal_notify"));
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
        each << QStringLiteral("%1 / %2 (%3, %4)")
                    .arg(round[QStringLiteral("ratio")].toDouble(), 0, 'f', 2)
                    .arg(round[QStringLiteral("ratio_to_minimal")].toDouble(), 0, 'f', 2)
                    .arg(round[QStringLiteral("order")].toString(), load(round));
    return text + QStringLiteral("  medians of %1 rounds; the ratios of each, to the same SQL / to the least SQL: %2\n")
                      .arg(rounds.size())
                      .arg(each.join(QStringLiteral(", ")));
}

} // namespace kiosk::bench
