#pragma once

#include "SeatTemplate.h"

#include <QList>
#include <QPair>
#include <QString>

namespace kiosk {

// One cabin of one deck: a block of rows that share a seat pattern. Values are checked
// by LayoutParser, so every method can trust them.
struct CabinLayout {
    Cabin cabin = Cabin::Economy;
    int firstRow = 0;
    int lastRow = 0;
    QString letters;             // "ABC DEF HJK": one space per aisle, letters left to right
    QList<int> skippedRows;      // numbers within firstRow..lastRow that no row carries (13)
    QList<int> exitRows;         // schema 1 lists them; schema 2 takes them from the deck's exits
    QList<int> extraLegroomRows;
    QList<SeatCode> blockedSeats; // exist, never sold
    QList<SeatCode> missingSeats; // do not exist (door, galley, narrowing fuselage)
    QList<SeatCode> crewSeats;    // exist, kept for the crew, never sold
    QList<SeatCode> bassinetSeats; // a bassinet can be fitted in front of them
    // Seats the file gives explicit characteristics (H, 1, V, I), in file order.
    QList<QPair<SeatCode, IataCharacteristics>> markedSeats;

    // Row numbers that exist, front to back.
    QList<int> rows() const;
    // The letters without aisles, "ABCDEFHJK": the seat-map columns.
    QString seatLetters() const;
    // Groups between aisles, {"ABC", "DEF", "HJK"}: what a seat map draws with gaps.
    QStringList letterGroups() const;
    int aisleCount() const { return int(letters.count(QLatin1Char(' '))); }

    bool containsRow(int row) const;
    // True if the code names a seat that physically exists in this cabin.
    bool hasSeat(const SeatCode &code) const;
    int seatCount() const;
    // Every existing seat, row by row, left to right, with its features and the cabin's
    // characteristics (not the deck's: see AircraftLayout::seats).
    QList<SeatTemplate> seats(int deck) const;

    bool operator==(const CabinLayout &other) const = default;
};

} // namespace kiosk
