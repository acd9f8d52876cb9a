#include "VoucherCode.h"

#include <QCryptographicHash>

namespace kiosk {

Result<QString> VoucherCode::normalise(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (!((upper >= QLatin1Char('A') && upper <= QLatin1Char('Z')) || (upper >= QLatin1Char('0') && upper <= QLatin1Char('9'))))
            return makeError(ErrorCode::BadInput,
                             tr("a voucher code has only letters A-Z and digits (spaces and hyphens are "
                                "ignored), not '%1'")
                                 .arg(c));
        code += upper;
        if (code.size() > MaxLength)
            break;
    }
    if (code.size() < MinLength || code.size() > MaxLength)
        return makeError(ErrorCode::BadInput, tr("a voucher code has %1 to %2 letters and digits")
                                                  .arg(MinLength)
                                                  .arg(MaxLength));
    return code;
}

QString VoucherCode::digest(const QString &normalised)
{
    return QString::fromLatin1(QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString VoucherCode::hint(const QString &normalised)
{
    // Half of a short code would be most of it: one character each side below 8.
    const int shown = normalised.size() >= 8 ? 2 : 1;
    return normalised.left(shown) + QChar(0x2026) + normalised.right(shown);
}

bool VoucherCode::sameDigest(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

} // namespace kiosk
