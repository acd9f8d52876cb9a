#include "PassengerName.h"

namespace kiosk {

Result<QString> PassengerName::validate(const QString &name)
{
    const QString tidy = name.simplified();
    if (tidy.isEmpty())
        return makeError(ErrorCode::BadInput, tr("a passenger name is required"));
    if (tidy.size() < MinLength)
        return makeError(ErrorCode::BadInput,
                         tr("the name '%1' is too short (at least %2 letters)").arg(tidy).arg(MinLength));
    if (tidy.size() > MaxLength)
        return makeError(ErrorCode::BadInput,
                         tr("the name '%1...' is too long (at most %2 characters)")
                             .arg(tidy.left(20))
                             .arg(MaxLength));
    for (QChar c : tidy) {
        const bool allowed = c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('-')
            || c == QLatin1Char('\'') || c == QChar(0x2019); // typographic apostrophe
        if (!allowed)
            return makeError(ErrorCode::BadInput,
                             tr("the name '%1' contains '%2'; use letters, spaces, hyphens and "
                                "apostrophes only")
                                 .arg(tidy, c));
    }
    if (!tidy.front().isLetter())
        return makeError(ErrorCode::BadInput, tr("the name '%1' must start with a letter").arg(tidy));
    return tidy;
}

QString PassengerName::searchKey(const QString &name)
{
    // NFKD splits "ü" into "u" and a combining mark, which is then dropped.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    // Written into a buffer of the largest size: QString::append per character was most of
    // the cost of a hold's name keys.
    QString key(decomposed.size(), Qt::Uninitialized);
    QChar *out = key.data();
    const QChar *start = out;
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber())
            *out++ = c;
        else if ((c.isSpace() || c == QLatin1Char('-')) && out != start && out[-1] != QLatin1Char(' '))
            *out++ = QLatin1Char(' ');
        // marks, apostrophes (' ’ ʼ `) and other punctuation vanish
    }
    key.truncate(out - start);
    return key.trimmed();
}

QString PassengerName::surnameKey(const QString &name)
{
    return surnameKeyOf(searchKey(name));
}

QString PassengerName::surnameKeyOf(const QString &searchKey)
{
    const qsizetype space = searchKey.indexOf(QLatin1Char(' '));
    return space < 0 ? QString() : searchKey.mid(space + 1);
}

} // namespace kiosk
