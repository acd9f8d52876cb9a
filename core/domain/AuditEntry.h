#pragma once

#include "BookingState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kiosk {

// One row of a booking's history: every state change writes one.
struct AuditEntry {
    qint64 bookingId = 0;
    std::optional<BookingState> from; // INITIATED for the booking's creation; empty only in foreign rows
    BookingState to = BookingState::Initiated;
    QDateTime atUtc;                  // database server time
    QString terminal;
    QString actor;
    QString reason;
};

} // namespace kiosk
