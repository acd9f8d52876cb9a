#pragma once

#include "DemoDataGenerator.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// Stores generated demo schedules, each in ONE transaction, so a failure (or a second
// seeder racing this one) leaves nothing half written.
class DemoSeeder {
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)
public:
    // Returns the number of flights stored. A database that already has flights is refused
    // with ErrorCode::BadInput and left unchanged, so seeding twice is safe.
    static Result<int> seed(Database &db, const DemoSchedule &schedule);
    // The demo's every start: while some flight is still to depart, nothing happens (and
    // nothing is generated). Otherwise — a new database, or one whose flights have all
    // left — `days` more days are added, from today or the day after the last flight.
    static Result<int> ensureUpcoming(Database &db, quint32 seed, const QDate &today, int days);

private:
    static Status store(Database &db, const DemoSchedule &schedule);
};

} // namespace kiosk
