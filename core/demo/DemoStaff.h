#pragma once

#include "domain/PasswordHasher.h"
#include "domain/Result.h"

#include <QStringList>

namespace kiosk {

class Database;

// Staff accounts for trying the agent workstation on the DEMO database only: "agent",
// "supervisor" and "admin", each with the published password DemoPassword. The caller
// (the kiosk's start-up) calls this only for its own demo SQLite file, never for a
// database given with --db or KIOSK_DB.
class DemoStaff {
public:
    static constexpr auto DemoPassword = "demo-desk";

    // Adds whichever of the three accounts is missing (as the built-in operator, audited);
    // returns the names it added. Existing accounts, and their passwords, are left alone.
    static Result<QStringList> ensure(Database &db, const PasswordHasher &hasher = PasswordHasher());
};

} // namespace kiosk
