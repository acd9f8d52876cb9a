#include "Authenticator.h"

#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/SignInRepository.h"

namespace kiosk {

Result<Actor> Authenticator::signIn(const QString &name, const QString &password)
{
    const QString wanted = name.trimmed().toLower();
    if (wanted.isEmpty())
        return makeError(ErrorCode::SignInFailed, tr("enter a user name"));
    SignInRepository signIns(m_db);
    auto salt = signIns.passwordSalt(wanted, PasswordHasher::DefaultIterations);
    if (!salt)
        return salt.error();
    // The one password hash of every attempt, whoever the name belongs to: an unknown name,
    // a disabled or locked user and a wrong password get the same words and the same work,
    // so a guess learns nothing, not even from the clock. The access log keeps the difference.
    const QString key = PasswordHasher::keyFor(password, *salt);
    auto attempt = signIns.signIn(wanted, key, m_terminal, MaxFailedAttempts, LockMinutes * 60);
    if (!attempt)
        return attempt.error();
    if (!attempt->signedIn) {
        qCInfo(lcAuth) << "sign-in of" << wanted << "on" << m_terminal << "failed (the access log says why)";
        return makeError(ErrorCode::SignInFailed,
                         tr("wrong user name or password (%1 failures in a row lock a user for %2 minutes)")
                             .arg(MaxFailedAttempts)
                             .arg(LockMinutes));
    }
    const Actor who{m_terminal, wanted, attempt->role};
    // From here on the database knows who acts on this connection (PostgreSQL).
    if (auto started = m_db.setStaffSession(attempt->sessionToken); !started)
        return started.error();
    if (auto logged = AccessLogRepository(m_db).record(who, QStringLiteral("sign in"), wanted, QStringLiteral("allowed"),
                                                       QStringLiteral("signed in as %1").arg(roleName(who.role)));
        !logged)
        return logged.error();
    qCInfo(lcAuth) << wanted << "signed in on" << m_terminal;
    return who;
}

void Authenticator::signOut(const Actor &actor, const QString &why)
{
    if (auto logged = AccessLogRepository(m_db).record(actor, QStringLiteral("sign out"), actor.name,
                                                       QStringLiteral("allowed"), why);
        !logged)
        qCWarning(lcAuth) << "could not log a sign-out:" << logged.error().message;
    if (auto ended = SignInRepository(m_db).signOut(m_db.staffSession()); !ended)
        qCWarning(lcAuth) << "could not end the staff session:" << ended.error().message;
    (void)m_db.setStaffSession(QString());
}

} // namespace kiosk
