#pragma once

#include "domain/Permission.h"
#include "domain/Result.h"
#include "domain/Role.h"

#include <QCoreApplication>

namespace kiosk {

struct Actor;

// "cancel", "look up bookings", ...: the action in "cancel is not allowed for role kiosk".
QString permissionName(Permission permission);

// The one table of who may do what. Kiosk: hold, pay, cancel its own unpaid hold. Agent:
// plus look up any booking, cancel, refund within policy, change seats, hold for a
// customer. Supervisor: plus override the refund policy and read reports. Admin: plus
// manage users and set the refund policy. Pure: no I/O; AccessControl adds the audit row for a refusal.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    static bool allows(Role role, Permission permission);
    // The least role that has `permission`.
    static Role minimumRole(Permission permission);
    // ErrorCode::Forbidden, "cancel is not allowed for role kiosk".
    static Error forbidden(const Actor &actor, Permission permission);
};

} // namespace kiosk
