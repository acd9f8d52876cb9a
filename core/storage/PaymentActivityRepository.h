#pragma once

#include "domain/PaymentActivity.h"
#include "domain/Result.h"

#include <QList>

namespace kiosk {

class Database;

// The read side of a booking's money: every payment attempt with its refunds, for the
// agent's booking detail. Two indexed reads (payments_booking_idx, refunds_payment_idx).
class PaymentActivityRepository {
public:
    explicit PaymentActivityRepository(Database &db) : m_db(db) {}

    // Oldest attempt first, each with its refunds oldest first.
    Result<QList<PaymentActivity>> forBooking(qint64 bookingId);

private:
    Database &m_db;
};

} // namespace kiosk
