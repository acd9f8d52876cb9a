#pragma once

#include <QString>

namespace kiosk {

struct Airport {
    QString iata;     // "DUB"
    QString city;     // "Dublin"
    QString name;     // "Dublin Airport"
    QString country;  // ISO 3166 alpha-2, "IE"
    QString timeZone; // IANA, "Europe/Dublin"
};

} // namespace kiosk
