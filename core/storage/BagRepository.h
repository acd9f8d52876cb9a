#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace kiosk {

class Database;

// A checked bag as stored: its licence plate and the passenger (booking line) it belongs to.
struct BagRecord {
    QString tagNumber; // 10 digits: 0, the airline's numeric code, a 6-digit serial
    qint64 lineId = 0;
    QDateTime taggedAtUtc;
};

// One row of bag_allowances.
struct BagAllowanceRow {
    QString carrier;
    QChar cabin; // 'F', 'J', 'W', 'Y'
    int maxBags = 0;
};

// The bag tables of migration 0009: bags, the per-airline licence plate serial counter and
// the bag allowances. Building blocks: BagTagger runs them in its transactions.
class BagRepository {
    Q_DECLARE_TR_FUNCTIONS(BagRepository)
public:
    explicit BagRepository(Database &db) : m_db(db) {}

    // Inside a write transaction: locks the airline's serial counter (creating it at 0) and
    // returns the last serial given out. Concurrent bag tags of one airline queue here.
    Result<int> lockSerial(const QString &carrier);
    Status storeSerial(const QString &carrier, int lastSerial);
    Status insert(const QString &tagNumber, qint64 lineId, qint64 flightId, const Actor &actor);
    // The bags of these booking lines, by line id, oldest first.
    Result<QHash<qint64, QList<BagRecord>>> forLines(const QList<qint64> &lineIds);
    // The airline's allowance for the cabin ('Y', 'J', ...); none when not set.
    Result<std::optional<int>> allowance(const QString &carrier, QChar cabin);
    Status saveAllowance(const QString &carrier, QChar cabin, int maxBags);
    // False when there was no such row.
    Result<bool> removeAllowance(const QString &carrier, QChar cabin);
    // Every stored allowance, by carrier and cabin.
    Result<QList<BagAllowanceRow>> allowances();

private:
    Database &m_db;
};

} // namespace kiosk
