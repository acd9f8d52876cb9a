#include "SmtpSettings.h"

#include "domain/ContactDetails.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace kiosk {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

QString firstOf(const QString &flag, const char *environment)
{
    return flag.isEmpty() ? qEnvironmentVariable(environment) : flag;
}

} // namespace

QString SmtpSettings::domain() const
{
    return from.mid(from.lastIndexOf(QLatin1Char('@')) + 1);
}

QString SmtpSettings::messageIdFor(qint64 outboxId) const
{
    return QStringLiteral("<outbox-%1@%2>").arg(outboxId).arg(domain());
}

Result<SmtpSettings::Tls> SmtpSettings::parseTls(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("try"))
        return Tls::Try;
    if (text == QLatin1String("require"))
        return Tls::Require;
    if (text == QLatin1String("none"))
        return Tls::None;
    return bad(QCoreApplication::translate("SmtpSettings", "--tls must be none, try or require, not '%1'").arg(text));
}

Result<SmtpSettings> SmtpSettings::resolve(const QString &urlFlag, const QString &tlsFlag, const QString &passwordFile)
{
    SmtpSettings smtp;
    smtp.url = firstOf(urlFlag, "KIOSK_SMTP").trimmed();
    if (smtp.url.isEmpty())
        return bad(QCoreApplication::translate("SmtpSettings", "no SMTP server: give --smtp smtp://HOST:PORT (or smtps://), or set KIOSK_SMTP"));
    const QUrl url(smtp.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps"))
        || url.host().isEmpty() || !url.userInfo().isEmpty())
        return bad(QCoreApplication::translate("SmtpSettings", "'%1' is not an SMTP server URL: use smtp://HOST[:PORT] or smtps://HOST[:PORT] "
                                                               "(the user and password are given apart)")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    auto tls = parseTls(firstOf(tlsFlag, "KIOSK_SMTP_TLS").trimmed());
    if (!tls)
        return tls.error();
    smtp.tls = *tls;
    const QString from = qEnvironmentVariable("KIOSK_SMTP_FROM");
    auto checkedFrom = ContactDetails::validateEmail(from.isEmpty() ? QString::fromLatin1(DefaultFrom) : from);
    if (!checkedFrom && from.isEmpty())
        smtp.from = QString::fromLatin1(DefaultFrom); // localhost has no top-level name, but is ours
    else if (!checkedFrom)
        return bad(QCoreApplication::translate("SmtpSettings", "KIOSK_SMTP_FROM: %1").arg(checkedFrom.error().message));
    else
        smtp.from = *checkedFrom;
    smtp.user = qEnvironmentVariable("KIOSK_SMTP_USER");
    smtp.password = qEnvironmentVariable("KIOSK_SMTP_PASSWORD");
    const QString file = passwordFile.isEmpty() ? qEnvironmentVariable("KIOSK_SMTP_PASSWORD_FILE") : passwordFile;
    if (!file.isEmpty()) {
        QFile secret(file);
        if (!secret.open(QIODevice::ReadOnly))
            return bad(QCoreApplication::translate("SmtpSettings", "cannot read the SMTP password file %1: %2").arg(file, secret.errorString()));
        smtp.password = QString::fromUtf8(secret.readAll()).section(QLatin1Char('\n'), 0, 0);
    }
    if (!smtp.password.isEmpty() && smtp.user.isEmpty())
        return bad(QCoreApplication::translate("SmtpSettings", "an SMTP password was given but no user: set KIOSK_SMTP_USER"));
    return smtp;
}

} // namespace kiosk
