#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

// The ISO 4217 currency codes in use, from the Unicode CLDR data Qt carries (QLocale: the
// currency of every territory it knows), sorted; the one list the program checks against.
const QStringList &isoCurrencies();
// "EUR" yes; "eur", "EURO", "XYZ" no.
bool isIsoCurrency(const QString &code);
// "'XYZ' is not an ISO 4217 currency code (such as EUR, USD, GBP)", in the user's language.
QString unknownCurrencyMessage(const QString &code);

} // namespace kiosk
