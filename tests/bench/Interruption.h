#pragma once

#include "domain/Result.h"

#include <QtGlobal>

#include <optional>

namespace kiosk::bench {

// Ctrl-C or SIGTERM on kiosk_load: the terminals and pgbench processes it started are sent
// SIGTERM, so the phase in progress fails at once and drops its schema and logins on the way
// out, as any failed phase does, and no further phase starts. A second signal ends
// kiosk_load at once (the handler is reset after the first).
void stopChildrenOnInterrupt();

// A child process, from its start to its end: the handler stops it while it is registered.
class WatchedChild {
public:
    explicit WatchedChild(qint64 pid);
    ~WatchedChild();
    WatchedChild(const WatchedChild &) = delete;
    WatchedChild &operator=(const WatchedChild &) = delete;

private:
    int m_slot = -1;
};

// An error to end a phase with once interrupted; nothing otherwise.
std::optional<Error> interruption();

} // namespace kiosk::bench
