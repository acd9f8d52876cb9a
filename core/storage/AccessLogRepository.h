#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>

namespace kiosk {

class Database;

// One row of the access log: a sign-in, a sign-out, a user change, or a refused action.
struct AccessEvent {
    QDateTime atUtc; // database server time
    QString terminal;
    QString actor;
    QString role;
    QString action;  // "sign in", "cancel", "add user", ...
    QString target;  // a booking reference, a user name; may be empty
    QString outcome; // "allowed", "denied" (role), "failed" (sign-in)
    QString detail;
};

// The `access_events` table: what happened outside a booking's own state changes.
class AccessLogRepository {
public:
    explicit AccessLogRepository(Database &db) : m_db(db) {}

    Status record(const Actor &actor, const QString &action, const QString &target, const QString &outcome,
                  const QString &detail);
    // How many `action` entries with `outcome` this terminal logged in the last `seconds`
    // (server clock): the check-in lookup's rate limit.
    Result<int> recentCount(const QString &terminal, const QString &action, const QString &outcome, int seconds);
    // Newest last; `target` empty for every entry.
    Result<QList<AccessEvent>> entries(const QString &target, int limit = 200);

private:
    Database &m_db;
};

} // namespace kiosk
