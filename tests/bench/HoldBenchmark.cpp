// hold_bench: hold + confirm latency and throughput of BookingService on PostgreSQL, with
// N concurrent connections (one thread, one Database, one BookingService each), and the
// invariants of the data afterwards. See docs/benchmarks.md and run-benchmarks.sh.

#include "BenchOptions.h"
#include "BenchSchema.h"
#include "LatencyStats.h"
#include "ProcessCpu.h"

#include "booking/BookingService.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QScopeGuard>

#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <sys/resource.h>

using namespace kiosk;
using namespace kiosk::bench;
using Clock = std::chrono::steady_clock;

namespace {

struct Shared {
    QString url;
    qint64 firstFlightId = 0;
    qint64 capacity = 0;
    const Options *options = nullptr;
    std::atomic<qint64> nextSeat{0};
    std::atomic<qint64> measuredLeft{0};
    std::atomic<bool> outOfSeats{false};
    Clock::time_point start;
    Clock::time_point deadline;
    CpuSeconds cpuAtStart;
};

struct WorkerResult {
    std::vector<std::int64_t> holdNs;
    std::vector<std::int64_t> totalNs; // open loop: from the scheduled start, so queueing counts
    std::vector<std::int64_t> lagNs;   // open loop: scheduled start to real start
    qint64 succeeded = 0; // warm-up included: every CONFIRMED booking this worker made
    quint64 statements = 0; // sent while measured: round trips, warm-up excluded
    QMap<QString, int> errors;
    QString firstError;
    QString fatal;
    Clock::time_point finished;
};

CardDetails testCard()
{
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    return card;
}

// One hold + confirm (or the hold alone with --hold-only). False when the seats ran out; a
// failed sale is counted in `out`.
// `scheduled`: the open loop's intended start, from which the total latency is measured.
bool sellOneSeat(BookingService &service, Shared &shared, WorkerResult &out, bool measure,
                 std::optional<Clock::time_point> scheduled = std::nullopt)
{
    const qint64 n = shared.nextSeat.fetch_add(1);
    if (n >= shared.capacity) {
        shared.outOfSeats = true;
        return false;
    }
    const SeatSlot slot = seatSlot(shared.firstFlightId, n);
    HoldRequest request;
    request.flight = FlightRef::byId(slot.flightId);
    request.seats << slot.code;
    static const CardDetails card = testCard();

    const auto t0 = Clock::now();
    auto held = service.hold(request);
    const auto t1 = Clock::now();
    const bool holdOnly = shared.options->holdOnly;
    Result<Booking> paid = !held ? held.error()
        : holdOnly               ? held
                                 : waitFor(service.submitPayment(held->reference, card), 30000);
    const auto t2 = Clock::now();

    const bool ok = paid && paid->state == (holdOnly ? BookingState::SeatHeld : BookingState::Confirmed);
    if (!ok) {
        const QString code = paid ? QStringLiteral("not_confirmed") : paid.error().codeName();
        ++out.errors[code];
        if (out.firstError.isEmpty())
            out.firstError = paid ? QStringLiteral("booking ended %1").arg(bookingStateName(paid->state))
                                  : paid.error().message;
        return true;
    }
    ++out.succeeded;
    if (measure) {
        using std::chrono::nanoseconds;
        const Clock::time_point from = scheduled.value_or(t0);
        out.holdNs.push_back(std::chrono::duration_cast<nanoseconds>(t1 - t0).count());
        out.totalNs.push_back(std::chrono::duration_cast<nanoseconds>(t2 - from).count());
        if (scheduled)
            out.lagNs.push_back(std::chrono::duration_cast<nanoseconds>(t0 - from).count());
    }
    return true;
}

template <typename Barrier>
void worker(int index, Shared &shared, Barrier &startLine, WorkerResult &out)
{
    // A connection lives and dies in the thread that uses it (QtSql's rule).
    auto db = Database::open(shared.url, QStringLiteral("hold-bench-%1").arg(index));
    if (!db) {
        out.fatal = db.error().message;
        startLine.arrive_and_wait();
        return;
    }
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor{QStringLiteral("bench-%1").arg(index), QStringLiteral("hold_bench")});

    for (int i = 0; i < shared.options->warmupOps; ++i)
        (void)sellOneSeat(service, shared, out, false);
    out.holdNs.reserve(200000);
    out.totalNs.reserve(200000);

