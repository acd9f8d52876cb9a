#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kiosk {

// A voucher code as travellers type it and as it is stored. Codes are case-insensitive and
// may be typed with spaces or hyphens ("summer 26", "Summer-26"): normalise() turns them into
// the one canonical form (SUMMER26). The code itself is never stored: the database keeps its
// digest (looked up by index) and a hint for staff (SU…26).
class VoucherCode {
    Q_DECLARE_TR_FUNCTIONS(VoucherCode)
public:
    static constexpr int MinLength = 4;
    static constexpr int MaxLength = 32;

    // Upper case, spaces and hyphens dropped; then 4 to 32 letters A-Z and digits, or a
    // BadInput error that says what is wrong.
    static Result<QString> normalise(const QString &typed);
    // SHA-256 of the normalised code, hex: what the database indexes and compares.
    static QString digest(const QString &normalised);
    // The first and last characters, for lists ("SU…26"; one each side below 8).
    static QString hint(const QString &normalised);
    // Equality that takes the same time wherever the first difference is (digests of equal
    // length), so the final comparison after the lookup leaks nothing about the code.
    static bool sameDigest(const QString &a, const QString &b);
};

} // namespace kiosk
