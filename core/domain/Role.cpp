#include "Role.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace kiosk {

namespace {
// The stored name of each role, in Role's order; marked so that lupdate offers it for
// translation as the name a person reads.
constexpr const char *storedNames[] = {QT_TRANSLATE_NOOP("Role", "kiosk"), QT_TRANSLATE_NOOP("Role", "agent"),
                                       QT_TRANSLATE_NOOP("Role", "supervisor"), QT_TRANSLATE_NOOP("Role", "admin")};

static_assert(std::size(storedNames) == int(Role::Admin) + 1, "one stored name per role");

const QStringList &names()
{
    static const QStringList list = [] {
        QStringList all;
        for (const char *name : storedNames)
            all << QString::fromLatin1(name);
        return all;
    }();
    return list;
}
} // namespace

QString roleName(Role role)
{
    return names().at(int(role));
}

QString roleDisplayName(Role role)
{
    return QCoreApplication::translate("Role", storedNames[int(role)]);
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
