#include "AirlineCodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kiosk {

Result<QString> carrierCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{2,3}$"));
    const QString code = text.trimmed().toUpper();
    if (!pattern.match(code).hasMatch())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("AirlineCodes", "an airline designator is 2 or 3 letters or digits (KX), not '%1'").arg(text));
    return code;
}

Result<QString> routeCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{3})-([A-Z]{3})$"));
    const QString wanted = text.trimmed().toUpper();
    if (wanted.isEmpty())
        return QString();
    const auto match = pattern.match(wanted);
    if (!match.hasMatch() || match.captured(1) == match.captured(2))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("AirlineCodes", "a route is two different airport codes, FROM-TO (DUB-LHR), not '%1'").arg(text));
    return wanted;
}

Result<AirlineRoute> airlineRoute(const QString &carrierText, const QString &routeText)
{
    auto carrier = carrierCode(carrierText);
    if (!carrier)
        return carrier.error();
    auto route = routeCode(routeText);
    if (!route)
        return route.error();
    return AirlineRoute{*carrier, *route};
}

} // namespace kiosk
