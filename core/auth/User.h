#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace kiosk {

// A staff or terminal identity as stored in `users` (never with its password in clear).
struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Kiosk;
    QString passwordHash;      // PasswordHasher's format
    bool disabled = false;
    int failedAttempts = 0;    // consecutive failed sign-ins since the last success
    QDateTime lockedUntilUtc;  // invalid unless locked out (database server time)
    QDateTime lastSignInUtc;
    QDateTime createdUtc;
};

} // namespace kiosk
