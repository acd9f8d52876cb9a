#include "CabinColumns.h"

#include "demo/AircraftLayout.h"

#include <algorithm>
#include <map>

namespace kiosk {

CabinColumns CabinColumns::fromLayout(const AircraftLayout &layout)
{
    CabinColumns columns;
    for (const DeckLayout &deck : layout.decks()) {
        for (const CabinLayout &cabin : deck.cabins) {
            for (int row : cabin.rows())
                columns.m_letters.insert(row, cabin.letters);
        }
    }
    return columns;
}

CabinColumns CabinColumns::fromSeats(const QList<Seat> &seats)
{
    // A cabin block: the seats of one cabin on one deck.
    std::map<std::pair<int, int>, std::map<QChar, bool>> aisleByLetter; // (deck, cabin) -> letter -> aisle
    std::map<std::pair<int, int>, QList<int>> rowsOfBlock;
    for (const Seat &seat : seats) {
        const std::pair block(seat.deck, int(seat.cabin));
        bool &aisle = aisleByLetter[block][seat.code.letter()];
        aisle = aisle || seat.features.testFlag(SeatFeature::Aisle);
        if (!rowsOfBlock[block].contains(seat.code.row()))
            rowsOfBlock[block] << seat.code.row();
    }
    CabinColumns columns;
    for (const auto &[block, letters] : aisleByLetter) {
        QString pattern;
        int inGroup = 0;
        for (const auto &[letter, aisle] : letters) {
            pattern += letter;
            ++inGroup;
            // The first letter of the cabin next to an aisle sits at the wall: its aisle is
            // on its right, as is that of any aisle seat that does not start its group.
            const bool aisleOnTheRight = aisle && (inGroup > 1 || pattern.size() == 1);
            if (aisleOnTheRight) {
                pattern += QLatin1Char(' ');
                inGroup = 0;
            }
        }
        pattern = pattern.trimmed();
        for (int row : rowsOfBlock[block])
            columns.m_letters.insert(row, pattern);
    }
    return columns;
}

bool CabinColumns::covers(const QList<Seat> &seats) const
{
    return std::all_of(seats.cbegin(), seats.cend(),
                       [this](const Seat &seat) { return lettersOfRow(seat.code.row()).contains(seat.code.letter()); });
}

QStringList CabinColumns::groupsOfRow(int row) const
{
    return lettersOfRow(row).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace kiosk
