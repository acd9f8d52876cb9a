#include "LoadOptions.h"

#include <QCommandLineParser>
#include <QDir>

namespace kiosk::bench {

void addLoadOptions(QCommandLineParser &parser)
{
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
    value("rounds", "With --pgbench: run the comparison this many times, every other round in reverse order, "
          "and report the medians (default 1).", "1");
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the report as JSON.")});
    parser.addOption({QStringLiteral("contended"),
                      QStringLiteral("Soak: journeys skip the board and seat map and ask for random seats, so terminals "
                                     "race for them; 20% pay, 50% let the hold lapse, 30% cancel.")});
    value("attempts", "End the journeys after this many hold attempts in all (default 0: after --seconds).", "0");
    parser.addOption({QStringLiteral("logins"),
                      QStringLiteral("Each terminal (and pgbench on the same SQL) on a kiosk-class database login of "
                                     "its own, made for the run and dropped after it, as terminals are deployed; "
                                     "default: the owner's login of --db.")});
    parser.addOption({QStringLiteral("in-place"),
                      QStringLiteral("Sell in the (empty) database of --db itself instead of a schema of its own: "
                                     "pgbouncer 1.18 drops the libpq 'options' that select a schema.")});
    // Internal: how the parent starts its terminals.
    parser.addOption({QStringLiteral("child"), QStringLiteral("(internal) run as one terminal.")});
    parser.addOption({QStringLiteral("hold-only"), QStringLiteral("(internal) hold one distinct seat per loop.")});
    value("terminal", "(internal) terminal index.");
    value("first-flight", "(internal) first flight id.");
}

Result<LoadOptions> loadOptionsFrom(const QCommandLineParser &parser)
{
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
    bool roundsIsNumber = false;
    options.rounds = parser.value(QStringLiteral("rounds")).toInt(&roundsIsNumber);
    if (!roundsIsNumber || options.rounds < 1 || options.rounds > 100 || (options.rounds > 1 && !options.pgbench))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: --rounds is 1 to 100 comparisons and needs --pgbench, not '%1'")
                             .arg(parser.value(QStringLiteral("rounds"))));
    options.json = parser.isSet(QStringLiteral("json"));
    options.contended = parser.isSet(QStringLiteral("contended"));
    options.attempts = qMax(0LL, parser.value(QStringLiteral("attempts")).toLongLong());
    options.gateway = parser.value(QStringLiteral("gateway"));
    options.inPlace = parser.isSet(QStringLiteral("in-place"));
    options.logins = parser.isSet(QStringLiteral("logins"));
    if (options.inPlace && options.pgbench)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: --in-place has one database for one phase: "
                                        "leave out --pgbench"));
    options.attemptSeconds = qBound(0, parser.value(QStringLiteral("attempt-seconds")).toInt(), 3600);
    options.journalDir = parser.value(QStringLiteral("journal-dir"));
    options.killLog = parser.value(QStringLiteral("kill-log"));
    if (!options.journalDir.isEmpty() && (options.attemptSeconds == 0 || !QDir(options.journalDir).exists()))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: --journal-dir needs an existing directory and "
                                        "--attempt-seconds N"));
    if (options.backend != QLatin1String("sqlite") && options.backend != QLatin1String("postgresql"))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: --backend must be postgresql or sqlite"));
    if (options.backend == QLatin1String("postgresql") && options.adminUrl.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: no PostgreSQL: give --db URL or run under "
                                        "packaging/with-postgres.sh"));
    if (options.logins && (options.backend != QLatin1String("postgresql") || options.inPlace))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("kiosk_load: --logins makes logins for a schema of its own on PostgreSQL: "
                                        "leave out --in-place and --backend sqlite"));
    return options;
}

} // namespace kiosk::bench
