#pragma once

#include "BoardingPassData.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

// Reads an IATA BCBP string (Resolution 792, format M) as a barcode reader at check-in
// delivers it. Checks every mandatory item and, when present, the version 6 conditional
// items of the first leg; later legs are checked and skipped. Anything malformed is
// BadInput with the item and its position, so a traveller who scanned the wrong code (or a
// foreign one) is told what is wrong. Never crashes or reads past the text, whatever it is.
class BcbpParser {
    Q_DECLARE_TR_FUNCTIONS(BcbpParser)
public:
    static Result<BoardingPassData> parse(const QString &text);
};

} // namespace kiosk
