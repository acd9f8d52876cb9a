#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kiosk {

class Database;

// The `users` table: identities, password hashes (written, never read back: SignInRepository
// checks them), failed sign-ins and lockouts. Times
// (lockout, last sign-in) are the database server's.
class UserRepository {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<std::optional<User>> findByName(const QString &name);
    Result<QList<User>> list();
    // ErrorCode::WrongState if the name is taken.
    Result<qint64> insert(const QString &name, Role role, const QString &passwordHash);
    // A new password also lifts a lockout and forgets earlier failures.
    Status setPassword(qint64 userId, const QString &passwordHash);
    Status setDisabled(qint64 userId, bool disabled);

private:
    Result<QList<User>> select(const QString &where, const QVariant &value);
    Status update(const QString &set, qint64 userId, const QString &what);

    Database &m_db;
};

} // namespace kiosk
