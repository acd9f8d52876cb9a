#pragma once

#include "domain/HoldLimits.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

// The `hold_limits` table (one row per role) and what it is checked against: a terminal's
// unpaid and recent holds, and the one extension of a hold after a declined payment.
class HoldLimitRepository {
    Q_DECLARE_TR_FUNCTIONS(HoldLimitRepository)
public:
    explicit HoldLimitRepository(Database &db) : m_db(db) {}

    Result<QList<HoldLimits>> all();
    Result<HoldLimits> forRole(Role role);
    Status save(const HoldLimits &limits);

    // Counted by the database's clock; inside the hold's write transaction on SQLite.
    Result<TerminalHolds> holdsOf(const QString &terminal);

    // Moves the deadline of a held, not lapsed booking on by the role's
    // decline_extension_seconds, once per booking: the new deadline, or empty when the hold
    // was extended before, has lapsed or moved on, or the role's extension is 0.
    Result<std::optional<QDateTime>> extendAfterDecline(qint64 bookingId, Role role);

private:
    Database &m_db;
};

} // namespace kiosk
