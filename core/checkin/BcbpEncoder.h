#pragma once

#include "BoardingPassData.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace kiosk {

// Writes a boarding pass as the IATA BCBP string (Resolution 792, format M, one leg,
// version 6 conditional items); every field is checked first, so a value that does not fit
// its field is refused with its name rather than silently cut. Layout: docs/boarding-pass.md.
class BcbpEncoder {
    Q_DECLARE_TR_FUNCTIONS(BcbpEncoder)
public:
    static Result<QString> encode(const BoardingPassData &pass);

    // The 20-character name item from a passenger's full name ("Anna Maria Müller":
    // given name first, as the booking stores it): "MUELLER/ANNA MARIA" after ICAO 9303
    // transliteration. Longer names are cut at 20; the surname keeps at most 18 so that
    // "/" and the first letter of the given name always remain.
    static Result<QString> nameField(const QString &fullName);
    // The issue date item: last digit of the year and the day of the year ("6334").
    static QString issueDateField(const QDate &date);
};

} // namespace kiosk
