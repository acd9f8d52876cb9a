#include "Role.h"

#include <QStringList>

namespace kiosk {

namespace {
const QStringList &names()
{
    static const QStringList list{QStringLiteral("kiosk"), QStringLiteral("agent"), QStringLiteral("supervisor"),
                                  QStringLiteral("admin")};
    return list;
}
} // namespace

QString roleName(Role role)
{
    return names().at(int(role));
}

std::optional<Role> roleFromName(const QString &name)
{
    const qsizetype index = names().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return Role(index);
}

QString roleNames()
{
    return names().join(QStringLiteral(", "));
}

} // namespace kiosk
