#pragma once

#include <QString>

namespace kiosk {
class BookingService;
class Database;
}

namespace kiosk::ui {
class AgentWindow;
}

namespace kiosk::test {

// Import schedule… in the admin's Schedule tab (docs/screenshots/agent-17f-*.png), with an
// admin signed in: a summer schedule of XX is stored, with travellers holding seats, then the
// dry run of its next version — a flight added, one retimed, one on another aircraft, a day
// dropped — shows what it would change.
void showScheduleImport(ui::AgentWindow &window, Database &db, BookingService &service, const QString &outDir);

} // namespace kiosk::test
