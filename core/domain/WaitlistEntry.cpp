#include "WaitlistEntry.h"

#include <array>
#include <utility>

namespace kiosk {

namespace {

// The names the database stores (migration 0018's CHECK) and kioskctl prints.
constexpr std::array<std::pair<WaitlistState, const char *>, 5> StateNames{{
    {WaitlistState::Waiting, "waiting"},
    {WaitlistState::Offered, "offered"},
    {WaitlistState::Accepted, "accepted"},
    {WaitlistState::Lapsed, "lapsed"},
    {WaitlistState::Left, "left"},
}};

} // namespace

QString waitlistStateName(WaitlistState state)
{
    for (const auto &[value, name] : StateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<WaitlistState> waitlistStateFromName(const QString &name)
{
    for (const auto &[value, text] : StateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kiosk
