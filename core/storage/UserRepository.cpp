#include "UserRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<QList<User>> UserRepository::select(const QString &where, const QVariant &value)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT id, name, role, disabled, failed_attempts, %1, %2, %3, "
                             "CASE WHEN locked_until > %4 THEN 1 ELSE 0 END FROM users WHERE %5 ORDER BY name")
                  .arg(sql.epochMs(QStringLiteral("locked_until")), sql.epochMs(QStringLiteral("last_sign_in_at")),
                       sql.epochMs(QStringLiteral("created_at")), sql.now(), where));
    if (!query)
        return query.error();
    if (value.isValid())
        query->bind(QStringLiteral(":value"), value);
    if (auto done = query->exec(QStringLiteral("reading users")); !done)
        return done.error();
    QList<User> users;
    while (query->next()) {
        User user;
        user.id = query->value(0).toLongLong();
        user.name = query->value(1).toString();
        user.role = roleFromName(query->value(2).toString()).value_or(Role::Kiosk);
        user.disabled = query->value(3).toBool();
        user.failedAttempts = query->value(4).toInt();
        // Only a lockout still running by the server clock counts.
        user.lockedUntilUtc = query->value(8).toInt() == 1 ? utcFromEpochMs(query->value(5)) : QDateTime();
        user.lastSignInUtc = utcFromEpochMs(query->value(6));
        user.createdUtc = utcFromEpochMs(query->value(7));
        users << user;
    }
    return users;
}

Result<std::optional<User>> UserRepository::findByName(const QString &name)
{
    auto found = select(QStringLiteral("name = :value"), name.trimmed().toLower());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<User>();
    return std::optional<User>(found->first());
}

Result<QList<User>> UserRepository::list()
{
    return select(QStringLiteral("1 = 1"), QVariant());
}

Result<qint64> UserRepository::insert(const QString &name, Role role, const QString &passwordHash)
{
    const QString now = m_db.dialect().now();
    auto insert = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO users (name, role, password_hash, created_at, updated_at) "
                             "VALUES (:name, :role, :hash, %1, %1) RETURNING id")
                  .arg(now));
    if (!insert)
        return insert.error();
    insert->bind(QStringLiteral(":name"), name).bind(QStringLiteral(":role"), roleName(role))
        .bind(QStringLiteral(":hash"), passwordHash);
    if (auto done = insert->exec(QStringLiteral("adding a user")); !done) {
        if (m_db.dialect().isUniqueViolation(insert->lastError()))
            return makeError(ErrorCode::WrongState, tr("a user named %1 already exists").arg(name));
        return done.error();
    }
    if (!insert->next())
        return makeError(ErrorCode::Internal, tr("no id returned for the new user"));
    return insert->value(0).toLongLong();
}

Status UserRepository::update(const QString &set, qint64 userId, const QString &what)
{
    auto update = Statement::prepare(m_db, QStringLiteral("UPDATE users SET %1, updated_at = %2 WHERE id = :id")
                                               .arg(set, m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":id"), userId);
    if (auto done = update->exec(what); !done)
        return done;
    if (update->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("user %1 no longer exists").arg(userId));
    return Done{};
}

Status UserRepository::setPassword(qint64 userId, const QString &passwordHash)
{
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE users SET password_hash = :hash, failed_attempts = 0, locked_until = NULL, "
                             "updated_at = %1 WHERE id = :id")
                  .arg(m_db.dialect().now()));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":hash"), passwordHash).bind(QStringLiteral(":id"), userId);
    return update->exec(QStringLiteral("changing a password"));
}

Status UserRepository::setDisabled(qint64 userId, bool disabled)
{
    return update(disabled ? QStringLiteral("disabled = TRUE") : QStringLiteral("disabled = FALSE"), userId,
                  QStringLiteral("disabling a user"));
}

} // namespace kiosk
