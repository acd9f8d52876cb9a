#include "UserAdministration.h"

#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QRegularExpression>

namespace kiosk {

Result<QString> UserAdministration::validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    const QString wanted = name.trimmed().toLower();
    if (!pattern.match(wanted).hasMatch())
        return makeError(ErrorCode::BadInput,
                         tr("'%1' is not a valid user name: 2 to 32 of a-z, 0-9, '.', '_' and '-', "
                            "starting with a letter")
                             .arg(name));
    if (wanted == Actor::builtInOperator(QString()).name)
        return makeError(ErrorCode::BadInput,
                         tr("'operator' is the built-in identity of kioskctl without --user; choose "
                            "another name"));
    if (wanted == Actor().name) // the self-service kiosk's own identity: its bookings are the traveller's
        return makeError(ErrorCode::BadInput,
                         tr("'kiosk' is the identity of the self-service kiosks; choose another name"));
    return wanted;
}

Status UserAdministration::validPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return makeError(ErrorCode::BadInput,
                         tr("the password is too short: at least %1 characters").arg(MinPasswordLength));
    if (password.trimmed() != password)
        return makeError(ErrorCode::BadInput, tr("the password must not start or end with a space"));
    return Done{};
}

Status UserAdministration::logged(const QString &action, const QString &target, const QString &detail)
{
    return AccessLogRepository(m_db).record(m_actor, action, target, QStringLiteral("allowed"), detail);
}

Result<User> UserAdministration::existing(const QString &name)
{
    auto found = UserRepository(m_db).findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(ErrorCode::NotFound, tr("no user named %1").arg(name.trimmed().toLower()));
    return **found;
}

Result<User> UserAdministration::addUser(const QString &name, Role role, const QString &password)
{
    auto wanted = validName(name);
    if (!wanted)
        return wanted.error();
    if (auto allowed = m_access.require(m_actor, Permission::ManageUsers, *wanted); !allowed)
        return allowed.error();
    if (auto valid = validPassword(password); !valid)
        return valid.error();
    const QString hash = m_hasher.hash(password); // the slow part, outside the transaction
    auto transaction = Transaction::begin(m_db); // the change and its audit row, or neither
    if (!transaction)
        return transaction.error();
    if (auto inserted = UserRepository(m_db).insert(*wanted, role, hash); !inserted)
        return inserted.error();
    if (auto log = logged(QStringLiteral("add user"), *wanted, QStringLiteral("role %1").arg(roleName(role))); !log)
        return log.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return existing(*wanted);
}

Result<User> UserAdministration::setPassword(const QString &name, const QString &password)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted != m_actor.name) { // one's own password needs no admin
        if (auto allowed = m_access.require(m_actor, Permission::ManageUsers, wanted); !allowed)
            return allowed.error();
    }
    auto user = existing(wanted);
    if (!user)
        return user.error();
    if (auto valid = validPassword(password); !valid)
        return valid.error();
    const QString hash = m_hasher.hash(password);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto changed = UserRepository(m_db).setPassword(user->id, hash); !changed)
        return changed.error();
    if (auto log = logged(QStringLiteral("set password"), wanted, QStringLiteral("lockout lifted")); !log)
        return log.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return existing(wanted);
}

Result<User> UserAdministration::disable(const QString &name)
{
    const QString wanted = name.trimmed().toLower();
    if (auto allowed = m_access.require(m_actor, Permission::ManageUsers, wanted); !allowed)
        return allowed.error();
    if (wanted == m_actor.name)
        return makeError(ErrorCode::BadInput, tr("you cannot disable yourself (%1)").arg(wanted));
    auto user = existing(wanted);
    if (!user)
        return user.error();
    if (user->disabled)
        return makeError(ErrorCode::WrongState, tr("user %1 is already disabled").arg(wanted));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto changed = UserRepository(m_db).setDisabled(user->id, true); !changed)
        return changed.error();
    if (auto log = logged(QStringLiteral("disable user"), wanted, QString()); !log)
        return log.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return existing(wanted);
}

Result<QList<User>> UserAdministration::list()
{
    if (auto allowed = m_access.require(m_actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    return UserRepository(m_db).list();
}

} // namespace kiosk
