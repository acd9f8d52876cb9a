#pragma once

#include <QString>

#include <optional>

namespace kiosk {

// What a signed-in identity may do, from least to most; each role has every right of
// the roles before it (the table is AccessPolicy's).
enum class Role { Kiosk, Agent, Supervisor, Admin };

// "kiosk", "agent", "supervisor", "admin": stored in the database and printed by the CLI.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// The role in the user's language, for text a person reads ("agent", German "Agent").
QString roleDisplayName(Role role);
// "kiosk, agent, supervisor, admin" for messages.
QString roleNames();

} // namespace kiosk
