// kiosk_load: N terminals as N separate processes, each on its own connection, looping a
// traveller's journey against one database for a bounded time; then the invariants in SQL.
// With --pgbench (PostgreSQL) it also runs a hold-only phase beside pgbench running the
// same hold transaction (in one process, and as a process a connection like the terminals)
// and the least SQL of a hold (hold_minimal.pgbench), and prints the ratios.
// docs/benchmarks.md has the figures.
#include "BenchSchema.h"
#include "FailoverCheck.h"
#include "Interruption.h"
#include "LatencyStats.h"
#include "LoadInvariants.h"
#include "LoadOptions.h"
#include "LoadTargets.h"
#include "PgbenchRun.h"
#include "ProcessCpu.h"
#include "TerminalJourney.h"
#include "TerminalProcesses.h"
#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

// A count over the bookings, or -1 if it cannot be read.
qint64 countOf(Database &db, const QString &what, const QString &where = QString())
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT %1 FROM bookings %2").arg(what, where));
    return query.next() ? query.value(0).toLongLong() : -1;
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
    plan.contended = parser.isSet(QStringLiteral("contended"));
    plan.maxAttempts = parser.value(QStringLiteral("attempts")).toLongLong();
    plan.gateway = parser.value(QStringLiteral("gateway"));
    plan.paymentAttemptSeconds = parser.value(QStringLiteral("attempt-seconds")).toInt();
    plan.journalPath = parser.value(QStringLiteral("journal"));
    const TerminalStats stats = runTerminal(plan, awaitGo);
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
    say(QStringLiteral("kiosk_load: %1 terminals, %2 s%7, %3 flights (%4 hot), think %5 ms, on %6")
            .arg(options.terminals).arg(options.seconds).arg(options.flights).arg(qMax(1, options.flights / 10))
            .arg(options.thinkMs).arg(options.backend)
            .arg(options.attempts > 0 ? QStringLiteral(" or %1 hold attempts").arg(options.attempts) : QString()));
    auto urls = terminalUrls(options, **db, *target);
    if (!urls) {
        say(urls.error().message);
        return {};
    }
    TerminalTimes times;
    auto stats = runTerminals(options, *urls, *first, options.flights, false, times);
    const double wall = times.runSeconds;
    if (!stats) {
        say(stats.error().message);
        return {};
    }
    std::optional<FailoverReport> failover;
    if (!options.journalDir.isEmpty()) {
        auto checked = settleAndCheckFailover({target->url, options.gateway, options.attemptSeconds,
                                               options.journalDir, options.killLog, options.terminals});
        if (!checked) {
            say(checked.error().message);
            return {};
        }
        failover = *checked;
    }
    // One last terminal releases whatever lapsed after the others stopped, on a fresh
    // connection (a failover during the run took the first one's server away).
    db = Database::open(target->url, QStringLiteral("kiosk-load"));
    if (!db) {
        say(db.error().message);
        return {};
    }
    MockPaymentGateway gateway;
    BookingService closer(**db, gateway, Actor{QStringLiteral("load-closer"), QStringLiteral("kiosk")});
    if (auto released = closer.expireDue(); !released)
        say(released.error().message);
    auto invariants = checkLoadInvariants(**db);
    if (!invariants) {
        say(invariants.error().message);
        return {};
    }
    const qint64 expiredHolds = countOf(**db, QStringLiteral("COUNT(*)"), QStringLiteral("WHERE state = 'EXPIRED'"));
    QJsonObject counts = stats->countsJson();
    counts.insert(QStringLiteral("expired_holds"), expiredHolds);
    counts.insert(QStringLiteral("hold_attempts"), qint64(stats->holdNs.size()));
    // Proof that --logins sold on the terminals' own logins: one each, not the owner's.
    bool soldOnTheirLogins = true;
    if (options.logins) {
        const qint64 sellingLogins = countOf(**db, QStringLiteral("COUNT(DISTINCT login)"));
        counts.insert(QStringLiteral("selling_logins"), sellingLogins);
        soldOnTheirLogins = sellingLogins == options.terminals;
    }
    ok = invariants->violations() == 0 && stats->unexpectedErrors == 0 && stats->holds > 0
        && (!failover || failover->passed()) && soldOnTheirLogins;
    QJsonObject phase{{QStringLiteral("seconds"), wall},
                       {QStringLiteral("startup_seconds"), times.startupSeconds},
                       {QStringLiteral("journeys_per_s"), double(stats->journeys) / wall},
                       {QStringLiteral("holds_per_s"), double(stats->holds) / wall},
                       {QStringLiteral("hold_attempts_per_s"), double(stats->holdNs.size()) / wall},
                       {QStringLiteral("hold_latency"), latencyJson(stats->holdNs)},
                       {QStringLiteral("seat_map_latency"), latencyJson(stats->seatMapNs)},
                       {QStringLiteral("counts"), counts},
                       {QStringLiteral("invariants"), invariants->toJson()}};
    if (failover)
        phase.insert(QStringLiteral("failover"), failover->toJson());
    return phase;
}

