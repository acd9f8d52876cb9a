#pragma once

#include "LayoutCatalog.h"
#include "domain/Airport.h"
#include "domain/Flight.h"
#include "domain/Seat.h"

#include <QDate>
#include <QList>

namespace kiosk {

struct GeneratedFlight {
    Flight flight;    // id 0: storage assigns it
    QList<Seat> seats; // ids 0, status Free, deck from the layout; blocked seats carry SeatFeature::Blocked
};

struct DemoSchedule {
    QList<Airport> airports;        // every airport a flight refers to
    QList<GeneratedFlight> flights; // by departure time (UTC), then designator
};

// Sample flights for the offline demo and for tests: the routes of DemoNetwork flown
// every day from firstDate for `days` days, with seats from the aircraft layouts and
// fares by distance and cabin. Deterministic: the same seed, date and days give the
// same schedule, byte for byte, on every run. The seed picks each route's aircraft
// and each flight's demand (its price level); the timetable itself never changes.
class DemoDataGenerator {
public:
    // `layouts` must outlive the generator.
    DemoDataGenerator(quint32 seed, QDate firstDate, int days,
                      const LayoutCatalog &layouts = LayoutCatalog::builtIn());

    DemoSchedule generate() const;

    // The fare of a seat in the carrier's currency, rounded to whole units (100 yen).
    // demandPercent scales the flight's price level (85-145 in generated schedules).
    static Money fare(const QString &currency, int minorPerEur, int distanceKm, Cabin cabin, bool extraLegroom,
                      int demandPercent);

private:
    quint32 m_seed;
    QDate m_firstDate;
    int m_days;
    const LayoutCatalog &m_layouts;
};

} // namespace kiosk
