#include "CurrencyCodes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace kiosk {

const QStringList &isoCurrencies()
{
    static const QStringList codes = [] {
        QSet<QString> found;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                found.insert(code);
        }
        QStringList sorted(found.cbegin(), found.cend());
        sorted.sort();
        return sorted;
    }();
    return codes;
}

bool isIsoCurrency(const QString &code)
{
    const QStringList &codes = isoCurrencies();
    return std::binary_search(codes.cbegin(), codes.cend(), code);
}

QString unknownCurrencyMessage(const QString &code)
{
    return QCoreApplication::translate("CurrencyCodes", "'%1' is not an ISO 4217 currency code (such as EUR, USD, GBP)")
        .arg(code);
}

} // namespace kiosk
