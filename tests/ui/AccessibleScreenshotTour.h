#pragma once

#include <QString>

namespace kiosk {
class Database;
class FlightCatalog;
}

namespace kiosk::ui {
struct KioskOptions;
}

namespace kiosk::test {

// The accessible mode (docs/screenshots/kiosk-a11y-*): high contrast and large type on the
// welcome screen, the departures, the seat map, the names, the pay step and the confirmation,
// walked on the navigation keypad (the focus frame where the keypad is). A window of its own
// over `db`, paid with the mock gateway.
void saveKioskAccessibleMode(Database &db, FlightCatalog &catalog, const ui::KioskOptions &options, qint64 flightId,
                             const QString &outDir, const QString &prefix);

} // namespace kiosk::test
