#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>

#include <memory>
#include <utility>

namespace kiosk {

// The connection for reads that may be a little stale — the departures board and the
// sales report — on a standby (--read-db, docs/operations.md "Read replicas"), so the
// primary keeps its capacity for selling. Holds, seat maps and payments never come here:
// a hold is decided on the primary, so a stale board can only cost a "seat taken".
// Without a read URL, or while the standby cannot be reached, the reads go to the work
// connection: a board from the primary is never wrong, only dearer.
class ReadReplica {
    Q_DECLARE_TR_FUNCTIONS(ReadReplica)
public:
    // Reads on `primary` only (no --read-db).
    explicit ReadReplica(Database &primary) : m_primary(primary) {}
    // Reads on a connection of their own to `url`. A malformed URL is BadInput; a standby
    // that is down now is not an error (it is tried again on a later read).
    static Result<std::unique_ptr<ReadReplica>> open(const QString &url, Database &primary,
                                                     const QString &applicationName);

    // After the standby failed, reads stay on the primary this long before trying it again:
    // a board refresh must not wait for a dead host's connect on every tick.
    static constexpr int RetryStandbyAfterMs = 30000;

    bool hasStandbyUrl() const { return !m_url.isEmpty(); }
    // The connection reads use now: the standby's, or the primary's while it is away.
    bool readsFromStandby() const { return m_standby != nullptr; }

    // Runs `query(Database &)` on the standby; if the standby is unreachable, once more
    // after a reconnect, then on the primary. Any other error is the query's answer.
    template <typename Query>
    auto read(Query &&query) -> decltype(query(std::declval<Database &>()))
    {
        if (Database *standby = usableStandby()) {
            auto result = query(*standby);
            if (result || result.error().code != ErrorCode::DatabaseUnavailable)
                return result;
            if (reconnectStandby()) {
                result = query(*m_standby);
                if (result || result.error().code != ErrorCode::DatabaseUnavailable)
                    return result;
            }
            standbyLost(result.error());
        }
        return query(m_primary);
    }

private:
    ReadReplica(Database &primary, QString url, QString applicationName);
    Database *usableStandby();
    bool reconnectStandby();
    void standbyLost(const Error &error);

    Database &m_primary;
    QString m_url;
    QString m_applicationName;
    std::unique_ptr<Database> m_standby;
    QDeadlineTimer m_retryAt; // while m_standby is null: when to try the standby again
};

} // namespace kiosk
