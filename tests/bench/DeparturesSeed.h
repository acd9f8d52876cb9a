#pragma once

namespace kiosk {
class Database;
}

namespace kiosk::bench {

// `flights` flights DUB -> LHR from tomorrow on, `minutesApart` minutes apart, each with
// twelve seats, inserted in one transaction through the repository the product uses.
// Exits with a message when the database refuses them.
void seedDepartures(Database &db, int flights, int minutesApart = 1);

} // namespace kiosk::bench
