#pragma once

#include "BookingState.h"
#include "Money.h"

#include <QDateTime>
#include <QStringList>

namespace kiosk {

// A line of the agent's booking lookup: enough to recognise the booking, not all of it.
struct BookingSummary {
    qint64 id = 0;
    QString reference;
    BookingState state = BookingState::Initiated;
    QString flightKey;       // "KX101/2026-12-01"
    QDateTime departureUtc;
    QStringList passengers;  // in seat order
    QStringList seats;       // "12A", ...
    Money total;
    QDateTime createdUtc;
};

} // namespace kiosk
