#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace kiosk {

// A staff or terminal identity as stored in `users`. Its password hash is never read
// back: sign-in compares it inside the database (UserRepository::signIn).
struct User {
    qint64 id = 0;
    QString name;
    Role role = Role::Kiosk;
    bool disabled = false;
    int failedAttempts = 0;    // consecutive failed sign-ins since the last success
    QDateTime lockedUntilUtc;  // invalid unless locked out (database server time)
    QDateTime lastSignInUtc;
    QDateTime createdUtc;
};

} // namespace kiosk
