// waitlist_bench: how fast freed seats become waitlist offers (docs/benchmarks.md).
//  1. A seat freed by cancelling a one-seat hold while a one-seat party waits: from the call
//     to its return, when the cancellation and the offer (with its outbox row) have both
//     committed. Baseline in the same run: the same cancellation with nobody waiting.
//  2. A lapsed hold that no terminal expired, found by the dispatcher's idle pass
//     (expireDue, then WaitlistOfferer::sweep): the pass's time.
//  3. 16 connections cancelling at once while 16 one-seat parties wait: wall time until
//     every cancellation and offer returned; the program fails unless each party holds
//     exactly one offer, each with one e-mail, and no seat is held twice.
//
//   packaging/with-postgres.sh build/dev/tests/bench/waitlist_bench [ROUNDS]
//
// PostgreSQL when KIOSK_TEST_PG_URL is set (packaging/with-postgres.sh), SQLite always.
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "booking/BookingService.h"
#include "booking/WaitlistOfferer.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <atomic>
#include <cstdio>
#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::bench;

namespace {

constexpr int Racers = 16;

// One-seat holds on seats `first`.. of the bench's flights (operator: no hold limits).
Result<QStringList> holdSeats(BookingService &service, qint64 firstFlight, int first, int count)
{
    QStringList references;
    for (int i = first; i < first + count; ++i) {
        const SeatSlot slot = seatSlot(firstFlight, i);
        HoldRequest request;
        request.flight = FlightRef::byId(slot.flightId);
        request.seats << slot.code;
        request.passengers << QStringLiteral("Bench Holder");
        request.ttlSeconds = 3600;
        auto held = service.hold(request);
        if (!held)
            return held.error();
        references << held->reference;
    }
    return references;
}

Status joinOnePerSeat(BookingService &service, qint64 flightId, int count, int tag)
{
    for (int i = 0; i < count; ++i) {
        auto joined = service.waitlist().join(WaitlistRequest{
            FlightRef::byId(flightId), QLatin1Char('Y'), {QStringLiteral("Bench Waiter")},
            {QStringLiteral("waiter-%1-%2@example.org").arg(tag).arg(i), QString()}});
        if (!joined)
            return joined.error();
    }
    return Done{};
}

qint64 count(Database &db, const QString &sql)
{
    auto query = Statement::prepare(db, sql);
    if (!query || !query->exec(QStringLiteral("counting")) || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

int measure(const char *label, const QString &url, int rounds)
{
    auto db = Database::open(url, QStringLiteral("waitlist-bench"));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    // Flight 0: nobody waits (baseline); 1: rounds; 2: the dispatcher's pass; 3: the race.
    auto first = loadFlights(**db, 4);
    if (!first)
        return 1;
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor::builtInOperator(QStringLiteral("waitlist-bench")));
    const auto sellOut = [&](int flight) { return holdSeats(service, *first, flight * SeatsPerFlight, SeatsPerFlight); };
    auto quiet = sellOut(0);
    auto busy = sellOut(1);
    auto swept = sellOut(2);
    auto raced = sellOut(3);
    if (!quiet || !busy || !swept || !raced || !joinOnePerSeat(service, *first + 1, rounds, 1)
        || !joinOnePerSeat(service, *first + 2, rounds, 2) || !joinOnePerSeat(service, *first + 3, Racers, 3)) {
        std::fprintf(stderr, "waitlist_bench: setting up failed\n");
        return 1;
    }
    std::vector<std::int64_t> baseline, offered, sweep;
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        if (!service.cancel(quiet->at(i), QStringLiteral("bench")))
            return 1;
        baseline.push_back(clock.nsecsElapsed());
        clock.start();
        if (!service.cancel(busy->at(i), QStringLiteral("bench")))
            return 1;
        offered.push_back(clock.nsecsElapsed());
    }
    // Lapsed behind every terminal's back, then one idle pass of the dispatcher per hold.
    for (int i = 0; i < rounds; ++i) {
        auto lapse = Statement::prepare(**db, QStringLiteral("UPDATE bookings SET hold_deadline = %1 WHERE reference = :ref")
                                                  .arg((*db)->dialect().plusSeconds((*db)->dialect().now(), QStringLiteral("-1"))));
        if (!lapse || !lapse->bind(QStringLiteral(":ref"), swept->at(i)).exec(QStringLiteral("lapsing")))
            return 1;
        clock.start();
        WaitlistOfferer offerer(**db);
        if (!service.expireDue() || !offerer.sweep())
            return 1;
        sweep.push_back(clock.nsecsElapsed());
    }
    const auto row = [label](const char *what, const LatencySummary &s) {
        std::printf("| %s | %s | %zu | %.2f | %.2f | %.2f | %.2f |\n", label, what, s.count, s.meanMs, s.p50Ms, s.p95Ms,
                    s.maxMs);
    };
    row("baseline: cancel a hold, nobody waiting", summarize(baseline));
    row("cancel a hold + offer its seat (outbox row committed)", summarize(offered));
    row("dispatcher pass: expire a lapsed hold + offer", summarize(sweep));

    std::latch start(Racers + 1);
    std::vector<std::thread> threads;
    std::atomic<int> failures = 0;
    for (int t = 0; t < Racers; ++t) {
        threads.emplace_back([&, t] {
            auto connection = Database::open(url, QStringLiteral("waitlist-bench-%1").arg(t));
            MockPaymentGateway own;
            std::optional<BookingService> terminal;
            if (connection)
                terminal.emplace(**connection, own, Actor::builtInOperator(QStringLiteral("bench-%1").arg(t)));
            start.arrive_and_wait();
            for (int attempt = 0; terminal && attempt < 50; ++attempt) { // Busy: a lock timeout, try again
                auto cancelled = terminal->cancel(raced->at(t), QStringLiteral("bench race"));
                if (cancelled)
                    return;
                if (cancelled.error().code != ErrorCode::Busy)
                    break;
            }
            ++failures;
        });
    }
    start.arrive_and_wait();
    clock.start();
    for (auto &thread : threads)
        thread.join();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const QString flight = QString::number(*first + 3);
    const qint64 offers = count(**db, QStringLiteral("SELECT count(*) FROM waitlist WHERE state = 'offered' AND flight_id = %1").arg(flight));
    const qint64 mails = count(**db, QStringLiteral("SELECT count(*) FROM outbox o JOIN bookings b ON b.id = o.booking_id "
                                                    "WHERE o.kind = 'waitlist_offer' AND b.flight_id = %1").arg(flight));
    const qint64 doubled = count(**db, QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM booking_lines WHERE active "
                                                      "GROUP BY seat_id HAVING count(*) > 1) d"));
    const bool exact = failures == 0 && offers == Racers && mails == Racers && doubled == 0;
    std::printf("| %s | %d connections cancel at once, %d parties waiting | %d | %.2f (wall, all) | | | | %s |\n", label,
                Racers, Racers, Racers, ms,
                exact ? "each party offered once, one e-mail each, no seat twice" : "NOT EXACTLY ONCE");
    return exact ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? qBound(1, QString::fromLocal8Bit(argv[1]).toInt(), SeatsPerFlight) : 100;
    std::printf("| database | measured | n | mean (ms) | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|---|---|---|\n");
    int status = 0;
    const QString admin = qEnvironmentVariable("KIOSK_TEST_PG_URL");
    if (!admin.isEmpty()) {
        const QString schema = QStringLiteral("waitlist_%1").arg(QCoreApplication::applicationPid());
        auto url = createSchema(admin, schema);
        status |= url ? measure("PostgreSQL", *url, rounds) : 1;
        (void)dropSchema(admin, schema);
    } else {
        std::fprintf(stderr, "waitlist_bench: KIOSK_TEST_PG_URL not set; PostgreSQL skipped\n");
    }
    QTemporaryDir dir;
    status |= measure("SQLite", QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("w.sqlite")), rounds);
    return status;
}
