#pragma once

#include "Cabin.h"
#include "Flight.h"
#include "Money.h"

#include <QMap>

namespace kiosk {

// A line of the departures board: the flight, where it goes, what is left to sell.
struct FlightSummary {
    Flight flight;
    QString originCity;
    QString destinationCity;
    QString originTimeZone;     // IANA; departure times are shown in the origin's local time
    QString destinationTimeZone; // IANA; arrival times in the destination's
    QString operatorName;       // the operating airline's name (airlines.name); empty when unknown
    QMap<Cabin, int> seatsLeft; // free seats per cabin the aircraft has
    Money lowestFare;           // cheapest free seat; invalid when the flight is full
    bool salesClosed = false;   // past its sales cut-off (booking/SalesCutoff): listed, no longer sold

    int totalSeatsLeft() const
    {
        int total = 0;
        for (int left : seatsLeft)
            total += left;
        return total;
    }
};

// One page of departures, in (departure time, id) order; pass the last row's values as
// `after*` for the next page, so paging stays fast however many flights there are.
struct DepartureQuery {
    QString origin;             // IATA; empty for every airport
    QString destination;        // IATA; empty for any
    QDate date;                 // local departure date; invalid for any
    bool upcomingOnly = true;   // hide flights that have left (by the server clock)
    qint64 afterDepartureMs = 0;
    qint64 afterId = 0;
    int limit = 50;
};

} // namespace kiosk