    startLine.arrive_and_wait();
    const quint64 statementsBefore = (*db)->statementsSent();
    auto countStatements = qScopeGuard([&] { out.statements = (*db)->statementsSent() - statementsBefore; });
    if (shared.options->rate > 0) {
        // Open loop: this connection's share of the arrivals, exponential gaps (a Poisson
        // process, as pgbench -R). A late start is not forgiven: it shows as latency.
        std::mt19937_64 random(std::random_device{}() + std::uint64_t(index));
        std::exponential_distribution<double> gap(shared.options->rate / shared.options->connections);
        Clock::time_point next = shared.start;
        for (;;) {
            next += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(gap(random)));
            if (next >= shared.deadline)
                break;
            std::this_thread::sleep_until(next);
            if (!sellOneSeat(service, shared, out, true, next))
                break;
        }
        out.finished = std::max(Clock::now(), shared.deadline);
        return;
    }
    const bool byCount = shared.options->ops > 0;
    for (;;) {
        if (byCount ? shared.measuredLeft.fetch_sub(1) <= 0 : Clock::now() >= shared.deadline)
            break;
        if (!sellOneSeat(service, shared, out, true))
            break;
    }
    out.finished = Clock::now();
}

QJsonObject toJson(const LatencySummary &s)
{
    return QJsonObject{{QStringLiteral("count"), qint64(s.count)}, {QStringLiteral("mean"), s.meanMs},
                       {QStringLiteral("p50"), s.p50Ms},           {QStringLiteral("p95"), s.p95Ms},
                       {QStringLiteral("p99"), s.p99Ms},           {QStringLiteral("max"), s.maxMs}};
}

QJsonObject toJson(const InvariantReport &r)
{
    return QJsonObject{{QStringLiteral("confirmed"), r.confirmed},
                       {QStringLiteral("unfinished"), r.open},
                       {QStringLiteral("double_booked_seats"), r.doubleBookedSeats},
                       {QStringLiteral("confirmed_without_capture"), r.confirmedWithoutCapture},
                       {QStringLiteral("confirmed_with_bad_audit"), r.confirmedWithBadAudit},
                       {QStringLiteral("confirmed_without_active_seat"), r.confirmedWithoutActiveSeat}};
}

QString describe(const InvariantReport &r)
{
    return QStringLiteral("%1 confirmed, %2 unfinished, %3 double-booked seats, %4 confirmed without capture, "
                          "%5 with a wrong audit trail, %6 without an active seat")
        .arg(r.confirmed)
        .arg(r.open)
        .arg(r.doubleBookedSeats)
        .arg(r.confirmedWithoutCapture)
        .arg(r.confirmedWithBadAudit)
        .arg(r.confirmedWithoutActiveSeat);
}

QString line(const char *label, const LatencySummary &s)
{
    return QStringLiteral("  %1 p50 %2  p95 %3  p99 %4  max %5  mean %6 ms\n")
        .arg(QLatin1String(label), -14)
        .arg(s.p50Ms, 0, 'f', 2)
        .arg(s.p95Ms, 0, 'f', 2)
        .arg(s.p99Ms, 0, 'f', 2)
        .arg(s.maxMs, 0, 'f', 2)
        .arg(s.meanMs, 0, 'f', 2);
}

void print(const QString &text, FILE *stream = stdout)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

int fail(const QString &message, int code = 1)
{
    print(QStringLiteral("hold_bench: %1\n").arg(message), stderr);
    return code;
}

