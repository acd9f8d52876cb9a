#pragma once

#include "Result.h"

namespace kiosk {

// A traveller's optional ways to hear about their booking (the notification outbox sends
// to the e-mail address). Both are validated here once, for every front end.
struct ContactDetails {
    QString email; // empty: none
    QString phone; // empty: none; else "+" and 7 to 15 digits (E.164)

    bool isEmpty() const { return email.isEmpty() && phone.isEmpty(); }

    static constexpr int MaxEmailLength = 254;
    // An address as mail servers take it: local@domain, no spaces or angle brackets, a
    // domain of dot-separated labels with a top-level name. Returns it trimmed, with the
    // domain in lower case; an empty input is "none".
    static Result<QString> validateEmail(const QString &email);
    // Digits with an optional leading +, spaces, dots, hyphens and parentheses between
    // them; returns "+" and the digits. A number without + must start with 00.
    static Result<QString> validatePhone(const QString &phone);
    static Result<ContactDetails> validate(const QString &email, const QString &phone);
    // An address as a screen may show it to whoever stands there: the first letter, three
    // dots and the domain ("m\u2022\u2022\u2022@example.com"); empty for none.
    static QString masked(const QString &email);
};

} // namespace kiosk
