#pragma once

#include "CabinColumns.h"
#include "domain/Seat.h"

#include <QHash>
#include <QList>

#include <optional>

namespace kiosk {

// Where a party sits together, and the orphan-seat rule (docs/layouts.md, "Seat choice"):
// a choice should never leave a single free seat with a taken seat on each side of it in
// its group between aisles, when another choice of the same size avoids that. A single
// seat between a taken seat and an aisle or the wall is not an orphan: on an aircraft it
// is a window or aisle seat that a traveller alone takes gladly. Missing seats (a door, a
// galley) end a group as an aisle does. Pure: reads seats, writes nothing.
class PartySeating {
public:
    PartySeating(const QList<Seat> &seats, CabinColumns columns);

    // `partySize` free seats of one cabin on `deck`, side by side in one row. Ranked: no
    // orphan left, then within one group (not across an aisle), then cheapest, then the
    // frontmost row, then leftmost. Nullopt when no row has such a block.
    std::optional<QList<SeatCode>> bestTogether(int partySize, int deck) const;

    // The free seats that taking `chosen` would leave as orphans and that were not orphans
    // before: what the seat map warns about when a traveller picks by hand. Sorted.
    QList<SeatCode> orphansLeftBy(const QList<SeatCode> &chosen) const;

private:
    const Seat *seat(int row, QChar letter) const;
    bool isFree(const Seat *seat, const QList<SeatCode> &chosen) const;
    // Orphans of one row when `chosen` is taken too.
    QList<SeatCode> orphansOfRow(int row, const QList<SeatCode> &chosen) const;

    QList<Seat> m_seats;
    QHash<QString, int> m_index; // "12A" -> index into m_seats
    CabinColumns m_columns;
};

} // namespace kiosk
