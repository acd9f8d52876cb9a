#pragma once

#include "Statement.h"
#include "domain/IcaoTransliterator.h"
#include "domain/PassengerName.h"

namespace kiosk {

// What a traveller proves a booking with on PostgreSQL (kiosk_booking_proven, migrations
// 0028 and 0029): a passenger's surname as typed, bound as :search (its search key) and
// :mrz (its spelling in a passport's machine readable zone); both empty for no proof.
inline void bindTravellerProof(Statement &statement, const QString &surname)
{
    const QString search = PassengerName::searchKey(surname);
    const auto mrz = IcaoTransliterator::toMrzLatin(surname);
    statement.bind(QStringLiteral(":search"), search.isEmpty() ? QStringLiteral("") : search)
        .bind(QStringLiteral(":mrz"), mrz ? *mrz : QStringLiteral(""));
}

} // namespace kiosk
