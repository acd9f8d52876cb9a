#pragma once

#include "domain/OutboxEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kiosk {

class Database;

// The notification outbox's rows. Rows are written by the database's triggers only
// (migrations 0013, 0018, 0020); the dispatcher claims, marks and retries them here.
class OutboxRepository {
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    enum class Filter { All, Pending, Failed };

    explicit OutboxRepository(Database &db) : m_db(db) {}

    // The oldest due pending row, its attempt counted and its due time pushed leaseSeconds
    // ahead as this dispatcher's lease, in one statement. PostgreSQL skips rows another
    // dispatcher is claiming (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time.
    Result<std::optional<OutboxEntry>> claimDue(int leaseSeconds);
    // The server accepted the message: never sent again, unless this update is lost.
    Status markSent(qint64 id, const QString &messageId);
    // Due again in retryInSeconds, or dead (no more attempts), with the error kept.
    Status markFailed(qint64 id, const QString &error, std::optional<int> retryInSeconds);
    // A dead or pending row is due now with its attempts reset; NotFound, or WrongState for
    // a row already sent.
    Status retry(qint64 id);
    // Newest first; Failed is dead rows and pending ones that failed at least once.
    Result<QList<OutboxEntry>> list(Filter filter, int limit);

private:
    Database &m_db;
};

} // namespace kiosk
