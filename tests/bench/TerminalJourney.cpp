#include "TerminalJourney.h"

#include "BenchSchema.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "common/RetryBackoff.h"
#include "payment/FutureWait.h"
#include "payment/GatewayFactory.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace kiosk::bench {

namespace {

const char *const CountNames[] = {"journeys", "holds", "conflicts", "busy", "sold_out", "confirmed", "declined",
                                  "abandoned", "cancelled", "hold_expired_at_payment", "lost_connections",
                                  "hold_retries", "payments_interrupted", "unexpected_errors"};

std::vector<qint64 TerminalStats::*> countFields()
{
    return {&TerminalStats::journeys,  &TerminalStats::holds,     &TerminalStats::conflicts,
            &TerminalStats::busy,      &TerminalStats::soldOut,   &TerminalStats::confirmed,
            &TerminalStats::declined,  &TerminalStats::abandoned, &TerminalStats::cancelled,
            &TerminalStats::holdExpiredAtPayment, &TerminalStats::lostConnections,
            &TerminalStats::holdRetries, &TerminalStats::paymentsInterrupted, &TerminalStats::unexpectedErrors};
}

QJsonArray toArray(const std::vector<std::int64_t> &values)
{
    QJsonArray array;
    for (std::int64_t v : values)
        array.append(qint64(v / 1000)); // microseconds keep the lines short
    return array;
}

std::vector<std::int64_t> fromArray(const QJsonArray &array)
{
    std::vector<std::int64_t> values;
    values.reserve(size_t(array.size()));
    for (const QJsonValue &v : array)
        values.push_back(v.toInteger() * 1000);
    return values;
}

CardDetails card(bool approve)
{
    CardDetails c;
    c.number = approve ? QStringLiteral("4242424242424242") : QStringLiteral("4000000000000002");
    c.setExpiry(QStringLiteral("12/30"));
    c.cvc = QStringLiteral("123");
    return c;
}

// 1 seat 40%, 2 seats 30%, 3 seats 20%, 4 seats 10%.
int partySize(QRandomGenerator &random)
{
    const int r = int(random.bounded(100));
    return r < 40 ? 1 : r < 70 ? 2 : r < 90 ? 3 : 4;
}

class Terminal {
public:
    Terminal(const TerminalPlan &plan, Database &db, PaymentGateway &gateway)
        : m_plan(plan), m_random(plan.seed + quint32(plan.terminal) * 7919u), m_db(db),
          m_service(db, gateway, Actor{QStringLiteral("load-%1").arg(plan.terminal), QStringLiteral("kiosk")},
                    plan.holdTtlSeconds),
          m_catalog(db), m_journal(plan.journalPath)
    {
        if (plan.paymentAttemptSeconds > 0)
            m_service.setPaymentAttemptSeconds(plan.paymentAttemptSeconds);
        m_run.start();
        if (!plan.journalPath.isEmpty() && !m_journal.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            unexpected(makeError(ErrorCode::Internal, QStringLiteral("cannot write %1").arg(plan.journalPath)));
    }

    void journey();
    void contendedJourney();
    void holdOnly(qint64 iteration);
    TerminalStats &stats() { return m_stats; }

private:
    void unexpected(const Error &error)
    {
        if (m_stats.unexpectedErrors++ == 0)
            m_stats.firstUnexpectedError = error.message;
    }
    // The database was lost: reconnect like a kiosk (at once, then with backoff) until it
    // answers or the run is over. False for any other error.
    bool recover(const Error &error);
    void note(const char *what, const QString &reference = QString());
    qint64 chooseFlight();
    Result<Booking> hold(HoldRequest request);
    void holdAndFinish(const HoldRequest &request);
    void pay(const Booking &booking);
    void finish(const Booking &booking);
    void think();

    const TerminalPlan &m_plan;
    QRandomGenerator m_random;
    Database &m_db;
    BookingService m_service;
    FlightCatalog m_catalog;
    TerminalStats m_stats;
    QFile m_journal;
    QElapsedTimer m_run;
};

void Terminal::note(const char *what, const QString &reference)
{
    if (!m_journal.isOpen())
        return;
    m_journal.write(QStringLiteral("%1 %2 %3\n")
                        .arg(QLatin1String(what))
                        .arg(QDateTime::currentMSecsSinceEpoch())
                        .arg(reference)
                        .toUtf8());
    m_journal.flush(); // the parent reads it after the run; a crash of this process keeps it too
}

bool Terminal::recover(const Error &error)
{
    if (error.code != ErrorCode::DatabaseUnavailable)
        return false;
    ++m_stats.lostConnections;
    note("lost");
    RetryBackoff backoff;
    const qint64 endNs = qint64(m_plan.seconds * 1e9);
    while (m_run.nsecsElapsed() < endNs) {
        if (m_db.reconnect()) {
            note("reconnected");
            return true;
        }
        QThread::msleep(ulong(backoff.nextDelayMs()));
    }
    return true; // the run ended while the database was away: nothing unexpected
}

qint64 Terminal::chooseFlight()
{
    const int hot = std::min(m_plan.hotFlights, m_plan.flights);
    if (hot > 0 && m_random.generateDouble() < m_plan.hotShare)
        return m_plan.firstFlightId + m_random.bounded(hot);
    return m_plan.firstFlightId + m_random.bounded(m_plan.flights);
}

// A person reads, taps and types: a pause with exponentially distributed length.
void Terminal::think()
{
    if (m_plan.thinkMs > 0)
        QThread::msleep(ulong(-std::log(1.0 - m_random.generateDouble()) * m_plan.thinkMs));
}

void Terminal::journey()
{
    ++m_stats.journeys;
    DepartureQuery board;
    board.origin = QStringLiteral("DUB");
    board.limit = 20;
    if (auto listed = m_catalog.departures(board); !listed) {
        if (!recover(listed.error()))
            unexpected(listed.error());
        return;
    }
    think();
    // A full flight sends the traveller to another one; after three, they give up.
    const int party = partySize(m_random);
    qint64 flightId = 0;
    QList<SeatCode> free;
    QElapsedTimer clock;
    for (int attempt = 0; attempt < 3 && free.size() < party; ++attempt) {
        flightId = chooseFlight();
        clock.start();
        auto seats = m_catalog.seats(flightId);
        m_stats.seatMapNs.push_back(clock.nsecsElapsed());
        if (!seats) {
            if (!recover(seats.error()))
                unexpected(seats.error());
            return;
        }
        free.clear();
        for (const Seat &seat : *seats) {
            if (seat.status == SeatStatus::Free)
                free << seat.code;
        }
    }
    if (free.size() < party) {
        ++m_stats.soldOut;
        return;
    }
    think();
    HoldRequest request;
    request.flight = FlightRef::byId(flightId);
    for (int i = 0; i < party; ++i)
        request.seats << free.takeAt(qsizetype(m_random.bounded(int(free.size()))));
    std::sort(request.seats.begin(), request.seats.end());
    holdAndFinish(request);
}

// Seats picked blind, as if many travellers tapped the same few rows at once: the hold
// itself finds out who was first, and releases lapsed holds on the way (rule 3).
void Terminal::contendedJourney()
{
    ++m_stats.journeys;
    HoldRequest request;
    const qint64 flightId = chooseFlight();
    request.flight = FlightRef::byId(flightId);
    const int party = partySize(m_random);
    while (request.seats.size() < party) {
        const SeatCode code = seatSlot(flightId, m_random.bounded(SeatsPerFlight)).code;
        if (!request.seats.contains(code))
            request.seats << code;
    }
    std::sort(request.seats.begin(), request.seats.end());
    holdAndFinish(request);
}

void Terminal::holdAndFinish(const HoldRequest &asked)
{
    HoldRequest request = asked;
    request.idempotencyKey = QStringLiteral("load-%1-%2-%3").arg(m_plan.seed).arg(m_plan.terminal).arg(m_stats.journeys);
    auto held = hold(request);
    if (!held) {
        if (held.error().code == ErrorCode::SeatTaken)
            ++m_stats.conflicts;
        else if (held.error().code == ErrorCode::Busy)
            ++m_stats.busy;
        else if (!recover(held.error()))
            unexpected(held.error());
        return;
    }
    ++m_stats.holds;
    note("hold", held->reference);
    think();
    finish(*held);
}

// A hold cut off by a lost connection may or may not have committed: the kiosk asks again
// with the same idempotency key and gets the same booking or a fresh decision.
Result<Booking> Terminal::hold(HoldRequest request)
{
    QElapsedTimer clock;
    clock.start();
    auto held = m_service.hold(request);
    m_stats.holdNs.push_back(clock.nsecsElapsed());
    if (held || held.error().code != ErrorCode::DatabaseUnavailable || !recover(held.error()))
        return held;
    ++m_stats.holdRetries;
    clock.restart();
    held = m_service.hold(request);
    m_stats.holdNs.push_back(clock.nsecsElapsed());
    return held;
}

void Terminal::pay(const Booking &booking)
{
    auto paid = waitFor(m_service.submitPayment(booking.reference, card(m_random.generateDouble() < 0.8)), 60000);
    if (paid && paid->state == BookingState::Confirmed) {
        ++m_stats.confirmed;
        note("confirmed", booking.reference);
    } else if (paid || paid.error().code == ErrorCode::PaymentDeclined) {
        ++m_stats.declined; // and walks away: the hold lapses
    } else if (paid.error().code == ErrorCode::HoldExpired) {
        ++m_stats.holdExpiredAtPayment;
    } else if (auto alive = m_db.ping(); !alive && recover(alive.error())) {
        // Cut off mid-payment (the saga may report it as an unanswered gateway): the kiosk
        // said "not confirmed"; the attempt is the reconciler's now.
        ++m_stats.paymentsInterrupted;
    } else {
        unexpected(paid.error());
    }
}

// Pay (70%, the mock approving 80% of cards), walk away (15%) or cancel (15%); in the soak,
// where the seats must keep coming free, pay 20%, walk away 50%, cancel 30%.
void Terminal::finish(const Booking &booking)
{
    const double pays = m_plan.contended ? 0.20 : 0.70;
    const double walksAway = m_plan.contended ? 0.70 : 0.85;
    const double outcome = m_random.generateDouble();
    if (outcome < pays) {
        pay(booking);
    } else if (outcome < walksAway) {
        ++m_stats.abandoned;
    } else if (auto cancelled = m_service.cancel(booking.reference, QStringLiteral("changed mind")); cancelled) {
        ++m_stats.cancelled;
    } else if (cancelled.error().code != ErrorCode::HoldExpired && cancelled.error().code != ErrorCode::WrongState
               && !recover(cancelled.error())) {
        unexpected(cancelled.error()); // WrongState: the hold lapsed and another terminal expired it first
    }
}

void Terminal::holdOnly(qint64 iteration)
{
    const SeatSlot slot = seatSlot(m_plan.firstFlightId, m_plan.terminal + qint64(m_plan.terminals) * iteration);
    HoldRequest request;
    request.flight = FlightRef::byId(slot.flightId);
    request.seats << slot.code;
    QElapsedTimer clock;
    clock.start();
    auto held = m_service.hold(request);
    m_stats.holdNs.push_back(clock.nsecsElapsed());
    ++m_stats.journeys;
    if (held)
        ++m_stats.holds;
    else
        unexpected(held.error());
}

} // namespace

QJsonObject TerminalStats::countsJson() const
{
    QJsonObject object;
    const auto fields = countFields();
    for (size_t i = 0; i < fields.size(); ++i)
        object.insert(QLatin1String(CountNames[i]), this->*fields[i]);
    object.insert(QStringLiteral("first_unexpected_error"), firstUnexpectedError);
    return object;
}

QJsonObject TerminalStats::toJson() const
{
    QJsonObject object = countsJson();
    object.insert(QStringLiteral("hold_us"), toArray(holdNs));
    object.insert(QStringLiteral("seat_map_us"), toArray(seatMapNs));
    object.insert(QStringLiteral("loop_ended_at_ns"), qint64(loopEndedAtNs));
    object.insert(QStringLiteral("cpu_user_s"), cpu.user);
    object.insert(QStringLiteral("cpu_system_s"), cpu.system);
    return object;
}

TerminalStats TerminalStats::fromJson(const QJsonObject &object)
{
    TerminalStats stats;
    const auto fields = countFields();
    for (size_t i = 0; i < fields.size(); ++i)
        stats.*fields[i] = object.value(QLatin1String(CountNames[i])).toInteger();
    stats.firstUnexpectedError = object.value(QStringLiteral("first_unexpected_error")).toString();
    stats.holdNs = fromArray(object.value(QStringLiteral("hold_us")).toArray());
    stats.seatMapNs = fromArray(object.value(QStringLiteral("seat_map_us")).toArray());
    stats.loopEndedAtNs = object.value(QStringLiteral("loop_ended_at_ns")).toInteger();
    stats.cpu = {object.value(QStringLiteral("cpu_user_s")).toDouble(), object.value(QStringLiteral("cpu_system_s")).toDouble()};
    return stats;
}

void TerminalStats::add(const TerminalStats &other)
{
    for (auto field : countFields())
        this->*field += other.*field;
    if (firstUnexpectedError.isEmpty())
        firstUnexpectedError = other.firstUnexpectedError;
    holdNs.insert(holdNs.end(), other.holdNs.begin(), other.holdNs.end());
    seatMapNs.insert(seatMapNs.end(), other.seatMapNs.begin(), other.seatMapNs.end());
    loopEndedAtNs = std::max(loopEndedAtNs, other.loopEndedAtNs);
    cpu += other.cpu;
}

std::int64_t monotonicNowNs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux: one clock for every process of the machine.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

TerminalStats runTerminal(const TerminalPlan &plan, const std::function<void()> &awaitStart)
{
    auto db = Database::open(plan.url, QStringLiteral("kiosk-load-%1").arg(plan.terminal));
    if (!db) {
        TerminalStats failed;
        failed.unexpectedErrors = 1;
        failed.firstUnexpectedError = db.error().message;
        return failed;
    }
    auto gateway = GatewayFactory::create(plan.gateway);
    if (!gateway) {
        TerminalStats failed;
        failed.unexpectedErrors = 1;
        failed.firstUnexpectedError = gateway.error().message;
        return failed;
    }
    Terminal terminal(plan, **db, **gateway);
    awaitStart();
    const CpuSeconds cpuAtStart = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer run;
    run.start();
    const qint64 limitNs = qint64(plan.seconds * 1e9);
    const auto attempts = [&] { return qint64(terminal.stats().holdNs.size()); };
    for (qint64 i = 0; run.nsecsElapsed() < limitNs && (plan.maxAttempts == 0 || attempts() < plan.maxAttempts); ++i) {
        if (plan.holdOnly)
            terminal.holdOnly(i);
        else if (plan.contended)
            terminal.contendedJourney();
        else
            terminal.journey();
    }
    TerminalStats stats = std::move(terminal.stats());
    stats.loopEndedAtNs = monotonicNowNs();
    stats.cpu = cpuSeconds(RUSAGE_SELF) - cpuAtStart;
    return stats;
}

} // namespace kiosk::bench
