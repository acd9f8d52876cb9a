#include "AccessPolicy.h"

#include "domain/Actor.h"

namespace kiosk {

namespace {

// English, as the access log stores it; QT_TRANSLATE_NOOP lets a refusal say it in the user's language.
const char *permissionText(Permission permission)
{
    switch (permission) {
    case Permission::HoldSeats: return QT_TRANSLATE_NOOP("AccessPolicy", "hold seats");
    case Permission::HoldForCustomer: return QT_TRANSLATE_NOOP("AccessPolicy", "hold seats longer than the standard hold time");
    case Permission::Pay: return QT_TRANSLATE_NOOP("AccessPolicy", "pay");
    case Permission::PayAnyBooking: return QT_TRANSLATE_NOOP("AccessPolicy", "pay for a booking made elsewhere");
    case Permission::CancelOwnHold: return QT_TRANSLATE_NOOP("AccessPolicy", "cancel its own hold");
    case Permission::CheckIn: return QT_TRANSLATE_NOOP("AccessPolicy", "check in");
    case Permission::Offload: return QT_TRANSLATE_NOOP("AccessPolicy", "offload a checked-in passenger");
    case Permission::LookUpBookings: return QT_TRANSLATE_NOOP("AccessPolicy", "look up bookings");
    case Permission::CancelBookings: return QT_TRANSLATE_NOOP("AccessPolicy", "cancel");
    case Permission::RefundWithinPolicy: return QT_TRANSLATE_NOOP("AccessPolicy", "refund");
    case Permission::ChangeSeat: return QT_TRANSLATE_NOOP("AccessPolicy", "change seat");
    case Permission::OverrideRefund: return QT_TRANSLATE_NOOP("AccessPolicy", "override the refund policy");
    case Permission::ViewReports: return QT_TRANSLATE_NOOP("AccessPolicy", "view reports");
    case Permission::ManageUsers: return QT_TRANSLATE_NOOP("AccessPolicy", "manage users");
    case Permission::SetRefundPolicy: return QT_TRANSLATE_NOOP("AccessPolicy", "set the refund policy");
    case Permission::SetHoldLimits: return QT_TRANSLATE_NOOP("AccessPolicy", "set the hold limits");
    case Permission::AdministerDatabase: return QT_TRANSLATE_NOOP("AccessPolicy", "administer the database");
    case Permission::HandleDisruptions: return QT_TRANSLATE_NOOP("AccessPolicy", "handle disruptions");
    case Permission::ImportSchedules: return QT_TRANSLATE_NOOP("AccessPolicy", "import schedules");
    case Permission::ConfigureAirlines: return QT_TRANSLATE_NOOP("AccessPolicy", "configure airlines");
    case Permission::ManageVouchers: return QT_TRANSLATE_NOOP("AccessPolicy", "manage vouchers");
    case Permission::HandleNotifications: return QT_TRANSLATE_NOOP("AccessPolicy", "handle travellers' notifications and contact details");
    case Permission::OpenFlightsForSale: return QT_TRANSLATE_NOOP("AccessPolicy", "open a flight for sale");
    case Permission::OpenDueFlights: return QT_TRANSLATE_NOOP("AccessPolicy", "open the flights entering the sales horizon");
    case Permission::BlockSeats: return QT_TRANSLATE_NOOP("AccessPolicy", "block seats");
    case Permission::SetPrices: return QT_TRANSLATE_NOOP("AccessPolicy", "set fares and seat surcharges");
    case Permission::CallStaff: return QT_TRANSLATE_NOOP("AccessPolicy", "call staff");
    case Permission::AnswerStaffCalls: return QT_TRANSLATE_NOOP("AccessPolicy", "answer calls for help");
    case Permission::ChangeAircraft: return QT_TRANSLATE_NOOP("AccessPolicy", "change a flight's aircraft");
    case Permission::ManageLayouts: return QT_TRANSLATE_NOOP("AccessPolicy", "import aircraft layouts");
    case Permission::CancelFlights: return QT_TRANSLATE_NOOP("AccessPolicy", "cancel a flight");
    }
    return QT_TRANSLATE_NOOP("AccessPolicy", "this action");
}

} // namespace

QString permissionName(Permission permission)
{
    return QString::fromLatin1(permissionText(permission));
}

Role AccessPolicy::minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::HoldSeats:
    case Permission::Pay:
    case Permission::CancelOwnHold:
    case Permission::CheckIn:
    case Permission::CallStaff:
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
    case Permission::BlockSeats: // the desk keeps a seat for a customer; the database asks the same (0010)
    case Permission::AnswerStaffCalls:
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
    case Permission::SetPrices: // revenue management, as the database's seats_guard (0010)
    case Permission::ChangeAircraft: // moves passengers and re-prices seats: operations, as importing
    case Permission::ManageLayouts: // the seat plans every later flight is made from: operations
    case Permission::CancelFlights: // as an import's cancellation: operations
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
                     tr("%1 is not allowed for role %2 (user %3; needs %4 or higher)")
                         .arg(tr(permissionText(permission)), roleDisplayName(actor.role), actor.name,
                              roleDisplayName(minimumRole(permission))));
}

} // namespace kiosk
