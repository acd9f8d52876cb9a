#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace kiosk::bcbp {

// Whether `value` is entirely `pattern`. Each pattern is compiled once per thread: a
// scanner feeds the parser often, and the services run on several threads in the tests.
inline bool fits(const QString &value, const char *pattern)
{
    thread_local QHash<const char *, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))));
    return it->match(value).hasMatch();
}

// Field sizes of IATA Resolution 792 version 6, shared by the encoder and the parser.
inline constexpr int NameSize = 20;
inline constexpr int PnrSize = 7;
inline constexpr int AirportSize = 3;
inline constexpr int CarrierSize = 3;
inline constexpr int FlightNumberSize = 5; // 4 digits and a suffix
inline constexpr int DaySize = 3;
inline constexpr int SeatSize = 4;
inline constexpr int SequenceSize = 5;     // 4 digits and a suffix
inline constexpr int HexSize = 2;          // the size items, hexadecimal
inline constexpr int MandatoryUniqueSize = 1 + 1 + NameSize + 1;
inline constexpr int MandatoryLegSize = PnrSize + 2 * AirportSize + CarrierSize + FlightNumberSize + DaySize + 1
    + SeatSize + SequenceSize + 1 + HexSize;
inline constexpr int IssueDateSize = 4;
inline constexpr int BagTagSize = 13;
inline constexpr int AirlineNumericSize = 3;
inline constexpr int DocumentSerialSize = 10;
inline constexpr int FrequentFlyerNumberSize = 16;
inline constexpr int FreeBaggageSize = 3;
// What the encoder writes: passenger description .. issuing carrier (no bag tags).
inline constexpr int UniqueConditionalSize = 1 + 1 + 1 + IssueDateSize + 1 + CarrierSize;
// Airline numeric code .. fast track.
inline constexpr int RepeatedConditionalSize = AirlineNumericSize + DocumentSerialSize + 1 + 1 + CarrierSize
    + CarrierSize + FrequentFlyerNumberSize + 1 + FreeBaggageSize + 1;

} // namespace kiosk::bcbp
