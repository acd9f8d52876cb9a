#pragma once

#include "domain/BookingState.h"

#include <QDateTime>
#include <QObject>

namespace kiosk {

// Where a payment attempt is, for a screen that shows progress.
enum class PaymentStep {
    Authorizing, // asking the bank to reserve the amount
    Confirming,  // approved: confirming the booking
    Capturing,   // booking confirmed: taking the money
    Checking,    // no clear answer: asking the gateway what happened
};

// Signals for every persisted state change, emitted after commit, so sessions, schedulers
// and screens follow the database instead of guessing.
class BookingEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void stateChanged(const QString &reference, kiosk::BookingState from, kiosk::BookingState to);
    void holdPlaced(const QString &reference, const QDateTime &deadlineUtc);
    void paymentProgress(const QString &reference, kiosk::PaymentStep step);
};

} // namespace kiosk
