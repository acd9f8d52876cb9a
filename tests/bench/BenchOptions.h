#pragma once

#include <QString>

#include <optional>

class QCoreApplication;

namespace kiosk::bench {

// hold_bench's command line (--help lists it).
struct Options {
    QString adminUrl;
    QString schema;
    int connections = 1;
    double seconds = 10;
    qint64 ops = 0;       // > 0: run exactly this many measured operations instead of --seconds
    int warmupOps = 5;    // per connection, before the clock starts (prepares every statement)
    double rate = 0;      // > 0: open loop, this many ops/s in all (Poisson arrivals), like pgbench -R
    int flights = 0;      // 0: sized from --seconds/--ops and --max-rate
    int maxRate = 2500;   // ops/s the automatic sizing must not run out at
    bool json = false;
    bool keepSchema = false;
    bool prepareOnly = false;
    bool verifyOnly = false;
    bool holdOnly = false; // hold one seat per operation, no payment (the hold's own latency)
    qint64 expectConfirmed = -1;
};

// The options, or nullopt with `error` set; --help exits here.
std::optional<Options> parseOptions(const QCoreApplication &app, QString &error);

} // namespace kiosk::bench
