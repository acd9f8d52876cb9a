// live_latency_bench: how long until a seat held on one terminal shows on another. Terminal
// A holds a seat on its connection; terminal B (own work and listener connections, as in the
// kiosk) hears the change, re-reads the flight and reports the seat held. The clock runs
// from the moment A's hold returned (committed) to B's report. Same process, same clock.
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/SeatWatch.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

int measure(const QString &label, const QString &url, int samples)
{
    auto dbA = Database::open(url, QStringLiteral("latency-a"));
    auto dbB = Database::open(url, QStringLiteral("latency-b"));
    if (!dbA || !dbB) {
        std::fprintf(stderr, "%s\n", qPrintable((!dbA ? dbA : dbB).error().message));
        return 1;
    }
    auto first = loadFlights(**dbA, 1);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.error().message));
        return 1;
    }
    MockPaymentGateway gateway;
    BookingService terminalA(**dbA, gateway, Actor{QStringLiteral("latency-a"), QStringLiteral("kiosk")});
    BookingService terminalB(**dbB, gateway, Actor{QStringLiteral("latency-b"), QStringLiteral("kiosk")});
    FlightCatalog catalogB(**dbB);
    auto flight = catalogB.flight(*first);
    auto live = flight ? LiveSync::open(url, terminalB, **dbB) : Result<std::unique_ptr<LiveSync>>(flight.error());
    if (!live) {
        std::fprintf(stderr, "%s\n", qPrintable(live.error().message));
        return 1;
    }
    SeatWatch watch(catalogB, *flight);
    (void)watch.start();
    QObject::connect(live->get(), &LiveSync::seatsChanged, &watch,
                     [&watch](qint64 id, const QStringList &) { watch.onSeatsChanged(id); });
    (*live)->start();

    std::vector<std::int64_t> latencies;
    QElapsedTimer clock;
    QEventLoop loop;
    QString awaited;
    QObject::connect(&watch, &SeatWatch::seatChanged, &loop, [&](const SeatChange &change) {
        if (change.seat.toString() == awaited && change.to == SeatStatus::Held) {
            latencies.push_back(clock.nsecsElapsed());
            loop.quit();
        }
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    int missed = 0;
    for (int i = 0; i < samples; ++i) {
        const SeatSlot slot = seatSlot(*first, i % SeatsPerFlight);
        HoldRequest request;
        request.flight = FlightRef::byId(slot.flightId);
        request.seats << slot.code;
        awaited = slot.code.toString();
        if (i > 0 && i % SeatsPerFlight == 0)
            (void)(*dbA)->execute(QStringLiteral("UPDATE booking_lines SET active = FALSE"), QStringLiteral("reset"));
        auto held = terminalA.hold(request);
        clock.start();
        if (!held) {
            std::fprintf(stderr, "%s\n", qPrintable(held.error().message));
            return 1;
        }
        const std::size_t before = latencies.size();
        timeout.start(2000);
        loop.exec();
        missed += latencies.size() == before ? 1 : 0;
        // One traveller at a time, at random moments (a fixed pause would lock onto the SQLite
        // poll); the event loop keeps running meanwhile, as it does in a kiosk.
        QEventLoop pause;
        QTimer::singleShot(20 + QRandomGenerator::global()->bounded(200), &pause, &QEventLoop::quit);
        pause.exec();
    }
    const LatencySummary s = summarize(latencies);
    std::printf("%-10s holds seen on the other terminal: %zu of %d (missed %d); p50 %.2f ms, p95 %.2f ms, "
                "p99 %.2f ms, max %.2f ms\n",
                qPrintable(label), s.count, samples, missed, s.p50Ms, s.p95Ms, s.p99Ms, s.maxMs);
    return missed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int samples = argc > 1 ? qBound(1, QString::fromLocal8Bit(argv[1]).toInt(), 100000) : 200;
    int status = 0;
    const QString admin = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (!admin.isEmpty()) {
        const QString schema = QStringLiteral("latency_%1").arg(QCoreApplication::applicationPid());
        auto url = createSchema(admin, schema);
        status |= url ? measure(QStringLiteral("PostgreSQL"), *url, samples) : 1;
        (void)dropSchema(admin, schema);
    } else {
        std::fprintf(stderr, "live_latency_bench: KIOSK_TEST_PG_URL not set; PostgreSQL skipped\n");
        status = 1;
    }
    QTemporaryDir dir;
    status |= measure(QStringLiteral("SQLite"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("l.sqlite")),
                      samples);
    return status;
}
