#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace kiosk {

// The rules for a name on a booking: letters of any script, spaces, hyphens and
// apostrophes, 2 to 64 characters. Returns the name tidied (trimmed, single spaces).
class PassengerName {
    Q_DECLARE_TR_FUNCTIONS(PassengerName)
public:
    static constexpr int MinLength = 2;
    static constexpr int MaxLength = 64;
    static Result<QString> validate(const QString &name);

    // The form the booking lookup compares: case-folded, accents and apostrophes dropped,
    // hyphens and runs of spaces made one space. "O'Brien-Müller" -> "obrien muller".
    static QString searchKey(const QString &name);
    // The search key without its first word, so a surname alone finds "Anna O'Brien":
    // "anna obrien" -> "obrien"; empty for a one-word name.
    static QString surnameKey(const QString &name);
    // surnameKey from a search key already made (a hold writes both).
    static QString surnameKeyOf(const QString &searchKey);
};

} // namespace kiosk
