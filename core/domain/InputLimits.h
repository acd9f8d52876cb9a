#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace kiosk {

// Lengths of free text that comes from outside (a terminal, a script): over the limit is bad
// input with a clear message, never an oversized index entry or audit row.
class InputLimits {
    Q_DECLARE_TR_FUNCTIONS(InputLimits)
public:
    static constexpr int IdempotencyKey = 128; // unique-indexed: PostgreSQL refuses ~2.7 kB entries
    static constexpr int Reason = 500;         // audit rows and refund reasons

    // Done if `value` has at most `limit` characters; `what` names it in the message.
    static Status check(const QString &value, int limit, const QString &what);
};

} // namespace kiosk
