#pragma once

#include "widgets/LocalMoney.h"

namespace kiosk::test {

// An amount in euros as the screens write it in the current language (ui::localMoney).
inline QString eur(qint64 minorUnits)
{
    return ui::localMoney(Money(minorUnits, QStringLiteral("EUR")));
}

} // namespace kiosk::test
