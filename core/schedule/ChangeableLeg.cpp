#include "ChangeableLeg.h"

#include "storage/Database.h"
#include "storage/FlightRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace kiosk {

Result<StoredLeg> changeableLeg(Database &db, const FlightRef &ref, const QString &cannot)
{
    auto flight = FlightRepository(db).find(ref);
    if (!flight)
        return flight.error();
    auto legs = ScheduleRepository(db).legs(flight->carrier, flight->departureDate, flight->departureDate);
    if (!legs)
        return legs.error();
    const auto stored = std::find_if(legs->cbegin(), legs->cend(), [&](const StoredLeg &leg) { return leg.flight.id == flight->id; });
    if (stored == legs->cend())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ChangeableLeg", "flight %1 was not found").arg(flight->key()));
    if (stored->cancelled)
        return makeError(ErrorCode::WrongState,
                         QCoreApplication::translate("ChangeableLeg", "flight %1 is cancelled; %2").arg(flight->key(), cannot));
    auto now = db.serverNow();
    if (!now)
        return now.error();
    if (flight->departureUtc <= *now)
        return makeError(ErrorCode::BadInput, QCoreApplication::translate("ChangeableLeg", "flight %1 departed at %2 UTC; %3")
                                                  .arg(flight->key(), flight->departureUtc.toString(Qt::ISODate), cannot));
    return *stored;
}

} // namespace kiosk
