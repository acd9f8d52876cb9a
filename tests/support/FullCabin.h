#pragma once

#include "domain/Cabin.h"

#include <QStringList>

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::test {

// Holds every free seat of the flight's smallest cabin through `service` (nine a hold, an
// hour each) so the cabin is full; sets `cabin` and returns the holds' references, none
// when a hold was refused (or the cabin was full already).
QStringList fillSmallestCabin(BookingService &service, FlightCatalog &catalog, qint64 flightId, Cabin *cabin);

} // namespace kiosk::test
