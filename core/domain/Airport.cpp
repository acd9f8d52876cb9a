#include "Airport.h"

#include <QTimeZone>

namespace kiosk {

namespace {
bool isUpperLetters(const QString &text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}
} // namespace

QString Airport::displayName() const
{
    return QStringLiteral("%1 (%2)").arg(city, iata);
}

bool Airport::isValid() const
{
    return isUpperLetters(iata, 3) && isUpperLetters(country, 2) && !city.isEmpty()
        && QTimeZone::isTimeZoneIdAvailable(timeZone.toLatin1());
}

} // namespace kiosk
