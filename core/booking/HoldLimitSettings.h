#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/HoldLimits.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// The hold limits of each role (hold_limits): anyone may list them; changing them is an
// admin's right (Permission::SetHoldLimits), validated here (nothing changes on bad input)
// and written to the access log with the old and the new values. Every terminal applies
// them from its next hold.
class HoldLimitSettings {
    Q_DECLARE_TR_FUNCTIONS(HoldLimitSettings)
public:
    static constexpr int MaxLimit = 10000;

    HoldLimitSettings(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    Result<QList<HoldLimits>> limits();
    Result<HoldLimits> set(const HoldLimits &wanted);

    // "2 unpaid, 10 per minute, 300 s after a decline"; "no limit" for an empty limit.
    static QString describe(const HoldLimits &limits);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
