#include "AccessControl.h"

#include "common/Logging.h"
#include "storage/AccessLogRepository.h"

namespace kiosk {

Status AccessControl::require(const Actor &actor, Permission permission, const QString &target)
{
    if (AccessPolicy::allows(actor.role, permission))
        return Done{};
    const Error refusal = AccessPolicy::forbidden(actor, permission);
    qCInfo(lcAuth) << "refused" << permissionName(permission) << "on" << target << "for" << actor.name;
    if (auto logged = AccessLogRepository(m_db).record(actor, permissionName(permission), target,
                                                       QStringLiteral("denied"), refusal.message);
        !logged)
        qCWarning(lcAuth) << "could not log a refused action:" << logged.error().message;
    return refusal;
}

} // namespace kiosk
