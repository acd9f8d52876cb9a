#include "CardDetails.h"

#include <QRegularExpression>

namespace kiosk {

bool CardDetails::setExpiry(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{1,2})\s*/\s*(\d{2}|\d{4})\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    expiryMonth = match.captured(1).toInt();
    expiryYear = match.captured(2).toInt();
    if (expiryYear < 100)
        expiryYear += 2000;
    return true;
}

QString CardValidator::digitsOnly(const QString &number)
{
    // Written into one allocation: appending digit by digit grew the string several times
    // for every card, twice a payment (callgrind).
    QString digits(number.size(), Qt::Uninitialized);
    QChar *out = digits.data();
    for (QChar c : number) {
        if (c.isDigit())
            *out++ = c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return QString(); // letters or symbols: not a card number at all
    }
    digits.truncate(out - digits.constData());
    return digits;
}

bool CardValidator::passesLuhn(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

QString CardValidator::brandOf(const QString &digits)
{
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if (digits.startsWith(QLatin1Char('4')))
        return QStringLiteral("visa");
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("amex");
    if (digits.startsWith(QLatin1String("6011")) || two == 65)
        return QStringLiteral("discover");
    return QStringLiteral("unknown");
}

Result<CardSummary> CardValidator::validate(const CardDetails &card, const QDate &today)
{
    const QString digits = digitsOnly(card.number);
    if (digits.isEmpty())
        return makeError(ErrorCode::BadInput, CardDetails::tr("the card number must contain only digits"));
    if (digits.size() < 12 || digits.size() > 19)
        return makeError(ErrorCode::BadInput,
                         CardDetails::tr("the card number has %1 digits; card numbers have 12 to 19").arg(digits.size()));
    if (!passesLuhn(digits))
        return makeError(ErrorCode::BadInput,
                         CardDetails::tr("the card number is not valid (check digit mismatch); please check it"));
    if (card.expiryMonth < 1 || card.expiryMonth > 12 || card.expiryYear < 2000)
        return makeError(ErrorCode::BadInput, CardDetails::tr("the expiry date must be a month and year, MM/YY"));
    // A card is valid through the last day of its expiry month.
    const QDate lastValidDay = QDate(card.expiryYear, card.expiryMonth, 1).addMonths(1).addDays(-1);
    if (lastValidDay < today)
        return makeError(ErrorCode::BadInput, CardDetails::tr("the card expired at the end of %1/%2")
                                                  .arg(card.expiryMonth, 2, 10, QLatin1Char('0'))
                                                  .arg(card.expiryYear));
    const QString brand = brandOf(digits);
    const int cvcLength = brand == QLatin1String("amex") ? 4 : 3;
    if (!card.cvc.isEmpty()
        && (card.cvc.size() != cvcLength || digitsOnly(card.cvc) != card.cvc))
        return makeError(ErrorCode::BadInput,
                         CardDetails::tr("the security code must be %1 digits for this card").arg(cvcLength));
    return CardSummary{brand, digits.right(4)};
}

} // namespace kiosk
