#include "auth/AccessPolicy.h"
#include "domain/Actor.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {
const QList<Permission> KioskRights{Permission::HoldSeats, Permission::Pay, Permission::CancelOwnHold, Permission::CheckIn,
                                    Permission::CallStaff};
const QList<Permission> AgentRights{Permission::HoldForCustomer, Permission::LookUpBookings, Permission::CancelBookings,
                                    Permission::RefundWithinPolicy, Permission::ChangeSeat,
                                    Permission::HandleDisruptions, Permission::Offload, Permission::OpenFlightsForSale,
                                    Permission::BlockSeats, Permission::AnswerStaffCalls};
const QList<Permission> SupervisorRights{Permission::OverrideRefund, Permission::ViewReports, Permission::ManageVouchers};
const QList<Permission> AdminRights{Permission::ManageUsers, Permission::SetRefundPolicy,
                                    Permission::AdministerDatabase, Permission::ImportSchedules,
                                    Permission::ConfigureAirlines, Permission::HandleNotifications,
                                    Permission::OpenDueFlights, Permission::SetPrices,
                                    Permission::ChangeAircraft, Permission::ManageLayouts, Permission::CancelFlights};
} // namespace

// The whole table, allowed and forbidden, for every role.
TEST(AccessPolicyTest, EachRoleHasItsRightsAndThoseOfTheRolesBelow)
{
    const QList<QList<Permission>> tiers{KioskRights, AgentRights, SupervisorRights, AdminRights};
    for (int role = 0; role < 4; ++role) {
        for (int tier = 0; tier < tiers.size(); ++tier) {
            for (Permission permission : tiers[tier])
                EXPECT_EQ(AccessPolicy::allows(Role(role), permission), tier <= role)
                    << roleName(Role(role)).toStdString() << " / " << permissionName(permission).toStdString();
        }
    }
}

TEST(AccessPolicyTest, ARefusalNamesTheActionAndTheRole)
{
    const Error error = AccessPolicy::forbidden(Actor{QStringLiteral("desk-1"), QStringLiteral("kim"), Role::Kiosk},
                                                Permission::CancelBookings);
    EXPECT_EQ(error.code, ErrorCode::Forbidden);
    EXPECT_EQ(error.exitCode(), 6);
    EXPECT_EQ(error.codeName(), QStringLiteral("forbidden"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("cancel is not allowed for role kiosk"))) << error.message.toStdString();
}

TEST(AccessPolicyTest, RoleNamesRoundTrip)
{
    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor, Role::Admin})
        EXPECT_EQ(roleFromName(roleName(role)), role);
    EXPECT_EQ(roleFromName(QStringLiteral(" Supervisor ")), Role::Supervisor);
    EXPECT_FALSE(roleFromName(QStringLiteral("root")).has_value());
    EXPECT_EQ(Actor().role, Role::Kiosk); // least rights by default
    EXPECT_EQ(Actor::builtInOperator(QStringLiteral("t")).role, Role::Admin);
}
