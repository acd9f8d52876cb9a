#include "AccessPolicy.h"

#include "domain/Actor.h"

namespace kiosk {

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::HoldSeats: return QStringLiteral("hold seats");
    case Permission::HoldForCustomer: return QStringLiteral("hold seats longer than the standard hold time");
    case Permission::Pay: return QStringLiteral("pay");
    case Permission::PayAnyBooking: return QStringLiteral("pay for a booking made elsewhere");
    case Permission::CancelOwnHold: return QStringLiteral("cancel its own hold");
    case Permission::CheckIn: return QStringLiteral("check in");
    case Permission::Offload: return QStringLiteral("offload a checked-in passenger");
    case Permission::LookUpBookings: return QStringLiteral("look up bookings");
    case Permission::CancelBookings: return QStringLiteral("cancel");
    case Permission::RefundWithinPolicy: return QStringLiteral("refund");
    case Permission::ChangeSeat: return QStringLiteral("change seat");
    case Permission::OverrideRefund: return QStringLiteral("override the refund policy");
    case Permission::ViewReports: return QStringLiteral("view reports");
    case Permission::ManageUsers: return QStringLiteral("manage users");
    case Permission::SetRefundPolicy: return QStringLiteral("set the refund policy");
    case Permission::SetHoldLimits: return QStringLiteral("set the hold limits");
    case Permission::AdministerDatabase: return QStringLiteral("administer the database");
    case Permission::HandleDisruptions: return QStringLiteral("handle disruptions");
    case Permission::ImportSchedules: return QStringLiteral("import schedules");
    case Permission::ConfigureAirlines: return QStringLiteral("configure airlines");
    case Permission::ManageVouchers: return QStringLiteral("manage vouchers");
    case Permission::HandleNotifications: return QStringLiteral("handle travellers' notifications and contact details");
    case Permission::OpenFlightsForSale: return QStringLiteral("open a flight for sale");
    case Permission::OpenDueFlights: return QStringLiteral("open the flights entering the sales horizon");
    }
    return QStringLiteral("this action");
}

Role AccessPolicy::minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::HoldSeats:
    case Permission::Pay:
    case Permission::CancelOwnHold:
    case Permission::CheckIn:
        return Role::Kiosk;
    case Permission::HoldForCustomer:
    case Permission::PayAnyBooking:
    case Permission::LookUpBookings:
    case Permission::CancelBookings:
    case Permission::RefundWithinPolicy:
    case Permission::ChangeSeat:
    case Permission::HandleDisruptions:
    case Permission::Offload:
    case Permission::OpenFlightsForSale:
        return Role::Agent;
    case Permission::OverrideRefund:
    case Permission::ViewReports:
    case Permission::ManageVouchers: // what sales may give away: a supervisor's decision
        return Role::Supervisor;
    case Permission::ManageUsers:
    case Permission::SetRefundPolicy:
    case Permission::SetHoldLimits:
    case Permission::AdministerDatabase:
    case Permission::ImportSchedules:
    case Permission::OpenDueFlights:
    case Permission::ConfigureAirlines:
    case Permission::HandleNotifications: // operations only, as the database's grants (migration 0013)
        return Role::Admin;
    }
    return Role::Admin; // an unknown action is the most guarded
}

bool AccessPolicy::allows(Role role, Permission permission)
{
    // Roles are ordered: each has every right of those before it.
    return int(role) >= int(minimumRole(permission));
}

Error AccessPolicy::forbidden(const Actor &actor, Permission permission)
{
    return makeError(ErrorCode::Forbidden,
                     QStringLiteral("%1 is not allowed for role %2 (user %3; needs %4 or higher)")
                         .arg(permissionName(permission), roleName(actor.role), actor.name,
                              roleName(minimumRole(permission))));
}

} // namespace kiosk
