#pragma once

#include "Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kiosk {

// One refund of a payment, as the booking's detail shows it.
struct RefundActivity {
    QString idempotencyKey;
    Money amount;
    QString status;        // PENDING, DONE, FAILED
    QString reason;
    QDateTime createdUtc;  // database server time
};

// One payment attempt of a booking with what became of it: authorized, captured, refunded.
// Never the card number (rule 6), only brand and last four digits.
struct PaymentActivity {
    QString idempotencyKey;
    QString status;        // PENDING, AUTHORIZED, DECLINED, CAPTURED, VOIDED, REFUNDED
    Money amount;
    Money captured;
    Money refunded;        // issued or in flight
    QString cardBrand;
    QString cardLast4;
    QString declineReason;
    QDateTime createdUtc;
    QList<RefundActivity> refunds; // oldest first
};

} // namespace kiosk
