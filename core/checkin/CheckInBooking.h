#pragma once

#include "domain/Booking.h"
#include "domain/CheckInWindow.h"
#include "domain/Flight.h"

#include <optional>

namespace kiosk {

// A passenger of a booking found for check-in, and their boarding sequence if checked in.
struct CheckInPassenger {
    Passenger passenger;
    std::optional<int> sequence;
};

// What the check-in screen shows after reference and surname were accepted.
struct CheckInBooking {
    Booking booking;
    Flight flight;
    QString originTimeZone;
    CheckInWindow window;
    QDateTime serverNowUtc;
    QList<CheckInPassenger> passengers; // the active ones, in booking order

    bool windowOpen() const { return window.isOpen(flight.departureUtc, serverNowUtc); }
};

} // namespace kiosk
