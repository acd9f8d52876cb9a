#pragma once

#include "domain/Cabin.h"
#include "domain/Flight.h"
#include "domain/SeatCode.h"

#include <QDateTime>

namespace kiosk {

// One checked-in passenger's boarding pass: what is printed in words and the BCBP string
// the barcode carries.
struct BoardingPass {
    QString reference;
    QString passengerName;  // as booked
    QString bcbpName;       // "MUELLER/ANNA", as the barcode spells it
    SeatCode seat;
    Cabin cabin = Cabin::Economy;
    int sequence = 0;       // boarding sequence on the flight
    Flight flight;
    QString originTimeZone; // IANA zone of the departure airport, for local times
    QDateTime checkedInUtc;
    QString bcbp;
    bool newlyCheckedIn = false; // false: an earlier check-in, printed again
};

} // namespace kiosk
