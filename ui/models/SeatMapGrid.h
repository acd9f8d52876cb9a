#pragma once

#include "booking/CabinColumns.h"
#include "demo/DeckLayout.h"
#include "domain/Seat.h"

#include <QList>
#include <QString>

namespace kiosk::ui {

// Where an exit or door is drawn beside a row: at the row (its seats are exit seats), or a
// door just before or after it. Bits, left and right separately.
enum ExitMark {
    ExitLeftAt = 0x01,
    ExitRightAt = 0x02,
    ExitLeftBefore = 0x04,
    ExitRightBefore = 0x08,
    ExitLeftAfter = 0x10,
    ExitRightAfter = 0x20,
};

struct SeatMapGridRow {
    enum class Kind { CabinHeader, Seats, Facilities };
    Kind kind = Kind::Seats;
    int seatRow = 0; // the seat row it shows, belongs to or stands before/after
    Cabin cabin = Cabin::Economy;
    // The cabin's own letters placed into the deck's columns: a letter, ' ' for an aisle,
    // '.' where this cabin has no seat (a 1-2-1 business cabin under a 3-3-3 grid).
    QString slots;
    QList<int> seats;                 // per slot: index into the seats given to build(), -1 for none
    QList<LayoutFacility> facilities; // Facilities rows only
    int exits = 0;                    // ExitMark bits; Seats rows only
    bool overWing = false;
};

// One deck of the seat map as grid rows: a header before each cabin, its seat rows, and a
// row for the galleys, lavatories and closets between rows. Each cabin keeps its own
// column grid, spread over the deck's widest cabin: outer groups at the walls, middle groups
// centred, so a business cabin does not leave an empty economy column.
struct SeatMapGrid {
    QString columns; // the deck's widest cabin: letters and ' ' aisles
    QList<SeatMapGridRow> rows;

    // `deck` is the layout's deck when the flight's layout is known; null draws the seats alone.
    static SeatMapGrid build(const QList<Seat> &seats, const CabinColumns &letters, const DeckLayout *deck, int deckIndex);
    // `letters` ("A DG K") placed into `columns` ("ABC DEFG HJK") as SeatMapGridRow::slots.
    static QString place(const QString &letters, const QString &columns);
};

} // namespace kiosk::ui

Q_DECLARE_METATYPE(QList<kiosk::LayoutFacility>)
