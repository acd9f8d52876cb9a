#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace kiosk {

class Database;

// One refund of (part of) a captured payment, written before the gateway is asked. Its
// idempotency key is unique: the same key never pays back twice, here or at the gateway.
struct RefundRecord {
    qint64 id = 0;
    qint64 paymentId = 0;
    QString idempotencyKey;
    qint64 amountMinor = 0;
    QString status; // PENDING, DONE, FAILED
    QString reason;
};

class RefundRepository {
    Q_DECLARE_TR_FUNCTIONS(RefundRepository)
public:
    explicit RefundRepository(Database &db) : m_db(db) {}

    Result<qint64> insertPending(qint64 paymentId, const QString &idempotencyKey, qint64 amountMinor,
                                 const QString &reason);
    Result<std::optional<RefundRecord>> findByKey(const QString &idempotencyKey);
    // PENDING -> DONE or FAILED; WrongState if someone else settled it first.
    Status settle(qint64 refundId, const QString &status, const QString &failure = QString());
    // Refunds still PENDING that were started at least `olderThanSeconds` ago.
    Result<QList<RefundRecord>> pending(int olderThanSeconds, int limit);

private:
    Database &m_db;
};

} // namespace kiosk
