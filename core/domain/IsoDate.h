#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace kiosk {

// "2026-12-05" both ways, as QDate::toString(Qt::ISODate) and QDate::fromString(.., Qt::ISODate)
// do for the years 1-9999, without their cost: Qt formats through vasprintf, about 5.5k
// instructions a call, and a sale wrote or read a date three times (callgrind, 2026-12-03).
// Other years and invalid dates go to Qt, so the text stays Qt's.
QString isoDateText(QDate date);
// The date at the start of `text` ("2026-12-05", or a timestamp's first ten characters);
// an invalid QDate when it is not one.
QDate isoDateAt(QStringView text);

} // namespace kiosk
