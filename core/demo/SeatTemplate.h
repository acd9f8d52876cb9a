#pragma once

#include "IataCharacteristics.h"
#include "domain/Cabin.h"
#include "domain/Seat.h"
#include "domain/SeatCode.h"

namespace kiosk {

// One seat of an aircraft layout, before it belongs to a flight: a flight's seats are
// these plus a price (see DemoDataGenerator).
struct SeatTemplate {
    SeatCode code;
    Cabin cabin = Cabin::Economy;
    SeatFeatures features; // what a flight's seat keeps (Seat::features)
    int deck = 0; // index into AircraftLayout::decks(); 0 is the main deck
    IataCharacteristics characteristics; // IATA characteristics (docs/layouts.md)

    bool operator==(const SeatTemplate &other) const = default;
};

} // namespace kiosk
