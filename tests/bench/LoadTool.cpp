// kiosk_load: N terminals as N separate processes, each on its own connection, looping a
// traveller's journey against one database for a bounded time; then the invariants in SQL.
// With --pgbench (PostgreSQL) it also runs a hold-only phase beside pgbench running the
// same hold transaction, and prints the ratio. docs/benchmarks.md has the figures.
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "LoadInvariants.h"
#include "TerminalJourney.h"
#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

struct LoadOptions {
    QString backend = QStringLiteral("postgresql");
    QString adminUrl;
    int terminals = 8;
    double seconds = 20;
    int flights = 50;
    int thinkMs = 0;
    int ttl = 3;
    quint32 seed = 1;
    bool pgbench = false;
    bool json = false;
};

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// A fresh place for one phase: a new schema (PostgreSQL) or a new file (SQLite).
struct Target {
    QString url;
    QString schema;
    std::unique_ptr<QTemporaryDir> dir;
};

Result<Target> makeTarget(const LoadOptions &options, const QString &phase)
{
    Target target;
    if (options.backend == QLatin1String("sqlite")) {
        target.dir = std::make_unique<QTemporaryDir>();
        target.url = QStringLiteral("sqlite:") + target.dir->filePath(phase + QStringLiteral(".sqlite"));
        return target;
    }
    target.schema = QStringLiteral("load_%1_%2").arg(QCoreApplication::applicationPid()).arg(phase);
    auto url = createSchema(options.adminUrl, target.schema);
    if (!url)
        return url.error();
    target.url = *url;
    return target;
}

// Starts every terminal before waiting for any, then collects their JSON lines.
Result<TerminalStats> runTerminals(const LoadOptions &options, const QString &url, qint64 firstFlight, int flights,
                                   bool holdOnly, double &wallSeconds)
{
    std::vector<std::unique_ptr<QProcess>> children;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < options.terminals; ++i) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{QStringLiteral("--child"), QStringLiteral("--db"), url,
                              QStringLiteral("--terminal"), QString::number(i),
                              QStringLiteral("--terminals"), QString::number(options.terminals),
                              QStringLiteral("--seconds"), QString::number(options.seconds),
                              QStringLiteral("--first-flight"), QString::number(firstFlight),
                              QStringLiteral("--flights"), QString::number(flights),
                              QStringLiteral("--ttl"), QString::number(options.ttl),
                              QStringLiteral("--think-ms"), QString::number(holdOnly ? 0 : options.thinkMs),
                              QStringLiteral("--seed"), QString::number(options.seed)};
        if (holdOnly)
            arguments << QStringLiteral("--hold-only");
        child->start(QCoreApplication::applicationFilePath(), arguments);
        children.push_back(std::move(child));
    }
    TerminalStats total;
    for (auto &child : children) {
        if (!child->waitForFinished(int(options.seconds * 1000) + 120000) || child->exitCode() != 0)
            return makeError(ErrorCode::Internal, QStringLiteral("a terminal process failed: %1")
                                                      .arg(QString::fromLocal8Bit(child->readAllStandardError())));
        const QJsonDocument line = QJsonDocument::fromJson(child->readAllStandardOutput());
        if (!line.isObject())
            return makeError(ErrorCode::Internal, QStringLiteral("a terminal process printed no statistics"));
        total.add(TerminalStats::fromJson(line.object()));
    }
    wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    return total;
}

QJsonObject latencyJson(const std::vector<std::int64_t> &samples)
{
    const LatencySummary s = summarize(samples);
    return QJsonObject{{QStringLiteral("count"), qint64(s.count)}, {QStringLiteral("p50_ms"), s.p50Ms},
                       {QStringLiteral("p95_ms"), s.p95Ms},        {QStringLiteral("p99_ms"), s.p99Ms},
                       {QStringLiteral("max_ms"), s.maxMs}};
}

