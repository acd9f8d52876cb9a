#pragma once

#include <QString>

namespace kiosk {

struct Airport {
    QString iata;     // "DUB"
    QString city;     // "Dublin"
    QString name;     // "Dublin Airport"
    QString country;  // ISO 3166 alpha-2, "IE"
    QString timeZone; // IANA, "Europe/Dublin"

    // "Dublin (DUB)": how lists and boarding passes name an airport.
    QString displayName() const;
    // Three capital letters, a two-letter country and a time zone this system knows;
    // departure times are converted with the zone, so an unknown one is a data error.
    bool isValid() const;
};

} // namespace kiosk
