#include "Authenticator.h"

#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/UserRepository.h"

namespace kiosk {

namespace {
const QString SignInAction = QStringLiteral("sign in");

QString lockMessage(const User &user)
{
    return QStringLiteral("user %1 is locked after %2 failed sign-ins until %3 UTC; try again then, or ask an "
                          "administrator to set a new password")
        .arg(user.name)
        .arg(Authenticator::MaxFailedAttempts)
        .arg(user.lockedUntilUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
} // namespace

Error Authenticator::fail(const Actor &who, const QString &detail, const QString &message)
{
    qCInfo(lcAuth) << "sign-in of" << who.name << "on" << m_terminal << "failed:" << detail;
    if (auto logged = AccessLogRepository(m_db).record(who, SignInAction, who.name, QStringLiteral("failed"), detail);
        !logged)
        qCWarning(lcAuth) << "could not log a failed sign-in:" << logged.error().message;
    return makeError(ErrorCode::SignInFailed, message);
}

Result<Actor> Authenticator::signIn(const QString &name, const QString &password)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted.isEmpty())
        return makeError(ErrorCode::SignInFailed, QStringLiteral("enter a user name"));
    auto found = UserRepository(m_db).findByName(wanted);
    if (!found)
        return found.error();
    // The same words for an unknown name and a wrong password: a guess must not learn
    // which names exist. The access log keeps the difference for the administrator.
    const QString wrong = QStringLiteral("wrong user name or password (%1 failures in a row lock a user for %2 minutes)")
                              .arg(MaxFailedAttempts)
                              .arg(LockMinutes);
    if (!found->has_value()) {
        PasswordHasher().burnOneVerification(password); // an unknown name takes as long as a known one
        return fail(Actor{m_terminal, wanted, Role::Kiosk}, QStringLiteral("unknown user"), wrong);
    }
    const User user = **found;
    const Actor who{m_terminal, user.name, user.role};
    if (user.disabled)
        return fail(who, QStringLiteral("disabled"),
                    QStringLiteral("user %1 is disabled; ask an administrator").arg(user.name));
    if (user.lockedUntilUtc.isValid()) // no password is even checked while locked
        return fail(who, QStringLiteral("locked out"), lockMessage(user));

    if (!PasswordHasher::verify(password, user.passwordHash)) {
        auto counted = UserRepository(m_db).recordFailure(user.id, MaxFailedAttempts, LockMinutes * 60);
        if (!counted)
            return counted.error();
        if (counted->lockedUntilUtc.isValid())
            return fail(who, QStringLiteral("wrong password; locked out"), QStringLiteral("wrong password: ") + lockMessage(*counted));
        return fail(who, QStringLiteral("wrong password (%1 in a row)").arg(counted->failedAttempts), wrong);
    }
    if (auto recorded = UserRepository(m_db).recordSuccess(user.id); !recorded)
        return recorded.error();
    if (auto logged = AccessLogRepository(m_db).record(who, SignInAction, user.name, QStringLiteral("allowed"),
                                                       QStringLiteral("signed in as %1").arg(roleName(user.role)));
        !logged)
        return logged.error();
    qCInfo(lcAuth) << user.name << "signed in on" << m_terminal;
    return who;
}

void Authenticator::signOut(const Actor &actor, const QString &why)
{
    if (auto logged = AccessLogRepository(m_db).record(actor, QStringLiteral("sign out"), actor.name,
                                                       QStringLiteral("allowed"), why);
        !logged)
        qCWarning(lcAuth) << "could not log a sign-out:" << logged.error().message;
}

} // namespace kiosk
