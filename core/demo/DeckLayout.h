#pragma once

#include "CabinLayout.h"

#include <QList>
#include <QString>

namespace kiosk {

// Where something sits across the cabin, as seen facing forward.
enum class CabinPosition { Left, Centre, Right };

// A place between rows or at a row: `row` with `before` or `after` (a galley before row 1),
// or `at` the row itself (an exit beside row 11).
enum class RowPlace { Before, At, After };

// An emergency exit. At a row (`place` At) the row's seats are exit-row seats (E); a door
// before or after a row does not make its seats exit seats.
struct LayoutExit {
    RowPlace place = RowPlace::At;
    int row = 0;
    bool left = true;
    bool right = true;

    bool operator==(const LayoutExit &other) const = default;
};

enum class FacilityKind { Galley, Lavatory, Closet };

// A galley, lavatory or closet before or after a row: what a seat map draws between rows.
struct LayoutFacility {
    FacilityKind kind = FacilityKind::Galley;
    RowPlace place = RowPlace::Before; // Before or After, never At
    int row = 0;
    CabinPosition position = CabinPosition::Centre;

    bool operator==(const LayoutFacility &other) const = default;
};

// Rows first..last lie over the wing; 0..0 when the file does not say.
struct RowSpan {
    int first = 0;
    int last = 0;

    bool isEmpty() const { return first == 0; }
    bool contains(int row) const { return !isEmpty() && row >= first && row <= last; }
    bool operator==(const RowSpan &other) const = default;
};

// One deck of an aircraft: its cabins front to back and what a seat map draws around them.
struct DeckLayout {
    QString name; // "Main deck", "Upper deck"
    QList<CabinLayout> cabins;
    RowSpan wingRows;
    QList<LayoutExit> exits;
    QList<LayoutFacility> facilities;

    // True if some cabin of the deck has that row.
    bool hasRow(int row) const;

    bool operator==(const DeckLayout &other) const = default;
};

} // namespace kiosk
