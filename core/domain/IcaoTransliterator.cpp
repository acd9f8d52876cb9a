#include "IcaoTransliterator.h"

#include <QHash>

namespace kiosk {

namespace {

// Doc 9303 Part 3, 6.A: the letters whose transliteration is not simply the base letter.
const QHash<QChar, QString> &multiLetterRules()
{
    static const QHash<QChar, QString> rules = {
        {QChar(0x00C4), QStringLiteral("AE")}, // Ä
        {QChar(0x00D6), QStringLiteral("OE")}, // Ö
        {QChar(0x00DC), QStringLiteral("UE")}, // Ü
        {QChar(0x00C5), QStringLiteral("AA")}, // Å
        {QChar(0x00C6), QStringLiteral("AE")}, // Æ
        {QChar(0x00D8), QStringLiteral("OE")}, // Ø
        {QChar(0x0152), QStringLiteral("OE")}, // Œ
        {QChar(0x00DE), QStringLiteral("TH")}, // Þ
        {QChar(0x0132), QStringLiteral("IJ")}, // Ĳ
        {QChar(0x00D0), QStringLiteral("D")},  // Ð
        {QChar(0x0110), QStringLiteral("D")},  // Đ
        {QChar(0x0141), QStringLiteral("L")},  // Ł
        {QChar(0x0126), QStringLiteral("H")},  // Ħ
        {QChar(0x0131), QStringLiteral("I")},  // dotless ı
    };
    return rules;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x02BC) || c == QLatin1Char('`');
}

} // namespace

Result<QString> IcaoTransliterator::toMrzLatin(const QString &name)
{
    QString out;
    out.reserve(name.size() + 4);
    // Composed first, so "u" + combining diaeresis is the Ü that becomes UE.
    for (QChar c : name.normalized(QString::NormalizationForm_C)) {
        if (c == QChar(0x00DF) || c == QChar(0x1E9E)) { // ß, ẞ: no capital in the MRZ
            out += QStringLiteral("SS");
            continue;
        }
        const QChar upper = c.toUpper();
        if (upper.unicode() < 0x80 && upper.isLetter()) {
            out += upper;
        } else if (const auto rule = multiLetterRules().constFind(upper); rule != multiLetterRules().cend()) {
            out += *rule;
        } else if (c.isSpace() || c == QLatin1Char('-')) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
        } else if (isApostrophe(c) || c.isMark()) {
            // dropped: O'Brien -> OBRIEN; a combining accent leaves its base letter
        } else {
            // An accented Latin letter decomposes into its base letter and marks.
            const QString decomposed = QString(upper).normalized(QString::NormalizationForm_D);
            const QChar base = decomposed.isEmpty() ? QChar() : decomposed.front();
            if (base.unicode() < 0x80 && base.isLetter())
                out += base;
            else
                return makeError(ErrorCode::BadInput,
                                 tr("the name '%1' contains '%2', which has no Latin transliteration for a "
                                    "boarding pass; enter the name as the passport's machine readable "
                                    "zone spells it")
                                     .arg(name, c));
        }
    }
    out = out.trimmed();
    if (out.isEmpty())
        return makeError(ErrorCode::BadInput, tr("the name '%1' has no letters").arg(name));
    return out;
}

} // namespace kiosk
