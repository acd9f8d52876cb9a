// kiosk_load: N terminals as N separate processes, each on its own connection, looping a
// traveller's journey against one database for a bounded time; then the invariants in SQL.
// With --pgbench (PostgreSQL) it also runs a hold-only phase beside pgbench running the
// same hold transaction and the least SQL of a hold (hold_minimal.pgbench), and prints the
// ratios. docs/benchmarks.md has the figures.
#include "BenchSchema.h"
#include "FailoverCheck.h"
#include "LatencyStats.h"
#include "LoadInvariants.h"
#include "PgbenchRun.h"
#include "TerminalJourney.h"
#include "TerminalProcesses.h"
#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
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
    bool contended = false; // the soak (TerminalPlan::contended)
    qint64 attempts = 0;    // > 0: the mixed phase ends after this many hold attempts
    // Failover runs (tests/ha): the terminals pay through one shared gateway, keep journals,
    // and the run ends with every open payment reconciled and the journals checked.
    QString gateway = QStringLiteral("mock");
    bool inPlace = false; // the database of --db itself, not a schema per phase (pgbouncer)
    QString journalDir;
    QString killLog;
    int attemptSeconds = 0;
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
    if (options.inPlace) {
        target.url = options.adminUrl;
        return target;
    }
    target.schema = QStringLiteral("load_%1_%2").arg(QCoreApplication::applicationPid()).arg(phase);
    auto url = createSchema(options.adminUrl, target.schema);
    if (!url)
        return url.error();
    target.url = *url;
    return target;
}

