#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace kiosk {

class Database;

// One payment attempt for a booking. The card number itself is never stored (rule 6):
// only the gateway's reference, the brand and the last four digits.
struct PaymentRecord {
    qint64 id = 0;
    qint64 bookingId = 0;
    QString idempotencyKey;
    QString status; // PENDING, AUTHORIZED, DECLINED, CAPTURED, VOIDED, REFUNDED
    Money amount;
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0;
    QString gatewayReference;
    QString cardBrand;
    QString cardLast4;
    QString declineReason;
};

class PaymentRepository {
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    // Written before the gateway is called, so a crash leaves a trace to reconcile.
    Result<qint64> insertPending(qint64 bookingId, const QString &idempotencyKey, const Money &amount,
                                 const QString &cardBrand, const QString &cardLast4);
    // Moves an attempt from `fromStatus` to `record.status`, storing the gateway's answer.
    Status update(const PaymentRecord &record, const QString &fromStatus);
    Result<QList<PaymentRecord>> forBooking(qint64 bookingId);
    Result<int> attemptCount(qint64 bookingId);

private:
    Database &m_db;
};

} // namespace kiosk
