#include "Money.h"

#include <QRegularExpression>
#include <QStringList>

namespace kiosk {

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits), m_currency(std::move(currency))
{
}

int Money::exponentOf(const QString &currency)
{
    // ISO 4217 exceptions to the usual two decimals that airlines actually sell in.
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("ISK"), QStringLiteral("CLP")};
    static const QStringList three = {QStringLiteral("KWD"), QStringLiteral("BHD"),
                                      QStringLiteral("OMR"), QStringLiteral("JOD")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

std::optional<Money> Money::parse(const QString &text, const QString &currency)
{
    const int exponent = exponentOf(currency);
    const QString decimals = exponent > 0 ? QStringLiteral("(?:\\.(\\d{1,%1}))?").arg(exponent) : QString();
    const QRegularExpression shape(QStringLiteral("^(\\d{1,12})%1$").arg(decimals));
    const auto match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 minor = match.captured(1).toLongLong();
    const QString fraction = match.captured(2).leftJustified(exponent, QLatin1Char('0'));
    for (int i = 0; i < exponent; ++i)
        minor = minor * 10 + fraction.at(i).digitValue();
    return Money(minor, currency);
}

QString Money::amountString() const
{
    const int exponent = exponentOf(m_currency);
    qint64 divisor = 1;
    for (int i = 0; i < exponent; ++i)
        divisor *= 10;
    const qint64 magnitude = m_minor < 0 ? -m_minor : m_minor;
    QString text = QString::number(magnitude / divisor);
    if (exponent > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % divisor, exponent, 10, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toString() const
{
    return m_currency + QLatin1Char(' ') + amountString();
}

} // namespace kiosk
