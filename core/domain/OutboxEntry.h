#pragma once

#include <QDateTime>
#include <QString>

namespace kiosk {

// One row of the notification outbox (migration 0013): a message a traveller is owed,
// written by the database in the same transaction as the booking's change.
struct OutboxEntry {
    qint64 id = 0;
    QString kind;       // booking_confirmed, booking_cancelled, booking_refunded, waitlist_offer,
                        // booking_checked_in, flight_disrupted, documents_requested
    QString reference;  // the booking's
    QString recipient;  // an e-mail address
    QString details;    // JSON: what the message says, as the booking was at the change
    QString state;      // pending, sent, dead
    int attempts = 0;   // claims so far, the one in progress included
    QDateTime createdUtc;
    QDateTime nextAttemptUtc;
    QDateTime sentUtc;
    QString lastError;
    QString messageId;
};

} // namespace kiosk
