#pragma once

#include <QString>

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {
class KioskWindow;
}

namespace kiosk::test {

// The kiosk's waitlist (docs/screenshots/kiosk-12-*, kiosk-13-*): a full cabin on the seat
// map, the names with the e-mail missing, the place in line; then the offer the waitlist
// makes when seats come free, a wrong surname, its payment and the confirmation.
// `operatorService` fills the cabin and frees seats; `flightId` is the flight the tour booked.
void saveKioskWaitlist(ui::KioskWindow &window, BookingService &operatorService, FlightCatalog &catalog, qint64 flightId,
                       const QString &outDir, const QString &prefix);

} // namespace kiosk::test