// pgbench with the hold script on fresh flights; tps and per-transaction latencies.
Result<QJsonObject> runPgbench(const LoadOptions &options, const QString &url, qint64 firstFlight)
{
    const QString bin = qEnvironmentVariable("KIOSK_TEST_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    QTemporaryDir logs;
    const QString script = QStringLiteral(KIOSK_BENCH_DIR "/hold.pgbench");
    QProcess pgbench;
    pgbench.setWorkingDirectory(logs.path());
    pgbench.start(bin + QStringLiteral("/pgbench"),
                  {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"), QStringLiteral("-c"),
                   QString::number(options.terminals), QStringLiteral("-j"), QString::number(options.terminals),
                   QStringLiteral("-T"), QString::number(qMax(1, int(options.seconds))), QStringLiteral("-l"),
                   QStringLiteral("-D"), QStringLiteral("clients=%1").arg(options.terminals), QStringLiteral("-D"),
                   QStringLiteral("first_flight=%1").arg(firstFlight), QStringLiteral("-D"), QStringLiteral("iter=0"),
                   QStringLiteral("-f"), script, url});
    if (!pgbench.waitForFinished(int(options.seconds * 1000) + 120000) || pgbench.exitCode() != 0)
        return makeError(ErrorCode::Internal, QStringLiteral("pgbench failed: %1%2")
                                                  .arg(QString::fromLocal8Bit(pgbench.readAllStandardError()),
                                                       pgbench.errorString()));
    const QString out = QString::fromLocal8Bit(pgbench.readAllStandardOutput());
    const auto tps = QRegularExpression(QStringLiteral(R"(tps = ([0-9.]+) \(without)")).match(out);
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
    return QJsonObject{{QStringLiteral("tps"), tps.hasMatch() ? tps.captured(1).toDouble() : 0.0},
                       {QStringLiteral("latency"), latencyJson(latencies)}};
}

int childMain(const QCommandLineParser &parser)
{
    TerminalPlan plan;
    plan.url = parser.value(QStringLiteral("db"));
    plan.terminal = parser.value(QStringLiteral("terminal")).toInt();
    plan.terminals = parser.value(QStringLiteral("terminals")).toInt();
    plan.seconds = parser.value(QStringLiteral("seconds")).toDouble();
    plan.firstFlightId = parser.value(QStringLiteral("first-flight")).toLongLong();
    plan.flights = parser.value(QStringLiteral("flights")).toInt();
    plan.holdTtlSeconds = parser.value(QStringLiteral("ttl")).toInt();
    plan.thinkMs = parser.value(QStringLiteral("think-ms")).toInt();
    plan.hotFlights = qMax(1, plan.flights / 10);
    plan.seed = parser.value(QStringLiteral("seed")).toUInt();
    plan.holdOnly = parser.isSet(QStringLiteral("hold-only"));
    const TerminalStats stats = runTerminal(plan);
    std::printf("%s\n", QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

namespace {

QJsonObject mixedPhase(const LoadOptions &options, bool &ok)
{
    ok = false;
    auto target = makeTarget(options, QStringLiteral("mixed"));
    if (!target) {
        say(target.error().message);
        return {};
    }
    auto db = Database::open(target->url, QStringLiteral("kiosk-load"));
    auto first = db ? loadFlights(**db, options.flights) : Result<qint64>(db.error());
    if (!first) {
        say(first.error().message);
        return {};
    }
    say(QStringLiteral("kiosk_load: %1 terminals, %2 s, %3 flights (%4 hot), think %5 ms, on %6")
            .arg(options.terminals).arg(options.seconds).arg(options.flights).arg(qMax(1, options.flights / 10))
            .arg(options.thinkMs).arg(options.backend));
    double wall = 0;
    auto stats = runTerminals(options, target->url, *first, options.flights, false, wall);
    if (!stats) {
        say(stats.error().message);
        return {};
    }
    // One last terminal releases whatever lapsed after the others stopped.
    MockPaymentGateway gateway;
    BookingService closer(**db, gateway, Actor{QStringLiteral("load-closer"), QStringLiteral("kiosk")});
    if (auto released = closer.expireDue(); !released)
        say(released.error().message);
    auto invariants = checkLoadInvariants(**db);
    if (!invariants) {
        say(invariants.error().message);
        return {};
    }
    QSqlQuery expired((*db)->connection());
    expired.exec(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE state = 'EXPIRED'"));
    const qint64 expiredHolds = expired.next() ? expired.value(0).toLongLong() : -1;
    QJsonObject counts = stats->toJson();
    counts.remove(QStringLiteral("hold_us"));
    counts.remove(QStringLiteral("seat_map_us"));
    counts.insert(QStringLiteral("expired_holds"), expiredHolds);
    ok = invariants->violations() == 0 && stats->unexpectedErrors == 0 && stats->holds > 0;
    if (!target->schema.isEmpty())
        (void)dropSchema(options.adminUrl, target->schema);
    return QJsonObject{{QStringLiteral("seconds"), wall},
                       {QStringLiteral("journeys_per_s"), double(stats->journeys) / wall},
                       {QStringLiteral("holds_per_s"), double(stats->holds) / wall},
                       {QStringLiteral("hold_latency"), latencyJson(stats->holdNs)},
                       {QStringLiteral("seat_map_latency"), latencyJson(stats->seatMapNs)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("invariants"), invariants->toJson()}};
}

// The same transaction both ways on fresh flights: kiosk terminals doing nothing but hold,
// then pgbench with hold.pgbench.
QJsonObject comparisonPhase(const LoadOptions &options, bool &ok)
{
    ok = false;
    // Enough distinct seats that neither side runs out at 3,000 holds a second.
    const int flights = int(options.seconds * 3000 / SeatsPerFlight) + options.terminals + 1;
    QJsonObject result;
    for (const QString &side : {QStringLiteral("kiosk"), QStringLiteral("pgbench")}) {
        auto target = makeTarget(options, side);
        auto db = target ? Database::open(target->url, QStringLiteral("kiosk-load")) : Result<std::unique_ptr<Database>>(target.error());
        auto first = db ? loadFlights(**db, flights) : Result<qint64>(db.error());
        if (!first) {
            say(first.error().message);
            return {};
        }
        (void)(*db)->execute(QStringLiteral("CHECKPOINT"), QStringLiteral("a quiet start"));
        if (side == QLatin1String("kiosk")) {
            double wall = 0;
            auto stats = runTerminals(options, target->url, *first, flights, true, wall);
            if (!stats || stats->unexpectedErrors > 0) {
                say(stats ? stats->firstUnexpectedError : stats.error().message);
                return {};
            }
            result.insert(side, QJsonObject{{QStringLiteral("tps"), double(stats->holds) / wall},
                                            {QStringLiteral("latency"), latencyJson(stats->holdNs)}});
        } else {
            auto measured = runPgbench(options, target->url, *first);
            if (!measured) {
                say(measured.error().message);
                return {};
            }
            result.insert(side, *measured);
        }
        (void)dropSchema(options.adminUrl, target->schema);
    }
    const double pgbenchTps = result[QStringLiteral("pgbench")][QStringLiteral("tps")].toDouble();
    result.insert(QStringLiteral("ratio"),
                  pgbenchTps > 0 ? result[QStringLiteral("kiosk")][QStringLiteral("tps")].toDouble() / pgbenchTps : 0.0);
    ok = true;
    return result;
}

QString humanReport(const QJsonObject &report)
{
    const QJsonObject mixed = report[QStringLiteral("mixed")].toObject();
    const QJsonObject hold = mixed[QStringLiteral("hold_latency")].toObject();
    const QJsonObject counts = mixed[QStringLiteral("counts")].toObject();
    QString text = QStringLiteral("mixed journeys: %1 journeys/s, %2 holds/s; hold p50 %3 ms, p95 %4 ms, p99 %5 ms\n")
                       .arg(mixed[QStringLiteral("journeys_per_s")].toDouble(), 0, 'f', 1)
                       .arg(mixed[QStringLiteral("holds_per_s")].toDouble(), 0, 'f', 1)
                       .arg(hold[QStringLiteral("p50_ms")].toDouble(), 0, 'f', 2)
                       .arg(hold[QStringLiteral("p95_ms")].toDouble(), 0, 'f', 2)
                       .arg(hold[QStringLiteral("p99_ms")].toDouble(), 0, 'f', 2);
    text += QStringLiteral("counts: %1\n").arg(QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)));
    text += QStringLiteral("invariants: %1\n")
                .arg(QString::fromUtf8(QJsonDocument(mixed[QStringLiteral("invariants")].toObject())
                                           .toJson(QJsonDocument::Compact)));
    if (report.contains(QStringLiteral("comparison"))) {
        const QJsonObject c = report[QStringLiteral("comparison")].toObject();
        text += QStringLiteral("hold only: kiosk %1 tps (p99 %2 ms) vs pgbench %3 tps (p99 %4 ms): ratio %5\n")
                    .arg(c[QStringLiteral("kiosk")][QStringLiteral("tps")].toDouble(), 0, 'f', 1)
                    .arg(c[QStringLiteral("kiosk")][QStringLiteral("latency")][QStringLiteral("p99_ms")].toDouble(), 0, 'f', 2)
                    .arg(c[QStringLiteral("pgbench")][QStringLiteral("tps")].toDouble(), 0, 'f', 1)
                    .arg(c[QStringLiteral("pgbench")][QStringLiteral("latency")][QStringLiteral("p99_ms")].toDouble(), 0, 'f', 2)
                    .arg(c[QStringLiteral("ratio")].toDouble(), 0, 'f', 2);
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates N kiosk terminals as N processes looping a traveller's journey against one database,\n"
        "then checks the invariants in SQL. Exit 0 only if nothing was violated."));
    parser.addHelpOption();
    const auto value = [&](const char *name, const char *text, const char *def = "") {
        QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(text), QStringLiteral("value"),
                                  QString::fromLatin1(def));
        parser.addOption(option);
    };
    value("backend", "postgresql (default; the cluster in --db or KIOSK_TEST_PG_URL) or sqlite (a fresh file).",
          "postgresql");
    value("db", "PostgreSQL admin URL; each phase gets a schema of its own in it.");
    value("terminals", "Terminal processes (default 8).", "8");
    value("seconds", "Seconds each phase runs (default 20).", "20");
    value("flights", "Flights to sell (default 50; a tenth of them get 70% of the traffic).", "50");
    value("think-ms", "Mean pause before each step of a journey, like a person (default 0: closed loop).", "0");
    value("ttl", "Hold time in seconds (default 3, so abandoned holds lapse during the run).", "3");
    value("seed", "Random seed (default 1).", "1");
    parser.addOption({QStringLiteral("pgbench"), QStringLiteral("Also compare hold-only terminals with pgbench (PostgreSQL).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    // Internal: how the parent starts its terminals.
    parser.addOption({QStringLiteral("child"), QStringLiteral("(internal) run as one terminal.")});
    parser.addOption({QStringLiteral("hold-only"), QStringLiteral("(internal) hold one distinct seat per loop.")});
    value("terminal", "(internal) terminal index.");
    value("first-flight", "(internal) first flight id.");
    parser.process(app);
    if (parser.isSet(QStringLiteral("child")))
        return childMain(parser);

    LoadOptions options;
    options.backend = parser.value(QStringLiteral("backend"));
    options.adminUrl = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : qEnvironmentVariable("KIOSK_TEST_PG_URL");
    options.terminals = qBound(1, parser.value(QStringLiteral("terminals")).toInt(), 256);
    options.seconds = qBound(1.0, parser.value(QStringLiteral("seconds")).toDouble(), 3600.0);
    options.flights = qBound(2, parser.value(QStringLiteral("flights")).toInt(), 10000);
    options.ttl = qBound(1, parser.value(QStringLiteral("ttl")).toInt(), 3600);
    options.thinkMs = qBound(0, parser.value(QStringLiteral("think-ms")).toInt(), 60000);
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.pgbench = parser.isSet(QStringLiteral("pgbench"));
    options.json = parser.isSet(QStringLiteral("json"));
    if (options.backend != QLatin1String("sqlite") && options.backend != QLatin1String("postgresql")) {
        say(QStringLiteral("kiosk_load: --backend must be postgresql or sqlite"));
        return 2;
    }
    if (options.backend == QLatin1String("postgresql") && options.adminUrl.isEmpty()) {
        say(QStringLiteral("kiosk_load: no PostgreSQL: give --db URL or run under packaging/with-postgres.sh"));
        return 2;
    }

    bool ok = false;
    QJsonObject report{{QStringLiteral("backend"), options.backend},
                       {QStringLiteral("terminals"), options.terminals},
                       {QStringLiteral("think_ms"), options.thinkMs},
                       {QStringLiteral("mixed"), mixedPhase(options, ok)}};
    if (ok && options.pgbench && options.backend == QLatin1String("postgresql"))
        report.insert(QStringLiteral("comparison"), comparisonPhase(options, ok));
    const QString text = options.json ? QString::fromUtf8(QJsonDocument(report).toJson()) : humanReport(report);
    std::printf("%s", qPrintable(text));
    return ok ? 0 : 1;
}
