#pragma once

#include "Result.h"

namespace kiosk {

// The rules for a name on a booking: letters of any script, spaces, hyphens and
// apostrophes, 2 to 64 characters. Returns the name tidied (trimmed, single spaces).
class PassengerName {
public:
    static constexpr int MinLength = 2;
    static constexpr int MaxLength = 64;
    static Result<QString> validate(const QString &name);
};

} // namespace kiosk
