#pragma once

#include <QString>

namespace kiosk {

// Named crash points compiled into the real code. KIOSK_FAILPOINTS=name[,name...] makes the
// process die at once when it reaches one of them, like a power cut: no destructors, no
// flushed buffers, no rollback, exit status Failpoint::ExitCode. Tests use them to prove that
// the reconciler recovers from a crash at every step of the payment saga.
class Failpoint {
public:
    static constexpr int ExitCode = 86;

    // Dies here if `name` is switched on; otherwise returns at once.
    static void hit(const char *name);
    // True if `name` is switched on: the caller then acts as if that fault happened (for
    // example a COMMIT that went through but whose reply was lost), without dying.
    static bool injects(const char *name) { return isEnabled(QLatin1StringView(name)); }
    static bool isEnabled(QLatin1StringView name);
};

} // namespace kiosk
