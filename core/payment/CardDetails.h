#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace kiosk {

// What a traveller types into the payment dialog. Lives only in memory for the length of
// one authorization; never stored, never logged (rule 6).
struct CardDetails {
    Q_DECLARE_TR_FUNCTIONS(CardDetails)

public:
    QString number;   // digits; spaces and dashes are tolerated
    int expiryMonth = 0;
    int expiryYear = 0; // four digits
    QString cvc;

    // "MM/YY" or "MM/YYYY"; false if malformed.
    bool setExpiry(const QString &text);
};

// The safe facts about a card, fit to store and show.
struct CardSummary {
    QString brand; // "visa", "mastercard", "amex", "discover", "unknown"
    QString last4;
};

// Luhn, expiry and CVC checks with specific messages; `today` comes from the server clock.
class CardValidator {
public:
    static Result<CardSummary> validate(const CardDetails &card, const QDate &today);
    static QString digitsOnly(const QString &number);
    static bool passesLuhn(const QString &digits);
    static QString brandOf(const QString &digits);
};

} // namespace kiosk
