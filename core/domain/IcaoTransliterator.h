#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kiosk {

// Names in the Latin capitals A-Z that travel documents and boarding passes carry, by the
// transliteration rule of ICAO Doc 9303 Part 3, section 6 (the machine readable zone of a
// passport): Ä -> AE, Ö -> OE, Ü -> UE, ß -> SS, Å -> AA, Æ -> AE, Ø -> OE, Œ -> OE,
// Þ -> TH, Ĳ -> IJ, and every other accented Latin letter its base letter (É -> E,
// Ñ -> N, ễ -> E). Apostrophes vanish (O'Brien -> OBRIEN); hyphens and runs of spaces
// become one space. So a traveller's boarding pass spells the name as their passport does.
class IcaoTransliterator {
    Q_DECLARE_TR_FUNCTIONS(IcaoTransliterator)
public:
    // "Müller" -> "MUELLER", "Zoë" -> "ZOE", "Nguyễn" -> "NGUYEN". BadInput for a letter
    // with no Latin transliteration here (Cyrillic, Greek, CJK ...), naming it.
    static Result<QString> toMrzLatin(const QString &name);
};

} // namespace kiosk
