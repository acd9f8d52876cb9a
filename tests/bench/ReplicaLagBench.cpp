// replica_lag_bench: how stale a standby's seat map is. A terminal holds a seat on the
// primary; a reader on a standby re-reads the flight's seat map until the seat shows held.
// The clock runs from the moment the hold returned (committed: with synchronous_commit = on
// its WAL is on the standby's disk, not necessarily replayed) to the first map that shows it.
//   replica_lag_bench PRIMARY_URL STANDBY_URL [SAMPLES]   (tests/ha/replication-bench.sh)
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "replica_lag_bench: %s\n", qPrintable(message));
    return 1;
}

bool shownHeld(const QList<Seat> &seats, const SeatCode &code)
{
    for (const Seat &seat : seats) {
        if (seat.code == code)
            return seat.status != SeatStatus::Free;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: replica_lag_bench PRIMARY_URL STANDBY_URL [SAMPLES]"));
    const int samples = args.size() > 3 ? qBound(1, args.at(3).toInt(), 100000) : 200;
    const QString schema = QStringLiteral("lag_%1").arg(QCoreApplication::applicationPid());
    auto primaryUrl = createSchema(args.at(1), schema);
    if (!primaryUrl)
        return fail(primaryUrl.error().message);
    auto primary = Database::open(*primaryUrl, QStringLiteral("lag-writer"));
    auto first = primary ? loadFlights(**primary, samples / SeatsPerFlight + 1) : Result<qint64>(primary.error());
    if (!first)
        return fail(first.error().message);
    auto standby = Database::open(schemaUrl(args.at(2), schema), QStringLiteral("lag-reader"));
    if (!standby)
        return fail(standby.error().message);
    {
        auto readOnly = Statement::prepare(**standby, QStringLiteral("SELECT pg_is_in_recovery()"));
        if (!readOnly || !readOnly->exec(QStringLiteral("asking for recovery")) || !readOnly->next()
            || !readOnly->value(0).toBool())
            return fail(QStringLiteral("the second URL does not reach a standby"));
    }

    MockPaymentGateway gateway;
    BookingService writer(**primary, gateway, Actor{QStringLiteral("lag-writer"), QStringLiteral("kiosk")});
    FlightCatalog reader(**standby);
    // The schema itself must have reached the standby before the first map is read.
    QElapsedTimer replicated;
    replicated.start();
    while (!reader.seats(*first)) {
        if (replicated.elapsed() > 30000)
            return fail(QStringLiteral("the flights did not reach the standby within 30 s"));
        QThread::msleep(10);
    }
    std::vector<std::int64_t> lag;
    std::vector<std::int64_t> hold;
    QElapsedTimer clock;
    for (int n = 0; n < samples; ++n) {
        const SeatSlot slot = seatSlot(*first, n);
        HoldRequest request;
        request.flight = FlightRef::byId(slot.flightId);
        request.seats << slot.code;
        clock.start();
        if (auto held = writer.hold(request); !held)
            return fail(held.error().message);
        hold.push_back(clock.nsecsElapsed());
        clock.restart();
        for (;;) {
            auto seats = reader.seats(slot.flightId);
            if (!seats)
                return fail(seats.error().message);
            if (shownHeld(*seats, slot.code))
                break;
        }
        lag.push_back(clock.nsecsElapsed());
        QThread::msleep(20); // a person's pace, not a flood
    }
    (void)dropSchema(args.at(1), schema);
    const LatencySummary l = summarize(lag);
    const LatencySummary h = summarize(hold);
    std::printf("hold on the primary: p50 %.2f ms, p99 %.2f ms; seen on the standby after: p50 %.2f ms, "
                "p95 %.2f ms, p99 %.2f ms, max %.2f ms (%zu samples; includes one seat-map read, p50 of "
                "which is the floor)\n",
                h.p50Ms, h.p99Ms, l.p50Ms, l.p95Ms, l.p99Ms, l.maxMs, l.count);
    return 0;
}
