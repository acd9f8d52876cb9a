#pragma once

#include "domain/Result.h"
#include "domain/StaffCall.h"

#include <QList>

namespace kiosk {

class Database;

// The `staff_calls` table (migration 0033). At most one open call per terminal: the partial
// unique index decides, so two presses racing on one terminal make one call.
class StaffCallRepository {
public:
    explicit StaffCallRepository(Database &db) : m_db(db) {}

    // The terminal's open call: a new one, or the one already open (unchanged).
    Result<StaffCall> open(const QString &terminal, const QString &screen, const QString &reference);
    // Open calls, oldest first.
    Result<QList<StaffCall>> openCalls();
    Result<StaffCall> find(qint64 id);
    // Marks the call answered unless someone already did; false when it was not open.
    Result<bool> answer(qint64 id, const QString &by);

private:
    Result<StaffCall> openOf(const QString &terminal);
    Database &m_db;
};

} // namespace kiosk
