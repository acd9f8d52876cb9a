#pragma once

#include "domain/Airport.h"
#include "domain/Booking.h"
#include "domain/Flight.h"

#include <QCoreApplication>
#include <QDateTime>

namespace kiosk {
class FlightCatalog;
}

namespace kiosk::ui {

// What the pay step and the confirmation tell a traveller about the trip, in the traveller's
// language: "KX101 · Wednesday, 2 December 2026", "Dublin (DUB) → London (LHR)", local
// departure and boarding times, one line per seat. Read once from the catalog; an airport
// the catalog does not know is named by its code.
struct TripDetails {
    Q_DECLARE_TR_FUNCTIONS(TripDetails)
public:
    // Boarding starts this long before departure: no airline setting carries it yet.
    static constexpr int BoardingMinutesBeforeDeparture = 30;

    Flight flight;
    Airport origin;
    Airport destination;

    // The flight and both airports; without the flight (unreadable) an empty TripDetails.
    static TripDetails load(FlightCatalog &catalog, qint64 flightId);
    bool isKnown() const { return flight.id != 0; }

    QDateTime localDeparture() const; // in the origin's time zone
    QDateTime localBoarding() const;
    QString flightText() const;    // "KX101 · Wednesday, 2 December 2026"
    QString routeText() const;     // "Dublin (DUB) → London (LHR)"
    QString timesText() const;     // "Departs 09:50 · Boarding 09:20"
    // "12A  Ada Lovelace", one per passenger.
    static QStringList seatLines(const Booking &booking);
};

} // namespace kiosk::ui