// One side of the comparison on fresh flights of its own schema: the kiosk's terminals doing
// nothing but hold ("kiosk"), pgbench on the same SQL (hold.pgbench) with a thread a connection
// ("pgbench") or a process a connection as the terminals ("pgbench_processes"), or pgbench on
// the least SQL of a hold (hold_minimal.pgbench) with and without its NOTIFY.
Result<QJsonObject> comparisonSide(const LoadOptions &options, const QString &side, int flights)
{
    if (auto stop = interruption())
        return *stop;
    const bool minimal = side.startsWith(QLatin1String("minimal"));
    auto target = makeTarget(options, side);
    if (!target)
        return target.error();
    auto db = Database::open(target->url, QStringLiteral("kiosk-load"));
    if (!db)
        return db.error();
    auto first = loadFlights(**db, flights);
    if (!first)
        return first.error();
    (void)(*db)->execute(QStringLiteral("CHECKPOINT"), QStringLiteral("a quiet start"));
    // The product's selling runs beside a terminal announcing the seat changes it queues.
    const auto announcer = minimal ? nullptr : startAnnouncer(options.seconds, target->url);
    const auto stopAnnouncer = qScopeGuard([&announcer] {
        if (announcer) {
            announcer->kill();
            announcer->waitForFinished();
        }
    });
    if (side == QLatin1String("kiosk")) {
        auto urls = terminalUrls(options, **db, *target);
        TerminalTimes times;
        auto stats = urls ? runTerminals(options, *urls, *first, flights, true, times)
                          : Result<TerminalStats>(urls.error());
        if (!stats)
            return stats.error();
        if (stats->unexpectedErrors > 0)
            return makeError(ErrorCode::Internal, stats->firstUnexpectedError);
        QJsonObject kiosk = clientCpuJson(stats->cpu, stats->holds);
        kiosk.insert(QStringLiteral("tps"), double(stats->holds) / times.runSeconds);
        kiosk.insert(QStringLiteral("startup_seconds"), times.startupSeconds);
        kiosk.insert(QStringLiteral("latency"), latencyJson(stats->holdNs));
        return kiosk;
    }
    if (minimal) // the least SQL of a hold writes past the product's guards, as only the owner may
        return runPgbench(QStringLiteral("hold_minimal.pgbench"), options.terminals, options.seconds,
                          withoutTriggers(target->url), *first,
                          {QStringLiteral("notify=%1").arg(side == QLatin1String("minimal_notify") ? 1 : 0)});
    auto login = connectionUrls(options, **db, *target, {QStringLiteral("pgbench")});
    if (!login)
        return login.error();
    return runPgbench(QStringLiteral("hold.pgbench"), options.terminals, options.seconds, login->front(), *first, {},
                      side == QLatin1String("pgbench") ? PgbenchShape::Threads : PgbenchShape::Processes);
}

const QStringList ComparisonSides{QStringLiteral("kiosk"), QStringLiteral("pgbench"),
                                  QStringLiteral("pgbench_processes"), QStringLiteral("minimal_notify"),
                                  QStringLiteral("minimal")};

// The ratios of a round, kiosk to a baseline side: holds a second, and client user time a hold.
struct ComparisonRatio {
    const char *name;
    const char *figure;
    const char *baseline;
};
constexpr ComparisonRatio ComparisonRatios[]{
    {"ratio", "tps", "pgbench"},
    {"ratio_to_processes", "tps", "pgbench_processes"},
    {"ratio_to_minimal", "tps", "minimal"},
    {"client_user_ratio", "client_user_ms_per_op", "pgbench"},
    {"client_user_ratio_to_processes", "client_user_ms_per_op", "pgbench_processes"},
};