// One terminal process per terminal, each with its share of the hold attempts.
Result<TerminalStats> runTerminals(const LoadOptions &options, const QString &url, qint64 firstFlight, int flights,
                                   bool holdOnly, TerminalTimes &times)
{
    const auto argumentsOf = [&](int i) {
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
        else if (options.contended)
            arguments << QStringLiteral("--contended");
        if (options.attempts > 0 && !holdOnly) // each terminal its share, the first the rest
            arguments << QStringLiteral("--attempts")
                      << QString::number(options.attempts / options.terminals + (i == 0 ? options.attempts % options.terminals : 0));
        arguments << QStringLiteral("--gateway") << options.gateway << QStringLiteral("--attempt-seconds")
                  << QString::number(options.attemptSeconds);
        if (!options.journalDir.isEmpty())
            arguments << QStringLiteral("--journal")
                      << QDir(options.journalDir).filePath(QStringLiteral("terminal-%1.journal").arg(i));
        return arguments;
    };
    return runTerminalProcesses(options.terminals, argumentsOf, options.seconds, times);
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
    TerminalTimes times;
    auto stats = runTerminals(options, target->url, *first, options.flights, false, times);
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
    QSqlQuery expired((*db)->connection());
    expired.exec(QStringLiteral("SELECT COUNT(*) FROM bookings WHERE state = 'EXPIRED'"));
    const qint64 expiredHolds = expired.next() ? expired.value(0).toLongLong() : -1;
    QJsonObject counts = stats->countsJson();
    counts.insert(QStringLiteral("expired_holds"), expiredHolds);
    counts.insert(QStringLiteral("hold_attempts"), qint64(stats->holdNs.size()));
    ok = invariants->violations() == 0 && stats->unexpectedErrors == 0 && stats->holds > 0
        && (!failover || failover->passed());
    if (!target->schema.isEmpty())
        (void)dropSchema(options.adminUrl, target->schema);
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

// Kiosk terminals doing nothing but hold, then pgbench with the same SQL (hold.pgbench), then
// pgbench with the least SQL of a hold (hold_minimal.pgbench) with and without its NOTIFY;
// each on fresh flights of its own schema.
QJsonObject comparisonPhase(const LoadOptions &options, bool &ok)
{
    ok = false;
    // Enough distinct seats that no side runs out at 5,000 holds a second, twice over: the
    // pgbench scripts give each client every N-th seat (N clients), so the fastest client,
    // not the average one, uses its share up first (a run at 3,900 holds a second ran out).
    const int flights = int(options.seconds * 2 * 5000 / SeatsPerFlight) + options.terminals + 1;
    QJsonObject result;
    for (const QString &side : {QStringLiteral("kiosk"), QStringLiteral("pgbench"), QStringLiteral("minimal_notify"),
                                QStringLiteral("minimal")}) {
        const bool minimal = side.startsWith(QLatin1String("minimal"));
        auto target = makeTarget(options, side);
        auto db = target ? Database::open(target->url, QStringLiteral("kiosk-load")) : Result<std::unique_ptr<Database>>(target.error());
        auto first = db ? loadFlights(**db, flights) : Result<qint64>(db.error());
        if (!first) {
            say(first.error().message);
            return {};
        }
        (void)(*db)->execute(QStringLiteral("CHECKPOINT"), QStringLiteral("a quiet start"));
        // The product's selling runs beside a terminal announcing the seat changes it queues.
        const auto announcer = minimal ? nullptr : startAnnouncer(options.seconds, target->url);
        if (side == QLatin1String("kiosk")) {
            TerminalTimes times;
            auto stats = runTerminals(options, target->url, *first, flights, true, times);
            if (!stats || stats->unexpectedErrors > 0) {
                say(stats ? stats->firstUnexpectedError : stats.error().message);
                return {};
            }
            QJsonObject kiosk = clientCpuJson(stats->cpu, stats->holds);
            kiosk.insert(QStringLiteral("tps"), double(stats->holds) / times.runSeconds);
            kiosk.insert(QStringLiteral("startup_seconds"), times.startupSeconds);
            kiosk.insert(QStringLiteral("latency"), latencyJson(stats->holdNs));
            result.insert(side, kiosk);
        } else {
            auto measured =
                minimal ? runPgbench(QStringLiteral("hold_minimal.pgbench"), options.terminals, options.seconds,
                                     withoutTriggers(target->url), *first,
                                     {QStringLiteral("notify=%1").arg(side == QLatin1String("minimal_notify") ? 1 : 0)})
                        : runPgbench(QStringLiteral("hold.pgbench"), options.terminals, options.seconds, target->url,
                                     *first);
            if (!measured) {
                say(measured.error().message);
                return {};
            }
            result.insert(side, *measured);
        }
        if (announcer) {
            announcer->kill();
            announcer->waitForFinished();
        }
        (void)dropSchema(options.adminUrl, target->schema);
    }
    const auto tps = [&](const char *side) { return result[QLatin1String(side)][QStringLiteral("tps")].toDouble(); };
    result.insert(QStringLiteral("ratio"), tps("pgbench") > 0 ? tps("kiosk") / tps("pgbench") : 0.0);
    result.insert(QStringLiteral("ratio_to_minimal"), tps("minimal") > 0 ? tps("kiosk") / tps("minimal") : 0.0);
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
    value("gateway", "Payment gateway of every terminal (GatewayFactory: mock, or http://... for one shared "
          "gateway such as paygate-sim; default mock).", "mock");
    value("attempt-seconds", "Payment attempt deadline in seconds (default 0: the product's).", "0");
    value("journal-dir", "Failover run: each terminal journals what it showed; afterwards every open payment "
          "is reconciled and every booking shown as confirmed must be CONFIRMED and captured.");
    value("kill-log", "Failover run: a file with the epoch ms of each kill of the primary, one a line; "
          "reports the time from each kill to the first successful hold.");
    value("journal", "(internal) this terminal's journal file.");
    parser.addOption({QStringLiteral("pgbench"), QStringLiteral("Also compare hold-only terminals with pgbench (PostgreSQL).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    parser.addOption({QStringLiteral("contended"),
                      QStringLiteral("Soak: journeys skip the board and seat map and ask for random seats, so terminals "
                                     "race for them; 20% pay, 50% let the hold lapse, 30% cancel.")});
    value("attempts", "End the journeys after this many hold attempts in all (default 0: after --seconds).", "0");
    parser.addOption({QStringLiteral("in-place"),
                      QStringLiteral("Sell in the (empty) database of --db itself instead of a schema of its own: "
                                     "pgbouncer 1.18 drops the libpq 'options' that select a schema.")});
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
    options.seconds = qBound(1.0, parser.value(QStringLiteral("seconds")).toDouble(), 86400.0);
    options.flights = qBound(2, parser.value(QStringLiteral("flights")).toInt(), 10000);
    options.ttl = qBound(1, parser.value(QStringLiteral("ttl")).toInt(), 3600);
    options.thinkMs = qBound(0, parser.value(QStringLiteral("think-ms")).toInt(), 60000);
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.pgbench = parser.isSet(QStringLiteral("pgbench"));
    options.json = parser.isSet(QStringLiteral("json"));
    options.contended = parser.isSet(QStringLiteral("contended"));
    options.attempts = qMax(0LL, parser.value(QStringLiteral("attempts")).toLongLong());
    options.gateway = parser.value(QStringLiteral("gateway"));
    options.inPlace = parser.isSet(QStringLiteral("in-place"));
    if (options.inPlace && options.pgbench) {
        say(QStringLiteral("kiosk_load: --in-place has one database for one phase: leave out --pgbench"));
        return 2;
    }
    options.attemptSeconds = qBound(0, parser.value(QStringLiteral("attempt-seconds")).toInt(), 3600);
    options.journalDir = parser.value(QStringLiteral("journal-dir"));
    options.killLog = parser.value(QStringLiteral("kill-log"));
    if (!options.journalDir.isEmpty() && (options.attemptSeconds == 0 || !QDir(options.journalDir).exists())) {
        say(QStringLiteral("kiosk_load: --journal-dir needs an existing directory and --attempt-seconds N"));
        return 2;
    }
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
