#pragma once

#include <QJsonObject>

#include <cstdlib>

#include <sys/resource.h>

namespace kiosk::bench {

// CPU time in user space and in the kernel (on behalf of the process: sockets, polls,
// context switches), apart: pgbench spends about as much as the kiosk in the kernel, so a
// gap between them is told by the user time.
struct CpuSeconds {
    double user = 0;
    double system = 0;

    CpuSeconds operator-(const CpuSeconds &earlier) const { return {user - earlier.user, system - earlier.system}; }
    CpuSeconds &operator+=(const CpuSeconds &more)
    {
        user += more.user;
        system += more.system;
        return *this;
    }
};

// RUSAGE_SELF: this process so far; RUSAGE_CHILDREN: its children that have ended and been
// waited for.
inline CpuSeconds cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
}

// Milliseconds of CPU an operation; 0 when there was none.
inline double msPerOp(double seconds, qint64 operations)
{
    return operations > 0 ? seconds * 1000 / double(operations) : 0.0;
}

// The machine's load average over the last minute (-1 if unknown), reported beside a
// measurement: the clients and the server share the machine with whatever else runs.
inline double loadAverage()
{
    double load = -1;
    return getloadavg(&load, 1) == 1 ? load : -1;
}

// The client's CPU an operation, as hold_bench and kiosk_load report it.
inline QJsonObject clientCpuJson(const CpuSeconds &used, qint64 operations)
{
    return {{QStringLiteral("client_user_ms_per_op"), msPerOp(used.user, operations)},
            {QStringLiteral("client_system_ms_per_op"), msPerOp(used.system, operations)}};
}

} // namespace kiosk::bench
