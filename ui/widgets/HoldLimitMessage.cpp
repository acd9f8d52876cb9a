#include "HoldLimitMessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace kiosk::ui {

QString holdLimitMessage(const Error &error, bool atKiosk)
{
    const bool unpaid = error.details.value(0) == QLatin1String("unpaid_limit");
    const int limit = error.details.value(1).toInt();
    const QDateTime until = QDateTime::fromString(error.details.value(2), Qt::ISODate);
    const QString when = until.isValid() ? QLocale().toString(until.toLocalTime().time(), QStringLiteral("HH:mm:ss"))
                                         : QString();
    const char *text = nullptr;
    if (atKiosk && unpaid) {
        text = when.isEmpty() ? QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                                  "This kiosk already has %n unpaid booking(s) waiting, the most it may "
                                                  "hold at once. Please ask at the airline's desk.")
                              : QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                                  "This kiosk already has %n unpaid booking(s) waiting, the most it may "
                                                  "hold at once. Please try again after %1, or ask at the airline's desk.");
    } else if (atKiosk) {
        text = QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                 "This kiosk has placed as many holds as it may in one minute (%n). Please try again "
                                 "after %1.");
    } else if (unpaid) {
        text = when.isEmpty() ? QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                                  "This desk already holds %n unpaid booking(s), the most it may hold "
                                                  "at once. Take payment for one or cancel it.")
                              : QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                                  "This desk already holds %n unpaid booking(s), the most it may hold "
                                                  "at once. Take payment for one or cancel it, or wait until %1 when "
                                                  "the first hold lapses.");
    } else {
        text = QT_TRANSLATE_N_NOOP("HoldLimitMessage",
                                 "This desk has placed as many holds as it may in one minute (%n). Try again at %1.");
    }
    const QString translated = QCoreApplication::translate("HoldLimitMessage", text, nullptr, limit);
    return when.isEmpty() ? translated : translated.arg(when);
}

} // namespace kiosk::ui
