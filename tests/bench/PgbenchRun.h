#pragma once

#include "domain/Result.h"

#include <QJsonObject>

#include <cstdint>
#include <vector>

namespace kiosk::bench {

// count, p50, p95, p99 and max of latencies in nanoseconds, as the reports print them.
QJsonObject latencyJson(const std::vector<std::int64_t> &samples);

// pgbench with the hold script (hold.pgbench) on fresh flights from `firstFlight`:
// `clients` connections for `seconds`; tps and per-transaction latencies.
Result<QJsonObject> runPgbench(int clients, double seconds, const QString &url, qint64 firstFlight);

} // namespace kiosk::bench
