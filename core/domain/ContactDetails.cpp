#include "ContactDetails.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kiosk {

namespace {

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

} // namespace

Result<QString> ContactDetails::validateEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (trimmed.size() > MaxEmailLength)
        return bad(QCoreApplication::translate("ContactDetails", "the e-mail address is longer than %1 characters").arg(MaxEmailLength));
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1)
        return bad(QCoreApplication::translate("ContactDetails", "'%1' is not an e-mail address: it needs a name, '@' and a domain "
                                                                 "(anna@example.com)").arg(trimmed));
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1).toLower();
    // The dot-atom of RFC 5322: what every mail server takes without quoting.
    static const QRegularExpression localRule(
        QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    static const QRegularExpression domainRule(
        QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (local.size() > 64 || !localRule.match(local).hasMatch())
        return bad(QCoreApplication::translate("ContactDetails", "'%1' is not an e-mail address: the part before '@' may hold letters, "
                                                                 "digits and . _ + - only (no spaces)").arg(trimmed));
    if (!domainRule.match(domain).hasMatch())
        return bad(QCoreApplication::translate("ContactDetails", "'%1' is not an e-mail address: '%2' is not a domain name such as "
                                                                 "example.com").arg(trimmed, domain));
    return local + QLatin1Char('@') + domain;
}

Result<QString> ContactDetails::validatePhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return QString();
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9][0-9 ().-]*[0-9]$"));
    if (!shape.match(trimmed).hasMatch())
        return bad(QCoreApplication::translate("ContactDetails", "'%1' is not a phone number: use digits with the country code, "
                                                                 "e.g. +353 1 555 0100").arg(trimmed));
    QString digits;
    for (const QChar c : trimmed)
        if (c.isDigit())
            digits += c;
    if (!trimmed.startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("00")))
            return bad(QCoreApplication::translate("ContactDetails", "'%1' has no country code: start with + or 00, e.g. +353 1 555 0100")
                           .arg(trimmed));
        digits = digits.mid(2);
    }
    if (digits.size() < 7 || digits.size() > 15)
        return bad(QCoreApplication::translate("ContactDetails", "'%1' is not a phone number: an international number has 7 to 15 digits")
                       .arg(trimmed));
    return QLatin1Char('+') + digits;
}

Result<ContactDetails> ContactDetails::validate(const QString &email, const QString &phone)
{
    auto checkedEmail = validateEmail(email);
    if (!checkedEmail)
        return checkedEmail.error();
    auto checkedPhone = validatePhone(phone);
    if (!checkedPhone)
        return checkedPhone.error();
    return ContactDetails{*checkedEmail, *checkedPhone};
}

QString ContactDetails::masked(const QString &email)
{
    if (email.isEmpty())
        return QString();
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString dots = QStringLiteral("\u2022\u2022\u2022");
    if (at < 0)
        return dots;
    return email.left(std::min<qsizetype>(at, 1)) + dots + email.mid(at);
}

} // namespace kiosk