int verifyOnly(const Options &options)
{
    auto db = Database::open(schemaUrl(options.adminUrl, options.schema), QStringLiteral("hold-bench-verify"));
    if (!db)
        return fail(db.error().message);
    auto report = checkInvariants(**db);
    if (!report)
        return fail(report.error().message);
    const bool countOk = options.expectConfirmed < 0 || report->confirmed == options.expectConfirmed;
    if (options.json) {
        QJsonObject out = toJson(*report);
        out.insert(QStringLiteral("violations"), report->violations() + (countOk ? 0 : 1));
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        print(QStringLiteral("invariants of schema %1: %2\n").arg(options.schema, describe(*report)));
    }
    if (!countOk)
        return fail(QStringLiteral("expected %1 confirmed bookings, found %2")
                        .arg(options.expectConfirmed)
                        .arg(report->confirmed));
    return report->violations() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hold_bench"));
    // One log line per sale would measure the terminal, not the booking path; the
    // environment (QT_LOGGING_RULES) can still turn them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.info=false"));

    QString error;
    const std::optional<Options> parsed = parseOptions(app, error);
    if (!parsed)
        return fail(error, 2);
    const Options &options = *parsed;
    if (options.verifyOnly)
        return verifyOnly(options);

    Shared shared;
    shared.options = &options;
    auto url = createSchema(options.adminUrl, options.schema);
    if (!url)
        return fail(QStringLiteral("cannot create schema %1: %2").arg(options.schema, url.error().message));
    shared.url = *url;
    const bool dropAfter = !options.keepSchema && !options.prepareOnly;
    struct Dropper {
        const Options &o;
        bool active;
        ~Dropper()
        {
            if (active)
                (void)dropSchema(o.adminUrl, o.schema);
        }
    } dropper{options, dropAfter};

    {
        auto db = Database::open(shared.url, QStringLiteral("hold-bench-setup"));
        if (!db)
            return fail(db.error().message);
        const auto loadStart = Clock::now();
        auto first = loadFlights(**db, options.flights);
        if (!first)
            return fail(QStringLiteral("loading flights: %1").arg(first.error().message));
        shared.firstFlightId = *first;
        shared.capacity = qint64(options.flights) * SeatsPerFlight;
        const double loadSeconds = std::chrono::duration<double>(Clock::now() - loadStart).count();
        if (options.prepareOnly && options.json) {
            const QJsonObject out{{QStringLiteral("schema"), options.schema},
                                  {QStringLiteral("url"), shared.url},
                                  {QStringLiteral("first_flight_id"), shared.firstFlightId},
                                  {QStringLiteral("flights"), options.flights},
                                  {QStringLiteral("seats"), shared.capacity}};
            print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
            return 0;
        }
        print(QStringLiteral("hold_bench: schema %1: %2 flights, %3 seats, first flight id %4, loaded in %5 s\n")
                  .arg(options.schema)
                  .arg(options.flights)
                  .arg(shared.capacity)
                  .arg(shared.firstFlightId)
                  .arg(loadSeconds, 0, 'f', 1),
              options.json ? stderr : stdout);
    }
    if (options.prepareOnly) {
        print(QStringLiteral("url: %1\n").arg(shared.url));
        return 0;
    }

    shared.measuredLeft = options.ops;
    std::vector<WorkerResult> results(std::size_t(options.connections));
    auto onStart = [&shared, &options]() noexcept {
        shared.start = Clock::now();
        shared.deadline = shared.start + std::chrono::duration_cast<Clock::duration>(
                                             std::chrono::duration<double>(options.seconds));
        shared.cpuAtStart = cpuSeconds(RUSAGE_SELF);
    };
    std::barrier startLine(options.connections, onStart);
    std::vector<std::thread> threads;
    for (int i = 0; i < options.connections; ++i)
        threads.emplace_back([&, i] { worker(i, shared, startLine, results[std::size_t(i)]); });
    for (std::thread &t : threads)
        t.join();
    const CpuSeconds used = cpuSeconds(RUSAGE_SELF) - shared.cpuAtStart;

    std::vector<std::int64_t> holdNs;
    std::vector<std::int64_t> totalNs;
    std::vector<std::int64_t> lagNs;
    qint64 succeeded = 0;
    quint64 statements = 0;
    QMap<QString, int> errors;
    QString firstError;
    Clock::time_point end = shared.start;
    for (const WorkerResult &r : results) {
        if (!r.fatal.isEmpty())
            return fail(QStringLiteral("a worker could not connect: %1").arg(r.fatal));
        holdNs.insert(holdNs.end(), r.holdNs.begin(), r.holdNs.end());
        totalNs.insert(totalNs.end(), r.totalNs.begin(), r.totalNs.end());
        lagNs.insert(lagNs.end(), r.lagNs.begin(), r.lagNs.end());
        succeeded += r.succeeded;
        statements += r.statements;
        for (auto it = r.errors.cbegin(); it != r.errors.cend(); ++it)
            errors[it.key()] += it.value();
        if (firstError.isEmpty())
            firstError = r.firstError;
        end = std::max(end, r.finished);
    }
    qint64 errorCount = 0;
    for (int n : std::as_const(errors))
        errorCount += n;
    const double wall = std::chrono::duration<double>(end - shared.start).count();
    const LatencySummary hold = summarize(holdNs);
    const LatencySummary total = summarize(totalNs);
    const LatencySummary lag = summarize(lagNs);
    const double opsPerSecond = wall > 0 ? double(total.count) / wall : 0;
    const qint64 ops = qint64(total.count);
    const double cpuMsPerOp = msPerOp(used.user + used.system, ops);
    const double statementsPerOp = total.count > 0 ? double(statements) / double(total.count) : 0;

    auto checker = Database::open(shared.url, QStringLiteral("hold-bench-check"));
    if (!checker)
        return fail(checker.error().message);
    auto report = checkInvariants(**checker);
    if (!report)
        return fail(QStringLiteral("checking the invariants: %1").arg(report.error().message));
    const bool countOk = options.holdOnly ? report->confirmed == 0 && report->open == succeeded
                                          : report->confirmed == succeeded;
    const qint64 violations = report->violations() + (countOk ? 0 : 1);

    if (options.json) {
        QJsonObject errorsJson;
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            errorsJson.insert(it.key(), it.value());
        QJsonObject out{{QStringLiteral("connections"), options.connections},
                        {QStringLiteral("hold_only"), options.holdOnly},
                        {QStringLiteral("seconds"), wall},
                        {QStringLiteral("ops"), ops},
                        {QStringLiteral("ops_per_sec"), opsPerSecond},
                        {QStringLiteral("errors"), errorCount},
                        {QStringLiteral("error_kinds"), errorsJson},
                        {QStringLiteral("out_of_seats"), shared.outOfSeats.load()},
                        {QStringLiteral("client_cpu_ms_per_op"), cpuMsPerOp},
                        {QStringLiteral("statements_per_op"), statementsPerOp},
                        {QStringLiteral("hold_ms"), toJson(hold)},
                        {QStringLiteral("hold_confirm_ms"), toJson(total)},
                        {QStringLiteral("invariants"), toJson(*report)},
                        {QStringLiteral("violations"), violations}};
        const QJsonObject cpu = clientCpuJson(used, ops);
        for (auto it = cpu.begin(); it != cpu.end(); ++it)
            out.insert(it.key(), it.value());
        if (options.rate > 0) {
            out.insert(QStringLiteral("rate"), options.rate);
            out.insert(QStringLiteral("schedule_lag_ms"), toJson(lag));
        }
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
    } else {
        const QString operation = options.holdOnly ? QStringLiteral("hold") : QStringLiteral("hold+confirm");
        print(QStringLiteral("hold_bench: %1 connection(s), %2 s, %3 %4, %5 error(s)\n")
                  .arg(options.connections)
                  .arg(wall, 0, 'f', 1)
                  .arg(total.count)
                  .arg(operation)
                  .arg(errorCount)
              + QStringLiteral("  throughput     %1 ops/s (client CPU %2 ms/op: user %3, kernel %4; %5 statements/op)\n")
                    .arg(opsPerSecond, 0, 'f', 1)
                    .arg(cpuMsPerOp, 0, 'f', 2)
                    .arg(msPerOp(used.user, ops), 0, 'f', 3)
                    .arg(msPerOp(used.system, ops), 0, 'f', 3)
                    .arg(statementsPerOp, 0, 'f', 1)
              + line("hold", hold) + (options.holdOnly ? QString() : line("hold+confirm", total))
              + (options.rate > 0 ? QStringLiteral("  open loop at %1 ops/s; latency from the scheduled start\n")
                                            .arg(options.rate)
                                      + line("schedule lag", lag)
                                  : QString())
              + QStringLiteral("  invariants     %1 violation(s): %2\n").arg(violations).arg(describe(*report)));
    }
    if (!countOk)
        print(QStringLiteral("hold_bench: %1 operations succeeded but the database holds %2 CONFIRMED and %3 open "
                             "bookings\n")
                  .arg(succeeded)
                  .arg(report->confirmed)
                  .arg(report->open),
              stderr);
    if (errorCount > 0)
        print(QStringLiteral("hold_bench: %1 operation(s) failed; first: %2\n").arg(errorCount).arg(firstError), stderr);
    if (shared.outOfSeats)
        print(QStringLiteral("hold_bench: ran out of seats; pass a larger --flights or --max-rate\n"), stderr);
    return violations == 0 && errorCount == 0 && !shared.outOfSeats ? 0 : 1;
}
