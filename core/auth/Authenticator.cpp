#include "Authenticator.h"

#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/UserRepository.h"

namespace kiosk {

namespace {
const QString SignInAction = QStringLiteral("sign in");
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
    // The same words and the same work (one password hash) for an unknown name, a disabled
    // or locked user and a wrong password: a guess learns nothing, not even from the clock.
    // The access log keeps the difference for the administrator.
    const QString wrong = QStringLiteral("wrong user name or password (%1 failures in a row lock a user for %2 minutes)")
                              .arg(MaxFailedAttempts)
                              .arg(LockMinutes);
    if (!found->has_value()) {
        PasswordHasher().burnOneVerification(password);
        return fail(Actor{m_terminal, wanted, Role::Kiosk}, QStringLiteral("unknown user"), wrong);
    }
    const User user = **found;
    const Actor who{m_terminal, user.name, user.role};
    if (user.disabled) {
        PasswordHasher().burnOneVerification(password);
        return fail(who, QStringLiteral("disabled"), wrong);
    }
    // Counted before the hash: parallel guesses cannot all slip in before the lock.
    auto attempt = UserRepository(m_db).claimAttempt(user.id, MaxFailedAttempts, LockMinutes * 60);
    if (!attempt)
        return attempt.error();
    if (!attempt->has_value()) {
        PasswordHasher().burnOneVerification(password);
        return fail(who, QStringLiteral("locked out"), wrong);
    }
    if (!PasswordHasher::verify(password, user.passwordHash)) {
        const bool locks = **attempt >= MaxFailedAttempts;
        return fail(who, locks ? QStringLiteral("wrong password; locked out")
                               : QStringLiteral("wrong password (%1 in a row)").arg(**attempt),
                    wrong);
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
