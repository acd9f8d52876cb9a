#include "DemoStaff.h"

#include "auth/UserAdministration.h"
#include "common/Logging.h"

namespace kiosk {

Result<QStringList> DemoStaff::ensure(Database &db, const PasswordHasher &hasher)
{
    UserAdministration admin(db, Actor::builtInOperator(QStringLiteral("demo")), hasher);
    auto users = admin.list();
    if (!users)
        return users.error();
    QStringList existing;
    for (const User &user : std::as_const(*users))
        existing << user.name;
    QStringList added;
    for (Role role : {Role::Agent, Role::Supervisor, Role::Admin}) {
        const QString name = roleName(role);
        if (existing.contains(name))
            continue;
        auto user = admin.addUser(name, role, QString::fromLatin1(DemoPassword));
        if (!user)
            return user.error();
        added << name;
    }
    if (!added.isEmpty())
        qCInfo(lcDemo) << "demo staff accounts added:" << added;
    return added;
}

} // namespace kiosk
