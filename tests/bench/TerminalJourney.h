#pragma once

#include "ProcessCpu.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace kiosk::bench {

// What one simulated terminal is told to do.
struct TerminalPlan {
    QString url;
    int terminal = 0;        // index, also the random seed's offset
    quint32 seed = 1;
    double seconds = 10;
    qint64 firstFlightId = 0;
    int flights = 20;
    int hotFlights = 2;      // this many flights get hotShare of the traffic
    double hotShare = 0.7;
    int thinkMs = 0;         // mean pause before each step (exponential); 0: closed loop
    int holdTtlSeconds = 3;  // short, so abandoned holds lapse during the run
    bool holdOnly = false;   // the pgbench comparison: one seat, distinct per hold, nothing else
    bool contended = false;  // the soak: no board or map, random seats of the chosen flight, so
                             // terminals race for seats; most holds are then left to lapse
    qint64 maxAttempts = 0;  // > 0: stop after this many hold attempts (or plan.seconds)
    int terminals = 1;       // holdOnly: seat n = terminal + terminals * i
    QString gateway = QStringLiteral("mock"); // GatewayFactory spec; http://... shares one gateway
    int paymentAttemptSeconds = 0;            // > 0: how long before a reconciler may take over
    QString journalPath;     // non-empty: append "hold|confirmed|lost|reconnected EPOCH_MS [REF]" lines
};

// What it did. Latencies in nanoseconds, one per attempt.
struct TerminalStats {
    qint64 journeys = 0;
    qint64 holds = 0;           // holds that succeeded
    qint64 conflicts = 0;       // seat taken by another terminal between map and hold
    qint64 busy = 0;            // lock timeout: "please try again"
    qint64 soldOut = 0;         // the chosen flight had too few free seats
    qint64 confirmed = 0;
    qint64 declined = 0;
    qint64 abandoned = 0;       // left to expire
    qint64 cancelled = 0;
    qint64 holdExpiredAtPayment = 0;
    qint64 lostConnections = 0;  // the database went away; the terminal reconnected (failover)
    qint64 holdRetries = 0;      // a hold cut off by a lost connection, asked again with its key
    qint64 paymentsInterrupted = 0; // a payment cut off by a lost connection: left to the reconciler
    qint64 unexpectedErrors = 0;
    QString firstUnexpectedError;
    std::vector<std::int64_t> holdNs;
    std::vector<std::int64_t> seatMapNs;
    std::int64_t loopEndedAtNs = 0; // the system's monotonic clock, so comparable between processes;
                                    // added up: the last terminal's
    CpuSeconds cpu;                 // the process's during its loop, start-up excluded; added up

    QJsonObject countsJson() const; // the counts and the first unexpected error

    QJsonObject toJson() const;
    static TerminalStats fromJson(const QJsonObject &object);
    void add(const TerminalStats &other);
};

// Opens a connection of its own, then calls `awaitStart` and runs the journey loop for
// plan.seconds. A lost connection is reopened with the kiosk's backoff (the multi-host URL
// finds the new primary) and the journey goes on, as a kiosk's does after a failover.
TerminalStats runTerminal(const TerminalPlan &plan, const std::function<void()> &awaitStart);

// The system's monotonic clock in nanoseconds, the same in every process.
std::int64_t monotonicNowNs();

} // namespace kiosk::bench
