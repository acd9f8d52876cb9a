#pragma once

#include "domain/Cabin.h"
#include "domain/Flight.h"
#include "domain/Money.h"

#include <QMap>
#include <QString>

namespace kiosk {

// One operated leg of a schedule on one date, the unit an import stores: a bookable
// flight identified by designator, local departure date and departure station.
struct ScheduledLeg {
    Flight flight;          // carrier, number, departureDate (local, at the origin), stations, UTC times
    QString aircraftType;   // IATA type code, "738"
    QString configuration;  // "J14W34Y316VV364"; empty when the source gave none
    int sourceLine = 0;     // where it came from, for messages (0 for feeds)
    int originUtcOffsetMinutes = 0;      // local time at the stations, as the schedule gave it
    int destinationUtcOffsetMinutes = 0;
    QMap<Cabin, Money> fares;  // per cabin, when the source gives them (feeds); else the fare rule
    bool cancelled = false;    // the source says the flight is cancelled (feeds)

    // "XX102/2005-05-23/RUN": unique within a schedule.
    QString legKey() const { return flight.key() + QLatin1Char('/') + flight.origin; }
};

} // namespace kiosk
