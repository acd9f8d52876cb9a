#pragma once

#include "demo/AircraftLayout.h"
#include "domain/Flight.h"

#include <optional>

namespace kiosk {

class Database;

// The layout version a flight's seats were made from, read for its seat map: the decks,
// cabins with their own columns, exits, wings, galleys and lavatories to draw.
class FlightLayout {
public:
    // Nullopt for a flight on a generated layout (no file to draw from) or when the
    // database cannot answer: the seat map then draws the seats alone.
    static std::optional<AircraftLayout> of(Database &db, const Flight &flight);
};

} // namespace kiosk
