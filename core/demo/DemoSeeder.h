#pragma once

#include "DemoDataGenerator.h"
#include "domain/Result.h"

namespace kiosk {

class Database;

// Stores a generated demo schedule: every airport, then every flight with its seats, in
// ONE transaction, so a failure (or a second seeder racing this one) leaves nothing half
// written. Only an empty database is seeded: the demo never mixes with real flights.
class DemoSeeder {
public:
    // Returns the number of flights stored. A database that already has flights is refused
    // with ErrorCode::BadInput and left unchanged, so seeding twice is safe.
    static Result<int> seed(Database &db, const DemoSchedule &schedule);
    // As seed(), but a database that already has flights is fine: returns 0, changes
    // nothing, and does not even generate the schedule (the demo's every start).
    static Result<int> seedIfEmpty(Database &db, const DemoDataGenerator &generator);

private:
    static Result<int> store(Database &db, const DemoSchedule *schedule, const DemoDataGenerator *generator,
                             bool refuseIfSeeded);
};

} // namespace kiosk
