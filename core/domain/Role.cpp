#include "Role.h"

#include <QCoreApplication>
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

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Kiosk: return QCoreApplication::translate("Role", "kiosk");
    case Role::Agent: return QCoreApplication::translate("Role", "agent");
    case Role::Supervisor: return QCoreApplication::translate("Role", "supervisor");
    case Role::Admin: return QCoreApplication::translate("Role", "admin");
    }
    return roleName(role);
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
