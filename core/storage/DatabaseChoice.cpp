#include "DatabaseChoice.h"

#include <QSettings>

namespace kiosk {

namespace {

QString pick(const QString &flag, const char *environment, const QSettings *settings, const QString &key)
{
    if (!flag.trimmed().isEmpty())
        return flag;
    const QString fromEnvironment = qEnvironmentVariable(environment);
    if (!fromEnvironment.trimmed().isEmpty())
        return fromEnvironment;
    return settings ? settings->value(key).toString().trimmed() : QString();
}

} // namespace

DatabaseChoice DatabaseChoice::resolve(const QString &dbFlag, const QString &readDbFlag, const QSettings *settings)
{
    return DatabaseChoice{pick(dbFlag, "KIOSK_DB", settings, QStringLiteral("database/url")),
                          pick(readDbFlag, "KIOSK_READ_DB", settings, QStringLiteral("database/readUrl"))};
}

} // namespace kiosk
