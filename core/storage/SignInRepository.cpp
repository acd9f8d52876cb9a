#include "SignInRepository.h"

#include "AccessLogRepository.h"
#include "Database.h"
#include "Statement.h"
#include "domain/PasswordHasher.h"

namespace kiosk {

Result<QString> SignInRepository::passwordSalt(const QString &name, int decoyRounds)
{
    if (m_db.dialect().isPostgres()) {
        auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_password_salt(:name, :rounds)"));
        if (!query)
            return query.error();
        query->bind(QStringLiteral(":name"), name).bind(QStringLiteral(":rounds"), decoyRounds);
        if (auto done = query->exec(QStringLiteral("starting a sign-in")); !done)
            return done.error();
        return query->next() ? query->value(0).toString() : QString();
    }
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT password_hash FROM users WHERE name = :name"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":name"), name);
    if (auto done = query->exec(QStringLiteral("starting a sign-in")); !done)
        return done.error();
    if (query->next())
        return PasswordHasher::saltSpecOf(query->value(0).toString());
    // No secret in the demo's file: whoever can read it has the hashes anyway.
    return PasswordHasher::decoySaltSpec(name.toUtf8(), decoyRounds);
}

Result<SignInRepository::Attempt> SignInRepository::signIn(const QString &name, const QString &key,
                                                           const QString &terminal, int maxAttempts, int lockSeconds)
{
    if (!m_db.dialect().isPostgres())
        return signInWithStatements(name, key, terminal, maxAttempts, lockSeconds);
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT signed_in, user_role, token FROM kiosk_sign_in(:name, :key, :terminal, :max, :lock)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":name"), name).bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":terminal"), terminal).bind(QStringLiteral(":max"), maxAttempts)
        .bind(QStringLiteral(":lock"), lockSeconds);
    if (auto done = query->exec(QStringLiteral("signing in")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("signing in: the database gave no answer"));
    Attempt attempt;
    attempt.signedIn = query->value(0).toBool();
    attempt.role = roleFromName(query->value(1).toString()).value_or(Role::Kiosk);
    attempt.sessionToken = query->value(2).toString();
    return attempt;
}

// kiosk_sign_in (migration 0010) in statements, for SQLite: the same steps, the same words.
Result<SignInRepository::Attempt> SignInRepository::signInWithStatements(const QString &name, const QString &key,
                                                                         const QString &terminal, int maxAttempts,
                                                                         int lockSeconds)
{
    qint64 userId = 0;
    Role role = Role::Kiosk;
    bool disabled = false;
    QString stored;
    { // SQLite: the read must be finished before the same connection writes
        auto query = Statement::prepare(
            m_db, QStringLiteral("SELECT id, role, disabled, password_hash FROM users WHERE name = :name"));
        if (!query)
            return query.error();
        query->bind(QStringLiteral(":name"), name);
        if (auto done = query->exec(QStringLiteral("signing in")); !done)
            return done.error();
        if (!query->next())
            return failed(terminal, name, Role::Kiosk, QStringLiteral("unknown user"));
        userId = query->value(0).toLongLong();
        role = roleFromName(query->value(1).toString()).value_or(Role::Kiosk);
        disabled = query->value(2).toBool();
        stored = query->value(3).toString();
    }
    if (disabled)
        return failed(terminal, name, role, QStringLiteral("disabled"));
    auto counted = claimAttempt(userId, maxAttempts, lockSeconds);
    if (!counted)
        return counted.error();
    if (!counted->has_value())
        return failed(terminal, name, role, QStringLiteral("locked out"));
    if (key.isEmpty() || PasswordHasher::saltSpecOf(stored) + QLatin1Char('$') + key != stored)
        return failed(terminal, name, role,
                      **counted >= maxAttempts ? QStringLiteral("wrong password; locked out")
                                               : QStringLiteral("wrong password (%1 in a row)").arg(**counted));
    auto success = Statement::prepare(
        m_db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = %1, "
                             "updated_at = %1 WHERE id = :id")
                  .arg(m_db.dialect().now()));
    if (!success)
        return success.error();
    success->bind(QStringLiteral(":id"), userId);
    if (auto done = success->exec(QStringLiteral("recording a sign-in")); !done)
        return done.error();
    Attempt attempt;
    attempt.signedIn = true;
    attempt.role = role;
    return attempt;
}

Result<SignInRepository::Attempt> SignInRepository::failed(const QString &terminal, const QString &name, Role role,
                                                           const QString &why)
{
    if (auto logged = AccessLogRepository(m_db).record(Actor{terminal, name, role}, QStringLiteral("sign in"), name,
                                                       QStringLiteral("failed"), why);
        !logged)
        return logged.error();
    return Attempt{};
}

Result<std::optional<int>> SignInRepository::claimAttempt(qint64 userId, int maxAttempts, int lockSeconds)
{
    const SqlDialect &sql = m_db.dialect();
    const QString now = sql.now();
    // A lock that has run out starts a new run of failures at this attempt.
    const QString attempt = QStringLiteral("CASE WHEN locked_until IS NOT NULL AND locked_until <= %1 THEN 1 "
                                           "ELSE failed_attempts + 1 END")
                                .arg(now);
    auto update = Statement::prepare(
        m_db, QStringLiteral("UPDATE users SET failed_attempts = %1, "
                             "locked_until = CASE WHEN %1 >= :max THEN %2 ELSE NULL END, updated_at = %3 "
                             "WHERE id = :id AND (locked_until IS NULL OR locked_until <= %3) RETURNING failed_attempts")
                  .arg(attempt, sql.plusSeconds(now, QStringLiteral(":lock")), now));
    if (!update)
        return update.error();
    update->bind(QStringLiteral(":max"), maxAttempts).bind(QStringLiteral(":lock"), lockSeconds)
        .bind(QStringLiteral(":id"), userId);
    if (auto done = update->exec(QStringLiteral("counting a sign-in attempt")); !done)
        return done.error();
    if (!update->next())
        return std::optional<int>(); // locked: no attempt is left to claim
    return std::optional<int>(update->value(0).toInt());
}

Result<bool> SignInRepository::isTerminalLogin()
{
    if (!m_db.dialect().isPostgres())
        return false;
    // A schema older than migration 0010 has no terminal logins yet (and `migrate` must run).
    for (const QString &sql : {QStringLiteral("SELECT to_regproc('kiosk_is_terminal_login') IS NOT NULL"),
                               QStringLiteral("SELECT kiosk_is_terminal_login()")}) {
        auto query = Statement::prepare(m_db, sql);
        if (!query)
            return query.error();
        if (auto done = query->exec(QStringLiteral("checking the database login")); !done)
            return done.error();
        if (!query->next() || !query->value(0).toBool())
            return false;
    }
    return true;
}

Status SignInRepository::signOut(const QString &token)
{
    if (!m_db.dialect().isPostgres() || token.isEmpty())
        return Done{};
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_sign_out(:token)"));
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":token"), token);
    return query->exec(QStringLiteral("signing out"));
}

} // namespace kiosk
