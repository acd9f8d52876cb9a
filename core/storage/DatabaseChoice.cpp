#include "DatabaseChoice.h"

#include "domain/TerminalSettings.h"

#include <QSettings>

namespace kiosk {

namespace {

QString pick(const QString &flag, const char *environment, const QSettings *settings, const TextSetting &setting)
{
    if (!flag.trimmed().isEmpty())
        return flag;
    const QString fromEnvironment = qEnvironmentVariable(environment);
    if (!fromEnvironment.trimmed().isEmpty())
        return fromEnvironment;
    return settings ? setting.read(*settings) : QString();
}

} // namespace

DatabaseChoice DatabaseChoice::resolve(const QString &dbFlag, const QString &readDbFlag, const QSettings *settings)
{
    return DatabaseChoice{pick(dbFlag, "KIOSK_DB", settings, TerminalSettings::DatabaseUrl),
                          pick(readDbFlag, "KIOSK_READ_DB", settings, TerminalSettings::ReadDatabaseUrl)};
}

} // namespace kiosk
