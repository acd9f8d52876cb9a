#include "OperatorPin.h"

#include "domain/PasswordHasher.h"

#include <algorithm>

namespace kiosk {

OperatorPin::Outcome OperatorPin::check(const QString &pin, qint64 nowMs)
{
    if (!isSet())
        return Outcome::NotSet;
    if (m_lockedUntilMs >= 0 && nowMs < m_lockedUntilMs)
        return Outcome::Locked;
    if (PasswordHasher::verify(pin, m_hash)) {
        m_failures = 0;
        m_lockedUntilMs = -1;
        return Outcome::Accepted;
    }
    if (++m_failures >= MaxAttempts) {
        m_failures = 0;
        m_lockedUntilMs = nowMs + qint64(LockSeconds) * 1000;
        return Outcome::Locked;
    }
    return Outcome::Wrong;
}

QString OperatorPin::hash(const QString &pin, int iterations)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); });
    if (pin.size() < MinLength || !digits)
        return QString();
    return PasswordHasher(iterations).hash(pin);
}

} // namespace kiosk
