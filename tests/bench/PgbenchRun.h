#pragma once

#include "domain/Result.h"

#include <QJsonObject>
#include <QProcess>

#include <cstdint>
#include <memory>
#include <vector>

namespace kiosk::bench {

// count, p50, p95, p99 and max of latencies in nanoseconds, as the reports print them.
QJsonObject latencyJson(const std::vector<std::int64_t> &samples);

// How pgbench's connections are spread: one process with a thread a connection, as pgbench
// is usually run, or a process a connection, as the kiosk's terminals run.
enum class PgbenchShape { Threads, Processes };

// pgbench with a hold script of tests/bench (hold.pgbench, hold_minimal.pgbench) on fresh
// flights from `firstFlight`: `clients` connections for `seconds`, `variables` as more -D
// NAME=VALUE; tps, per-transaction latencies, and the client's CPU a transaction without
// its start (measured by a run of one transaction a connection first; "start_cpu_ms").
Result<QJsonObject> runPgbench(const QString &scriptName, int clients, double seconds, const QString &url,
                               qint64 firstFlight, const QStringList &variables = {},
                               PgbenchShape shape = PgbenchShape::Threads);

// What a running terminal does beside the selling: the elected listener announcing queued
// seat changes every 20 ms (announce.pgbench at 50 a second), for `seconds` plus a margin.
std::unique_ptr<QProcess> startAnnouncer(double seconds, const QString &url);

// The same URL with no trigger firing on its connections (session_replication_role=replica;
// needs a superuser, as the benchmark's throwaway cluster has).
QString withoutTriggers(const QString &schemaUrl);

// The hold-only comparison's lines of kiosk_load's report.
QString comparisonText(const QJsonObject &comparison);

} // namespace kiosk::bench
