#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kiosk {

// An amount in integer minor units (cents) with its ISO 4217 currency. Never floating point.
class Money {
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    // Digits after the decimal point for the currency (2 for EUR, 0 for JPY, 3 for KWD).
    static int exponentOf(const QString &currency);
    // "12.50" (as many decimals as the currency has, or none) in `currency`, never through
    // floating point; nullopt for anything else.
    static std::optional<Money> parse(const QString &text, const QString &currency);
    // "EUR 49.00"
    QString toString() const;
    // "49.00" with the currency's exponent, for machine output.
    QString amountString() const;

    // Adds amounts of the same currency; the caller checks currencies match.
    Money operator+(const Money &other) const { return Money(m_minor + other.m_minor, m_currency); }
    bool operator==(const Money &other) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace kiosk

Q_DECLARE_METATYPE(kiosk::Money)
