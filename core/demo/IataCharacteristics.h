#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk {

// IATA seat characteristics of one seat of a layout (docs/layouts.md). Most are derived from
// the layout's shape; H, 1, V and I are written per seat in the file; Blocked and Crew come
// from the cabin's blockedSeats and crewSeats.
enum class IataCharacteristic : quint32 {
    Window = 1u << 0,             // W: nothing between the seat and the wall
    Aisle = 1u << 1,              // A: next to an aisle
    Centre = 1u << 2,             // 9: neither window nor aisle
    ExitRow = 1u << 3,            // E: in a row at an emergency exit
    Bulkhead = 1u << 4,           // K: the first row of a cabin
    ExtraLegroom = 1u << 5,       // L: a row sold with extra leg space
    Bassinet = 1u << 6,           // B: a bassinet can be fitted in front of it
    UpperDeck = 1u << 7,          // U: on a deck above the main deck
    OverWing = 1u << 8,           // OW: in a row over the wing
    ReducedMobility = 1u << 9,    // H: suitable for a passenger with reduced mobility
    RestrictedRecline = 1u << 10, // 1: restricted (recline, view, legroom under a box)
    NotForInfants = 1u << 11,     // V: not for an adult travelling with an infant
    SuitableForInfants = 1u << 12, // I: suitable for an adult with an infant
    Blocked = 1u << 13,           // never sold (broken, weight and balance)
    Crew = 1u << 14,              // kept for the crew, never sold
};
Q_DECLARE_FLAGS(IataCharacteristics, IataCharacteristic)
Q_DECLARE_OPERATORS_FOR_FLAGS(IataCharacteristics)

// The codes of `characteristics` in the fixed order of the enum: {"W", "E", "L"}; Blocked
// and Crew are "blocked" and "crew" (IATA has no letter a seat map shows for them).
QStringList iataCharacteristicCodes(IataCharacteristics characteristics);
// One code back to its characteristic ("W", "9", "blocked"); nullopt for anything else.
std::optional<IataCharacteristic> iataCharacteristicFromCode(const QString &code);
// The characteristics a layout file may give one seat explicitly: H, 1, V and I.
IataCharacteristics explicitIataCharacteristics();

} // namespace kiosk
