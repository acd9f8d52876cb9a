#include "BenchOptions.h"

#include "BenchSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace kiosk::bench {

std::optional<Options> parseOptions(const QCoreApplication &app, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Hold + confirm latency of BookingService on PostgreSQL, one connection per thread.\n"
        "Creates a fresh schema, migrates it, loads flights of 180 seats, sells seats in a fixed order\n"
        "(a shared counter, so workers never race for one seat), then checks the invariants."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("PostgreSQL URL (default: $KIOSK_TEST_PG_URL)."),
                                QStringLiteral("url"));
    const QCommandLineOption connections(QStringLiteral("connections"), QStringLiteral("Concurrent connections."),
                                         QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured duration."),
                                     QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption ops(QStringLiteral("ops"), QStringLiteral("Measured operations instead of a duration."),
                                 QStringLiteral("n"));
    const QCommandLineOption warmup(QStringLiteral("warmup-ops"),
                                    QStringLiteral("Unmeasured operations per connection first."), QStringLiteral("n"),
                                    QStringLiteral("5"));
    const QCommandLineOption rate(QStringLiteral("rate"),
                                  QStringLiteral("Open loop: ops/s in all, Poisson arrivals (as pgbench -R); "
                                                 "latency then counts from the scheduled start."),
                                  QStringLiteral("ops/s"));
    const QCommandLineOption flights(QStringLiteral("flights"), QStringLiteral("Flights of 180 seats to load."),
                                     QStringLiteral("n"));
    const QCommandLineOption maxRate(QStringLiteral("max-rate"),
                                     QStringLiteral("Ops/s the automatic --flights sizing allows for."),
                                     QStringLiteral("n"), QStringLiteral("2500"));
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("Schema name (default: a fresh one)."),
                                    QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption keep(QStringLiteral("keep-schema"), QStringLiteral("Do not drop the schema afterwards."));
    const QCommandLineOption prepare(QStringLiteral("prepare-only"),
                                     QStringLiteral("Create and load the schema, print its URL, keep it (for pgbench)."));
    const QCommandLineOption verify(QStringLiteral("verify-only"),
                                    QStringLiteral("Only check the invariants of an existing --schema."));
    const QCommandLineOption expect(QStringLiteral("expect-confirmed"),
                                    QStringLiteral("With --verify-only: the number of CONFIRMED bookings expected."),
                                    QStringLiteral("n"));
    const QCommandLineOption holdOnly(QStringLiteral("hold-only"),
                                      QStringLiteral("Each operation is a hold of one seat, left held: no payment."));
    parser.addOptions({db, connections, seconds, ops, rate, warmup, flights, maxRate, schema, json, keep, prepare, verify,
                       expect, holdOnly});
    parser.process(app);

    Options o;
    o.holdOnly = parser.isSet(holdOnly);
    o.adminUrl = parser.isSet(db) ? parser.value(db) : qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (o.adminUrl.isEmpty()) {
        error = QStringLiteral("no PostgreSQL to benchmark: pass --db URL or set KIOSK_TEST_PG_URL "
                               "(packaging/with-postgres.sh starts a throwaway cluster and sets it)");
        return std::nullopt;
    }
    if (!o.adminUrl.startsWith(QLatin1String("postgres"))) {
        error = QStringLiteral("--db must be a postgresql:// URL: this benchmark measures PostgreSQL");
        return std::nullopt;
    }
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, qint64 min) {
        bool good = false;
        const qint64 value = parser.value(option).toLongLong(&good);
        if (!good || value < min) {
            error = QStringLiteral("--%1 must be a whole number >= %2").arg(option.names().first()).arg(min);
            ok = false;
        }
        return value;
    };
    o.connections = int(number(connections, 1));
    o.warmupOps = int(number(warmup, 0));
    o.maxRate = int(number(maxRate, 1));
    if (parser.isSet(ops))
        o.ops = number(ops, 1);
    if (parser.isSet(flights))
        o.flights = int(number(flights, 1));
    if (parser.isSet(expect))
        o.expectConfirmed = number(expect, 0);
    if (!ok)
        return std::nullopt;
    o.seconds = parser.value(seconds).toDouble(&ok);
    if (!ok || o.seconds <= 0) {
        error = QStringLiteral("--seconds must be a positive number");
        return std::nullopt;
    }
    if (parser.isSet(rate)) {
        o.rate = parser.value(rate).toDouble(&ok);
        if (!ok || o.rate <= 0 || o.ops > 0) {
            error = QStringLiteral("--rate must be a positive number of ops/s, and goes with --seconds, not --ops");
            return std::nullopt;
        }
    }
    o.json = parser.isSet(json);
    o.keepSchema = parser.isSet(keep);
    o.prepareOnly = parser.isSet(prepare);
    o.verifyOnly = parser.isSet(verify);
    o.schema = parser.value(schema);
    if (o.verifyOnly && o.schema.isEmpty()) {
        error = QStringLiteral("--verify-only needs --schema");
        return std::nullopt;
    }
    if (o.schema.isEmpty())
        o.schema = QStringLiteral("hold_bench_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->bounded(1000000));
    for (QChar c : std::as_const(o.schema)) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_'))) {
            error = QStringLiteral("--schema: lower-case letters, digits and _ only");
            return std::nullopt;
        }
    }
    if (o.flights == 0) {
        const double expected = o.ops > 0 ? double(o.ops) : o.seconds * (o.rate > 0 ? o.rate * 1.5 + 50 : o.maxRate);
        o.flights = int((expected + double(o.warmupOps) * o.connections) / SeatsPerFlight) + 2;
    }
    return o;
}

} // namespace kiosk::bench
