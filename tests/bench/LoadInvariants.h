#pragma once

#include "domain/Result.h"

#include <QJsonObject>

namespace kiosk {
class Database;
}

namespace kiosk::bench {

// The promises of the product, checked in SQL behind the service's back after a load run.
struct LoadInvariants {
    qint64 bookings = 0;
    qint64 auditRows = 0;
    qint64 doubleBookedSeats = 0;        // a seat with two active booking lines
    qint64 activeLinesOfEndedBookings = 0; // seat shown taken by an expired/cancelled booking
    qint64 occupyingWithoutSeat = 0;     // held/pending/confirmed booking with no active seat
    qint64 confirmedWithoutCapture = 0;  // CONFIRMED without a capture of its full amount
    qint64 capturedWithoutConfirmation = 0; // money kept for a booking that never confirmed
    qint64 auditMismatches = 0;          // history that is not a legal path to the current state

    qint64 violations() const
    {
        return doubleBookedSeats + activeLinesOfEndedBookings + occupyingWithoutSeat + confirmedWithoutCapture
            + capturedWithoutConfirmation + auditMismatches;
    }
    QJsonObject toJson() const;
};

Result<LoadInvariants> checkLoadInvariants(Database &db);

} // namespace kiosk::bench
