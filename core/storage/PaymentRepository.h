#pragma once

#include "domain/Booking.h"
#include "domain/Money.h"
#include "domain/PaymentStatus.h"
#include "domain/Result.h"

#include <QCoreApplication>
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
    PaymentStatus status = PaymentStatus::Pending;
    Money amount;
    qint64 capturedMinor = 0;
    qint64 refundedMinor = 0; // refunds issued or in flight; never more than captured
    QString gatewayReference;
    QString cardBrand;
    QString cardLast4;
    QString declineReason;
    QString gateway; // PaymentGateway::name() of the gateway it was sent to; empty before 0007
};

// A payment's new status as recorded, and its booking read after the write.
struct RecordedBooking {
    Status recorded; // as update() answered (WrongState: recorded elsewhere meanwhile)
    Booking booking;
};

class PaymentRepository {
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    // Which side of the attempt's own deadline an update must be on: the terminal running
    // the attempt settles it before, the reconciler after, so they never both do.
    enum class Deadline { Ignore, NotPassed, Passed };

    explicit PaymentRepository(Database &db) : m_db(db) {}

    // Written before the gateway is called, so a crash leaves a trace to reconcile.
    Result<qint64> insertPending(qint64 bookingId, const QString &idempotencyKey, const Money &amount,
                                 const QString &cardBrand, const QString &cardLast4, int attemptSeconds,
                                 const QString &gateway);
    // Moves an attempt from `fromStatus` to `record.status`, storing the gateway's answer.
    Status update(const PaymentRecord &record, PaymentStatus fromStatus, Deadline deadline = Deadline::Ignore);
    // update(), then the attempt's booking as BookingRepository::findById reads it: in one
    // call on PostgreSQL (migration 0036), one statement after the other on SQLite.
    Result<RecordedBooking> updateAndRead(const PaymentRecord &record, PaymentStatus fromStatus);
    // The card a terminal read, known only from its answer: written once, to a PENDING
    // attempt of a PAYMENT_PENDING booking that names no card yet (on PostgreSQL through
    // kiosk_payment_card, migration 0031: a kiosk login only for its own bookings).
    Status recordCard(qint64 paymentId, const QString &brand, const QString &last4);
    // The refusal of a guarded update: the attempt is no longer `fromStatus` (or its time ran out).
    static Error movedError(PaymentStatus fromStatus, Deadline deadline);
    Result<PaymentRecord> find(qint64 paymentId);
    Result<QList<PaymentRecord>> forBooking(qint64 bookingId);
    Result<int> attemptCount(qint64 bookingId);
    // PENDING or AUTHORIZED attempts of `gateway` (or of no recorded gateway) whose
    // deadline has passed, oldest first.
    Result<QList<PaymentRecord>> unresolved(int limit, const QString &gateway);
    // Sets aside `amount` of a captured payment for a refund; fails if that would refund
    // more than was captured, whoever else is refunding at the same time.
    Status reserveRefund(qint64 paymentId, qint64 amountMinor);
    Status releaseRefund(qint64 paymentId, qint64 amountMinor);
    // CAPTURED -> REFUNDED once everything captured has been refunded.
    Status markFullyRefunded(qint64 paymentId);

private:
    Result<QList<PaymentRecord>> select(const QString &where, const QVariant &value, const QString &tail = QString());
    Status shiftRefunded(qint64 paymentId, qint64 deltaMinor);

    Database &m_db;
};

} // namespace kiosk
