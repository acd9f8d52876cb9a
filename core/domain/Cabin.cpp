#include "Cabin.h"

#include <QCoreApplication>

namespace kiosk {

QChar cabinCode(Cabin cabin)
{
    switch (cabin) {
    case Cabin::First: return QLatin1Char('F');
    case Cabin::Business: return QLatin1Char('J');
    case Cabin::PremiumEconomy: return QLatin1Char('W');
    case Cabin::Economy: return QLatin1Char('Y');
    }
    return QLatin1Char('Y');
}

std::optional<Cabin> cabinFromCode(QChar code)
{
    switch (code.toUpper().unicode()) {
    case 'F': return Cabin::First;
    case 'J': return Cabin::Business;
    case 'W': return Cabin::PremiumEconomy;
    case 'Y': return Cabin::Economy;
    default: return std::nullopt;
    }
}

QString cabinName(Cabin cabin)
{
    switch (cabin) {
    case Cabin::First: return QCoreApplication::translate("Cabin", "first");
    case Cabin::Business: return QCoreApplication::translate("Cabin", "business");
    case Cabin::PremiumEconomy: return QCoreApplication::translate("Cabin", "premium economy");
    case Cabin::Economy: return QCoreApplication::translate("Cabin", "economy");
    }
    return QString();
}

} // namespace kiosk
