#pragma once

#include "AccessControl.h"
#include "domain/Actor.h"
#include "domain/PasswordHasher.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace kiosk {

class Database;

// Adding users, setting passwords, disabling users: admin only (anyone may set their own
// password). Every change is written to the access log.
class UserAdministration {
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)
public:
    static constexpr int MinPasswordLength = 8;

    UserAdministration(Database &db, Actor actor, PasswordHasher hasher = PasswordHasher())
        : m_db(db), m_actor(std::move(actor)), m_hasher(hasher), m_access(db) {}

    Result<User> addUser(const QString &name, Role role, const QString &password);
    Result<User> setPassword(const QString &name, const QString &password);
    Result<User> disable(const QString &name);
    Result<QList<User>> list();

    // 2 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter; "operator" is reserved.
    static Result<QString> validName(const QString &name);
    static Status validPassword(const QString &password);

private:
    Result<User> existing(const QString &name);
    Status logged(const QString &action, const QString &target, const QString &detail);

    Database &m_db;
    Actor m_actor;
    PasswordHasher m_hasher;
    AccessControl m_access;
};

} // namespace kiosk
