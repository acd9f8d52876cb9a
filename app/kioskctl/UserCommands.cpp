#include "UserCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "JsonFormat.h"
#include "PasswordPrompt.h"
#include "auth/UserAdministration.h"

namespace kiosk::ctl {

int UserCommands::run(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    const QString name = arguments.positional(1).trimmed();
    static const QStringList actions{QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("disable"),
                                     QStringLiteral("list")};
    if (!actions.contains(action))
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("user: unknown action '%1'; use add, passwd, "
                                                                          "disable or list")
                                                              .arg(action)));
    const bool list = action == QLatin1String("list");
    if (list && !name.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("user list takes no NAME")));
    if (!list && name.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("user %1: missing NAME").arg(action)));
    const bool adding = action == QLatin1String("add");
    std::optional<Role> role;
    if (adding) {
        role = roleFromName(arguments.value(QStringLiteral("role")));
        if (!role)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("user add needs --role, one of %1%2")
                                                                  .arg(roleNames(),
                                                                       arguments.isSet(QStringLiteral("role"))
                                                                           ? QStringLiteral(", not '%1'").arg(arguments.value(QStringLiteral("role")))
                                                                           : QString())));
        if (auto valid = UserAdministration::validName(name); !valid)
            return m_out.error(valid.error());
    } else if (arguments.isSet(QStringLiteral("role"))) {
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--role is only for user add")));
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    UserAdministration users((*context)->db(), (*context)->actor());
    if (list) {
        auto all = users.list();
        if (!all)
            return m_out.error(all.error());
        QJsonArray array;
        for (const User &user : std::as_const(*all))
            array.append(JsonFormat::user(user));
        return m_out.result(QJsonObject{{QStringLiteral("users"), array}},
                            HumanFormat::userTable(*all) + QStringLiteral("%1 user(s)").arg(all->size()));
    }

    Result<User> changed = makeError(ErrorCode::Internal, QStringLiteral("no user action ran"));
    if (action == QLatin1String("disable")) {
        changed = users.disable(name);
    } else {
        auto password = PasswordPrompt::read(QStringLiteral("new password for %1").arg(name));
        if (!password)
            return m_out.error(password.error());
        changed = adding ? users.addUser(name, *role, *password) : users.setPassword(name, *password);
    }
    if (!changed)
        return m_out.error(changed.error());
    const QString done = adding ? QStringLiteral("added user %1 (%2)").arg(changed->name, roleName(changed->role))
        : action == QLatin1String("disable") ? QStringLiteral("disabled user %1").arg(changed->name)
                                               : QStringLiteral("set a new password for %1").arg(changed->name);
    return m_out.result(QJsonObject{{QStringLiteral("user"), JsonFormat::user(*changed)}}, done);
}

} // namespace kiosk::ctl
