#pragma once

#include "domain/Seat.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

class AircraftLayout;

// The seat letters of each row, left to right as seen facing forward, with one space per
// aisle ("ABC DEF HJK"): where a seat map draws its columns and where a party counts as
// side by side. Row numbers are unique across an aircraft's decks, so a row names them.
class CabinColumns {
public:
    // From the layout's cabins: the letters as the file writes them.
    static CabinColumns fromLayout(const AircraftLayout &layout);
    // For a flight without a readable layout: each cabin's letters, with an aisle after a
    // seat next to an aisle that does not start its group (its aisle is then on its right).
    static CabinColumns fromSeats(const QList<Seat> &seats);

    // "" for a row the aircraft does not have.
    QString lettersOfRow(int row) const { return m_letters.value(row); }
    // The groups between aisles, {"ABC", "DEF", "HJK"}.
    QStringList groupsOfRow(int row) const;
    bool isEmpty() const { return m_letters.isEmpty(); }
    // True if every seat's letter is one of its row's: the layout is the seats' own (a test
    // or hand-made flight may name a type whose layout it does not follow).
    bool covers(const QList<Seat> &seats) const;

private:
    QHash<int, QString> m_letters; // row -> "ABC DEF"
};

} // namespace kiosk
