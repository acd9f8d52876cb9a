#include "DemoSeeder.h"

#include "DemoNetwork.h"
#include "common/Logging.h"
#include "storage/CheckInRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<int> DemoSeeder::seed(Database &db, const DemoSchedule &schedule)
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
    if (*existing > 0)
        return makeError(ErrorCode::BadInput,
                         tr("the database already has %1 flight(s); demo data is only added to an empty "
                            "database (nothing was changed)")
                             .arg(*existing));
    if (schedule.flights.isEmpty())
        return makeError(ErrorCode::BadInput, tr("the demo schedule has no flights; nothing to store"));
    if (auto stored = store(db, schedule); !stored)
        return stored.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return int(schedule.flights.size());
}

Result<int> DemoSeeder::ensureUpcoming(Database &db, quint32 seed, const QDate &today, int days)
{
    FlightRepository flights(db);
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto upcoming = flights.upcomingCount();
    if (!upcoming)
        return upcoming.error();
    if (*upcoming > 0)
        return 0;
    auto last = flights.lastDepartureDate();
    if (!last)
        return last.error();
    // Later than anything stored, so (carrier, number, date) never collides with old flights.
    const QDate first = last->isValid() && *last >= today ? last->addDays(1) : today;
    const DemoSchedule schedule = DemoDataGenerator(seed, first, days).generate();
    if (auto stored = store(db, schedule); !stored)
        return stored.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return int(schedule.flights.size());
}

Status DemoSeeder::store(Database &db, const DemoSchedule &schedule)
{
    FlightRepository flights(db);
    for (const Airport &airport : schedule.airports) {
        if (auto saved = flights.saveAirport(airport); !saved)
            return saved;
    }
    // The airlines' numeric codes, which boarding passes and bag tags carry.
    for (const DemoCarrier &carrier : DemoNetwork::carriers()) {
        if (auto saved = CheckInRepository(db).saveAirline(carrier.code, carrier.numericCode, carrier.name); !saved)
            return saved;
    }
    for (const GeneratedFlight &generated : schedule.flights) {
        if (auto saved = flights.insertFlight(generated.flight, generated.seats); !saved)
            return saved.error();
    }
    qCInfo(lcDemo) << "stored" << schedule.flights.size() << "demo flight(s) and" << schedule.airports.size()
                   << "airport(s)";
    return Done{};
}

} // namespace kiosk
