#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>

namespace kiosk {

class Database;

// One cabin's refund tiers as stored: the text CancellationPolicy::parseTiers reads.
struct StoredRefundTiers {
    QChar cabin;      // F, J, W, Y
    QString tiers;    // "72:100,24:50,0:0"
    QString updatedBy;
    QDateTime updatedUtc;
};

// The `refund_policies` table: one row per cabin that does not use the standard policy.
class RefundPolicyRepository {
public:
    explicit RefundPolicyRepository(Database &db) : m_db(db) {}

    Result<QList<StoredRefundTiers>> all();
    Status save(QChar cabin, const QString &tiers, const QString &updatedBy);
    // Back to the standard policy; true if the cabin had tiers of its own.
    Result<bool> remove(QChar cabin);

private:
    Database &m_db;
};

} // namespace kiosk
