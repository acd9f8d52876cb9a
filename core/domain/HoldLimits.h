#pragma once

#include "domain/Actor.h"
#include "domain/Error.h"
#include "domain/Role.h"

#include <QDateTime>

#include <optional>

namespace kiosk {

// How much one role's terminals may hold (table hold_limits, migration 0016; the defaults
// are that migration's rows): at most maxUnpaidHolds unpaid holds at once and
// maxHoldsPerMinute new holds in any minute, per terminal (empty: no limit). After a
// declined payment the hold is extended once by declineExtensionSeconds.
struct HoldLimits {
    Role role = Role::Kiosk;
    std::optional<int> maxUnpaidHolds;
    std::optional<int> maxHoldsPerMinute;
    int declineExtensionSeconds = 0;

    static constexpr int MaxDeclineExtensionSeconds = 3600; // the table's CHECK too
};

// One terminal's holds as the limits count them, read inside the hold's transaction.
struct TerminalHolds {
    int unpaid = 0;                   // held (not lapsed) or being paid
    QDateTime firstUnpaidDeadlineUtc; // when the first of them lapses; invalid if all are being paid
    int lastMinute = 0;               // holds placed in the last 60 seconds
    QDateTime nextAllowedUtc;         // the oldest of those + 60 seconds
};

// The rule, applied by SeatHolder on SQLite and by kiosk_hold_on_sale on PostgreSQL: unpaid holds
// first (paying or releasing one helps at once), then the rate. Empty: within the limits.
std::optional<Error> holdLimitRefusal(const HoldLimits &limits, const TerminalHolds &holds, const Actor &actor);

// ErrorCode::LimitReached, saying which limit, and until when; details: "unpaid_limit" or
// "rate_limit", the limit, the time (ISO 8601 UTC, empty if unknown). The message names what
// was counted: the terminal's name, or `countedLogin`, the database login whose holds
// PostgreSQL counts on a terminal login (migration 0027), whatever name the terminal states.
Error unpaidLimitReached(const Actor &actor, int limit, const QDateTime &firstLapsesUtc,
                         const QString &countedLogin = QString());
Error rateLimitReached(const Actor &actor, int limit, const QDateTime &nextAllowedUtc,
                       const QString &countedLogin = QString());

} // namespace kiosk
