#pragma once

#include "domain/Flight.h"
#include "domain/SeatCode.h"

namespace kiosk {

// One checked bag's tag: the licence plate (the Interleaved 2 of 5 barcode's digits) and
// what the tag prints in words, the destination in large letters.
struct BagTag {
    QString tagNumber;     // 10 digits: 0, the airline's numeric code, a 6-digit serial
    QString reference;
    QString passengerName; // as booked
    QString bcbpName;      // "MUELLER/ANNA", as on the boarding pass
    SeatCode seat;
    Flight flight;
    int ordinal = 0;       // this bag's number among the passenger's bags, from 1
    int count = 0;         // the passenger's bags
};

} // namespace kiosk
