#pragma once

#include "domain/PasswordHasher.h"

#include <QString>

namespace kiosk {

// The exit PIN of a counter kiosk (Ctrl+Alt+Shift+Q): stored only as a PasswordHasher hash
// (setting kiosk/operatorPinHash, made with `kiosk --hash-pin`), with no default — without
// a hash the exit is disabled — and MaxAttempts wrong PINs in a row lock it for
// LockSeconds, so a traveller cannot try PINs at the keyboard.
class OperatorPin {
public:
    static constexpr int MaxAttempts = 3;
    static constexpr int LockSeconds = 300;
    static constexpr int MinLength = 4;

    enum class Outcome { Accepted, Wrong, Locked, NotSet };

    explicit OperatorPin(QString storedHash) : m_hash(std::move(storedHash)) {}

    bool isSet() const { return !m_hash.isEmpty(); }
    // `nowMs`: a monotonic clock (QElapsedTimer), so that changing the wall clock unlocks nothing.
    Outcome check(const QString &pin, qint64 nowMs);
    // The hash to store for `pin`; empty if the PIN is shorter than MinLength digits or not
    // all digits.
    static QString hash(const QString &pin, int iterations = PasswordHasher::DefaultIterations);

private:
    QString m_hash;
    int m_failures = 0;
    qint64 m_lockedUntilMs = -1;
};

} // namespace kiosk
