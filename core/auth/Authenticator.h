#pragma once

#include "domain/Actor.h"
#include "domain/PasswordHasher.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// Signs users in on one terminal: checks the password (constant-time), counts failures,
// locks a user out after MaxFailedAttempts in a row for LockMinutes (server clock), and
// logs every sign-in, failure and sign-out to the access log. A failure is
// ErrorCode::SignInFailed with a message a person can act on.
class Authenticator {
    Q_DECLARE_TR_FUNCTIONS(Authenticator)
public:
    static constexpr int MaxFailedAttempts = 5;
    static constexpr int LockMinutes = 15;

    Authenticator(Database &db, QString terminal) : m_db(db), m_terminal(std::move(terminal)) {}

    // The acting identity for BookingService and UserAdministration.
    Result<Actor> signIn(const QString &name, const QString &password);
    // `why`: "signed out", "signed out after 300 s without input".
    void signOut(const Actor &actor, const QString &why);

private:
    Database &m_db;
    QString m_terminal;
};

} // namespace kiosk
