#include "FlightLayout.h"

#include "LayoutLibrary.h"
#include "common/Logging.h"
#include "storage/FlightRepository.h"

namespace kiosk {

std::optional<AircraftLayout> FlightLayout::of(Database &db, const Flight &flight)
{
    auto version = FlightRepository(db).layoutVersion(flight.id);
    if (!version || *version <= 0)
        return std::nullopt;
    // Reading layouts is open to every user: the least-privileged actor suffices.
    auto layout = LayoutLibrary(db, Actor{}).find(flight.aircraft, *version);
    if (!layout) {
        qCWarning(lcBooking) << "seat map without its layout:" << layout.error().message;
        return std::nullopt;
    }
    return layout->plan;
}

} // namespace kiosk