// Every side once, in the order above or (reversed) the other way round, the ratios, and
// the machine's load average before and after.
QJsonObject comparisonRound(const LoadOptions &options, bool reversed, bool &ok)
{
    ok = false;
    // Enough distinct seats that no side runs out at 5,000 holds a second, twice over: the
    // pgbench scripts give each client every N-th seat (N clients), so the fastest client,
    // not the average one, uses its share up first (a run at 3,900 holds a second ran out).
    const int flights = int(options.seconds * 2 * 5000 / SeatsPerFlight) + options.terminals + 1;
    QStringList sides = ComparisonSides;
    if (reversed)
        std::reverse(sides.begin(), sides.end());
    QJsonObject result{{QStringLiteral("load_average_before"), loadAverage()}};
    for (const QString &side : std::as_const(sides)) {
        auto measured = comparisonSide(options, side, flights);
        if (!measured) {
            say(measured.error().message);
            return {};
        }
        result.insert(side, *measured);
    }
    result.insert(QStringLiteral("load_average_after"), loadAverage());
    for (const ComparisonRatio &ratio : ComparisonRatios) {
        const QLatin1String figure(ratio.figure);
        const double of = result[QLatin1String(ratio.baseline)][figure].toDouble();
        result.insert(QLatin1String(ratio.name), of > 0 ? result[QStringLiteral("kiosk")][figure].toDouble() / of : 0.0);
    }
    ok = true;
    return result;
}

// The median over the rounds of the number at `path` (keys, outermost first) in each round.
double medianOf(const QJsonArray &rounds, const QStringList &path)
{
    std::vector<double> values;
    for (QJsonValue value : rounds) {
        for (const QString &key : path)
            value = value[key];
        values.push_back(value.toDouble());
    }
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// --rounds N: the rounds, and each figure of the report as the median over them.
QJsonObject comparisonPhase(const LoadOptions &options, bool &ok)
{
    if (options.rounds == 1)
        return comparisonRound(options, false, ok);
    QJsonArray rounds;
    for (int round = 0; round < options.rounds; ++round) {
        QJsonObject measured = comparisonRound(options, round % 2 == 1, ok);
        if (!ok)
            return {};
        measured.insert(QStringLiteral("order"), round % 2 == 1 ? QStringLiteral("reversed") : QStringLiteral("forward"));
        rounds.append(measured);
    }
    QJsonObject result{{QStringLiteral("rounds"), rounds}};
    for (const ComparisonRatio &ratio : ComparisonRatios)
        result.insert(QLatin1String(ratio.name), medianOf(rounds, {QLatin1String(ratio.name)}));
    for (const QString &side : ComparisonSides) {
        const auto median = [&](const QStringList &path) { return medianOf(rounds, QStringList{side} + path); };
        const QString latency = QStringLiteral("latency");
        result.insert(side, QJsonObject{{QStringLiteral("tps"), median({QStringLiteral("tps")})},
                                        {QStringLiteral("client_user_ms_per_op"), median({QStringLiteral("client_user_ms_per_op")})},
                                        {QStringLiteral("client_system_ms_per_op"), median({QStringLiteral("client_system_ms_per_op")})},
                                        {latency, QJsonObject{{QStringLiteral("p50_ms"), median({latency, QStringLiteral("p50_ms")})},
                                                              {QStringLiteral("p99_ms"), median({latency, QStringLiteral("p99_ms")})}}}});
    }
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
    if (mixed.contains(QStringLiteral("failover")))
        text += QStringLiteral("failover: %1\n")
                    .arg(QString::fromUtf8(QJsonDocument(mixed[QStringLiteral("failover")].toObject())
                                               .toJson(QJsonDocument::Compact)));
    if (report.contains(QStringLiteral("comparison")))
        text += comparisonText(report[QStringLiteral("comparison")].toObject());
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
    addLoadOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("child")))
        return childMain(parser);

    const auto parsed = loadOptionsFrom(parser);
    if (!parsed) {
        say(parsed.error().message);
        return 2;
    }
    const LoadOptions &options = *parsed;
    stopChildrenOnInterrupt();

    bool ok = false;
    QJsonObject report{{QStringLiteral("backend"), options.backend},
                       {QStringLiteral("terminals"), options.terminals},
                       {QStringLiteral("think_ms"), options.thinkMs},
                       {QStringLiteral("mixed"), mixedPhase(options, ok)}};
    if (ok && options.pgbench && options.backend == QLatin1String("postgresql"))
        report.insert(QStringLiteral("comparison"), comparisonPhase(options, ok));
    if (interruption())
        return 1; // what was measured is cut short: no report; the reason is on stderr
    const QString text = options.json ? QString::fromUtf8(QJsonDocument(report).toJson()) : humanReport(report);
    std::printf("%s", qPrintable(text));
    return ok ? 0 : 1;
}
