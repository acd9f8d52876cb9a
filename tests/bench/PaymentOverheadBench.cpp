// payment_bench: what a payment costs the kiosk beyond the gateway's own latency. Runs N
// payments one after another (hold untimed, then submitPayment until CONFIRMED) through the
// in-process mock and through HttpPaymentGateway against paygate-sim answering after a
// fixed latency L; a paid booking makes two gateway calls (authorize, capture), so
// overhead = round trip - 2 L: the saga's database writes, JSON, HTTP and the event loop.
//
//   packaging/with-postgres.sh build/dev/tests/bench/payment_bench [PAYMENTS] [LATENCY_MS]
//
// PostgreSQL when KIOSK_TEST_PG_URL is set (packaging/with-postgres.sh), SQLite always.
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "booking/BookingService.h"
#include "payment/FutureWait.h"
#include "payment/HttpPaymentGateway.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

struct Figures {
    LatencySummary roundTrip;
    int failures = 0;
};

Figures run(Database &db, PaymentGateway &gateway, qint64 firstFlight, qint64 firstSeat, int payments)
{
    BookingService service(db, gateway, Actor{QStringLiteral("payment-bench"), QStringLiteral("kiosk")});
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    std::vector<std::int64_t> samples;
    Figures figures;
    for (int i = 0; i < payments; ++i) {
        const SeatSlot slot = seatSlot(firstFlight, firstSeat + i);
        HoldRequest request;
        request.flight = FlightRef::byId(slot.flightId);
        request.seats << slot.code;
        auto held = service.hold(request);
        if (!held) {
            ++figures.failures;
            continue;
        }
        QElapsedTimer clock;
        clock.start();
        auto paid = waitFor(service.submitPayment(held->reference, card), 60000);
        const qint64 elapsed = clock.nsecsElapsed();
        if (!paid || paid->state != BookingState::Confirmed) {
            ++figures.failures;
            continue;
        }
        samples.push_back(elapsed);
    }
    figures.roundTrip = summarize(samples);
    return figures;
}

QString startSimulator(QProcess &sim, int latencyMs)
{
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(QStringLiteral(PAYGATE_SIM_PATH),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--latency-ms"), QString::number(latencyMs)});
    QByteArray line;
    while (sim.waitForStarted(10000) && !line.contains('\n') && sim.waitForReadyRead(10000))
        line += sim.readAll();
    static const QRegularExpression address(QStringLiteral("listening on (http://\\S+)"));
    const auto match = address.match(QString::fromUtf8(line));
    return match.hasMatch() ? match.captured(1) : QString();
}

void print(const char *backend, const char *gateway, int latencyMs, const Figures &f)
{
    const double overheadMs = f.roundTrip.p50Ms - 2.0 * latencyMs;
    std::printf("| %s | %s | %d | %zu | %.2f | %.2f | %.2f | %.2f | %d |\n", backend, gateway, latencyMs,
                f.roundTrip.count, f.roundTrip.meanMs, f.roundTrip.p50Ms, f.roundTrip.p95Ms, overheadMs, f.failures);
}

int measure(const char *label, const QString &url, int payments, int latencyMs)
{
    auto db = Database::open(url, QStringLiteral("payment-bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const int flights = (3 * payments) / SeatsPerFlight + 1;
    auto first = loadFlights(**db, flights);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().message));
        return 1;
    }
    MockPaymentGateway mock;
    const Figures viaMock = run(**db, mock, *first, 0, payments);
    print(label, "mock (in process)", 0, viaMock);

    int failures = viaMock.failures;
    qint64 nextSeat = payments;
    for (int latency : {0, latencyMs}) {
        QProcess sim;
        const QString simUrl = startSimulator(sim, latency);
        auto options = HttpGatewayOptions::fromUrl(simUrl);
        if (simUrl.isEmpty() || !options) {
            std::fprintf(stderr, "payment_bench: paygate-sim did not start\n");
            return 1;
        }
        HttpPaymentGateway http(*options);
        const Figures viaHttp = run(**db, http, *first, nextSeat, payments);
        nextSeat += payments;
        print(label, "paygate-sim (HTTP)", latency, viaHttp);
        failures += viaHttp.failures;
        sim.kill();
        sim.waitForFinished();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int payments = argc > 1 ? qBound(1, QString::fromLocal8Bit(argv[1]).toInt(), 10000) : 200;
    const int latencyMs = argc > 2 ? qBound(0, QString::fromLocal8Bit(argv[2]).toInt(), 10000) : 50;
    std::printf("| database | gateway | gateway latency L (ms) | payments | mean (ms) | p50 (ms) | p95 (ms) | "
                "p50 overhead beyond 2 L (ms) | failures |\n|---|---|---|---|---|---|---|---|---|\n");
    int status = 0;
    const QString admin = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (!admin.isEmpty()) {
        const QString schema = QStringLiteral("payments_%1").arg(QCoreApplication::applicationPid());
        auto url = createSchema(admin, schema);
        status |= url ? measure("PostgreSQL", *url, payments, latencyMs) : 1;
        (void)dropSchema(admin, schema);
    } else {
        std::fprintf(stderr, "payment_bench: KIOSK_TEST_PG_URL not set; PostgreSQL skipped\n");
    }
    QTemporaryDir dir;
    status |= measure("SQLite", QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("p.sqlite")), payments, latencyMs);
    return status;
}
