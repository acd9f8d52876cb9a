#include "Failpoint.h"

#include <QStringList>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace kiosk {

namespace {
QStringList enabledFailpoints()
{
    QStringList names;
    const QStringList parts = qEnvironmentVariable("KIOSK_FAILPOINTS").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        names << part.trimmed();
    return names;
}
} // namespace

// A view, not a QString: a sale passes several failpoints, none of them switched on.
bool Failpoint::isEnabled(QLatin1StringView name)
{
    static const QStringList enabled = enabledFailpoints(); // read once: the environment is fixed
    return enabled.contains(name);
}

void Failpoint::hit(const char *name)
{
    if (!isEnabled(QLatin1StringView(name)))
        return;
    // write(2) and _Exit: nothing buffered is flushed, nothing is cleaned up.
    static const char prefix[] = "kiosk: failpoint ";
    (void)!::write(STDERR_FILENO, prefix, sizeof prefix - 1);
    (void)!::write(STDERR_FILENO, name, std::strlen(name));
    (void)!::write(STDERR_FILENO, "\n", 1);
    std::_Exit(ExitCode);
}

} // namespace kiosk
