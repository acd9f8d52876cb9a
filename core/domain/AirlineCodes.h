#pragma once

#include "domain/Result.h"

#include <QString>

namespace kiosk {

// How an airline and a route are typed in the settings of check-in windows, bag
// allowances and sales cut-offs; bad text gets a message that shows the form.
// "kx" -> "KX"; two or three letters or digits.
Result<QString> carrierCode(const QString &text);
// "" -> "" (no route: the airline's own setting); "dub-lhr" -> "DUB-LHR"; two different
// three-letter airport codes.
Result<QString> routeCode(const QString &text);

// An airline's setting for all its routes (route empty) or for one route.
struct AirlineRoute {
    QString carrier;
    QString route;
};
// Both codes checked as above; the first bad one's message.
Result<AirlineRoute> airlineRoute(const QString &carrierText, const QString &routeText);

} // namespace kiosk
