#pragma once

#include "domain/Money.h"

#include <QLocale>
#include <QString>

namespace kiosk::ui {

// The amount alone, as the language writes it ("1,044.50", "1.044,50"), from the integer
// minor units, never through floating point; whole amounts may drop their zero cents ("145")
// where space is short, as under a seat on the seat map.
inline QString localAmount(const Money &money, const QLocale &locale = QLocale(), bool dropZeroCents = true)
{
    const int exponent = Money::exponentOf(money.currency());
    qint64 divisor = 1;
    for (int i = 0; i < exponent; ++i)
        divisor *= 10;
    const qint64 magnitude = money.minorUnits() < 0 ? -money.minorUnits() : money.minorUnits();
    QString amount = locale.toString(magnitude / divisor);
    if (exponent > 0 && !(dropZeroCents && magnitude % divisor == 0))
        amount += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % divisor, exponent, 10, QLatin1Char('0'));
    if (money.minorUnits() < 0)
        amount.prepend(locale.negativeSign());
    return amount;
}

// An amount with its currency as the traveller's language writes it: "EUR 1,044.00" in
// English, "1.044,00 EUR" in German (the locale's separators and the side its currency goes on).
inline QString localMoney(const Money &money, const QLocale &locale = QLocale())
{
    const QString amount = localAmount(money, locale, false);
    // Where the language puts a currency: probed with a marker instead of guessed per language.
    const bool currencyFirst = locale.toCurrencyString(1, QStringLiteral("\x01")).startsWith(QLatin1Char('\x01'));
    return currencyFirst ? money.currency() + QChar(0x00A0) + amount : amount + QChar(0x00A0) + money.currency();
}

} // namespace kiosk::ui
