// kiosk_load: N terminals as N separate processes, each on its own connection, looping a
// traveller's journey against one database for a bounded time; then the invariants in SQL.
// With --pgbench (PostgreSQL) it also runs a hold-only phase beside pgbench running the
// same hold transaction and the least SQL of a hold (hold_minimal.pgbench), and prints the
// ratios. docs/benchmarks.md has the figures.
#include "BenchSchema.h"
#include "FailoverCheck.h"
#include "LatencyStats.h"
#include "LoadOptions.h"
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

// The URL each name connects with: the phase's own, or with --logins a kiosk login each.
Result<QStringList> connectionUrls(const LoadOptions &options, Database &owner, const Target &target,
                                   const QStringList &names)
{
    if (!options.logins)
        return QStringList(names.size(), target.url);
    return kioskLoginUrls(owner, target.url, target.schema, names);
}

Result<QStringList> terminalUrls(const LoadOptions &options, Database &owner, const Target &target)
{
    QStringList names;
    for (int i = 0; i < options.terminals; ++i)
        names << QStringLiteral("t%1").arg(i);
    return connectionUrls(options, owner, target, names);
}

// A count over the bookings, or -1 if it cannot be read.
qint64 countOf(Database &db, const QString &what, const QString &where = QString())
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT %1 FROM bookings %2").arg(what, where));
    return query.next() ? query.value(0).toLongLong() : -1;
}

// One terminal process per terminal (urls: one each), each with its share of the hold attempts.
Result<TerminalStats> runTerminals(const LoadOptions &options, const QStringList &urls, qint64 firstFlight,
                                   int flights, bool holdOnly, TerminalTimes &times)
{
    const auto argumentsOf = [&](int i) {
        QStringList arguments{QStringLiteral("--child"), QStringLiteral("--db"), urls[i],
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
            auto urls = terminalUrls(options, **db, *target);
            TerminalTimes times;
            auto stats = urls ? runTerminals(options, *urls, *first, flights, true, times)
                              : Result<TerminalStats>(urls.error());
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
            // The least SQL of a hold writes past the product's guards, as only the owner may.
            QString url = withoutTriggers(target->url);
            if (!minimal) {
                auto login = connectionUrls(options, **db, *target, {QStringLiteral("pgbench")});
                if (!login) {
                    say(login.error().message);
                    return {};
                }
                url = login->front();
            }
            auto measured =
                minimal ? runPgbench(QStringLiteral("hold_minimal.pgbench"), options.terminals, options.seconds,
                                     url, *first,
                                     {QStringLiteral("notify=%1").arg(side == QLatin1String("minimal_notify") ? 1 : 0)})
                        : runPgbench(QStringLiteral("hold.pgbench"), options.terminals, options.seconds, url, *first);
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
