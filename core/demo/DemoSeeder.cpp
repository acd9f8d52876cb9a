#include "DemoSeeder.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<int> DemoSeeder::seed(Database &db, const DemoSchedule &schedule)
{
    return store(db, &schedule, nullptr, true);
}

Result<int> DemoSeeder::seedIfEmpty(Database &db, const DemoDataGenerator &generator)
{
    return store(db, nullptr, &generator, false);
}

Result<int> DemoSeeder::store(Database &db, const DemoSchedule *given, const DemoDataGenerator *generator,
                              bool refuseIfSeeded)
{
    FlightRepository flights(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();

    // Counted inside the write transaction: on SQLite it holds the write lock, so two
    // seeders cannot both see an empty database; on PostgreSQL the flights' unique key
    // turns the loser's inserts into an error and its transaction rolls back whole.
    auto existing = flights.count();
    if (!existing)
        return existing.error();
    if (*existing > 0) {
        if (!refuseIfSeeded)
            return 0;
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("the database already has %1 flight(s); demo data is only added to an empty "
                                        "database (nothing was changed)")
                             .arg(*existing));
    }
    const DemoSchedule schedule = given ? *given : generator->generate();
    if (schedule.flights.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("the demo schedule has no flights; nothing to store"));

    for (const Airport &airport : schedule.airports) {
        if (auto saved = flights.upsertAirport(airport); !saved)
            return saved.error();
    }
    for (const GeneratedFlight &generated : schedule.flights) {
        if (auto saved = flights.insertFlight(generated.flight, generated.seats); !saved)
            return saved.error();
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcDemo) << "stored" << schedule.flights.size() << "demo flight(s) and" << schedule.airports.size()
                   << "airport(s)";
    return int(schedule.flights.size());
}

} // namespace kiosk
