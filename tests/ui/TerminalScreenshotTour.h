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

// The kiosk's pay step at a card terminal (docs/screenshots/kiosk-5t-*): the prompt, the
// wait while the bank answers, a decline, a card taken out too early, no card in time; then
// Cancel releases the seats. A window of its own over `db`, with an in-process terminal.
void saveKioskTerminalPayment(Database &db, FlightCatalog &catalog, const ui::KioskOptions &options, qint64 flightId,
                              const QString &outDir, const QString &prefix);

} // namespace kiosk::test
