#include "SeatMapGrid.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace kiosk::ui {

namespace {

constexpr QChar NoSeat = u'.';

// Where `length` seat slots side by side are still free, centred nearest to `target`.
qsizetype bestStart(const QString &slots, const QString &columns, qsizetype length, double target)
{
    qsizetype best = -1;
    for (qsizetype start = 0; start + length <= columns.size(); ++start) {
        bool fits = true;
        for (qsizetype i = start; i < start + length && fits; ++i)
            fits = columns[i] != u' ' && slots[i] == NoSeat;
        const double centre = double(start) + double(length - 1) / 2.0;
        if (fits && (best < 0 || std::abs(centre - target) < std::abs(double(best) + double(length - 1) / 2.0 - target)))
            best = start;
    }
    return best;
}

int exitMarks(const DeckLayout &deck, int row)
{
    int marks = 0;
    for (const LayoutExit &exit : deck.exits) {
        if (exit.row != row)
            continue;
        const int shift = exit.place == RowPlace::At ? 0 : exit.place == RowPlace::Before ? 2 : 4;
        marks |= ((exit.left ? ExitLeftAt : 0) | (exit.right ? ExitRightAt : 0)) << shift;
    }
    return marks;
}

} // namespace

QString SeatMapGrid::place(const QString &letters, const QString &columns)
{
    bool sameAisles = letters.size() == columns.size();
    for (qsizetype i = 0; sameAisles && i < columns.size(); ++i)
        sameAisles = (letters[i] == u' ') == (columns[i] == u' ');
    if (sameAisles)
        return letters;
    QString slots(columns.size(), NoSeat);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns[i] == u' ')
            slots[i] = u' ';
    }
    const QStringList groups = letters.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        // The first group at the left wall, the last at the right one, the others spread between.
        const double target = groups.size() == 1 ? double(columns.size() - 1) / 2.0
                                                 : double(g) * double(columns.size() - 1) / double(groups.size() - 1);
        qsizetype start = bestStart(slots, columns, groups[g].size(), target);
        if (start < 0) // no room for the group in one piece: seat by seat, left to right
            start = slots.indexOf(NoSeat);
        for (qsizetype i = 0, at = start; i < groups[g].size() && at >= 0 && at < slots.size(); ++at) {
            if (slots[at] == NoSeat)
                slots[at] = groups[g][i++];
        }
    }
    return slots;
}

SeatMapGrid SeatMapGrid::build(const QList<Seat> &seats, const CabinColumns &letters, const DeckLayout *deck,
                               int deckIndex)
{
    SeatMapGrid grid;
    std::map<int, Cabin> cabinOfRow;
    std::map<int, bool> exitRow;
    QHash<QString, int> indexOf; // "12A" on this deck
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const Seat &seat = seats[i];
        if (seat.deck != deckIndex)
            continue;
        indexOf.insert(seat.code.toString(), int(i));
        cabinOfRow.emplace(seat.code.row(), seat.cabin);
        exitRow[seat.code.row()] = exitRow[seat.code.row()] || seat.features.testFlag(SeatFeature::ExitRow);
        const QString cabinLetters = letters.lettersOfRow(seat.code.row());
        if (cabinLetters.size() > grid.columns.size())
            grid.columns = cabinLetters;
    }
    // Schema 1 layouts and flights without a layout know exit rows only: exits on both sides.
    const bool exitsKnown = deck && !deck->exits.isEmpty();
    auto facilitiesAt = [deck](int row, RowPlace place) {
        QList<LayoutFacility> found;
        for (const LayoutFacility &facility : deck ? deck->facilities : QList<LayoutFacility>()) {
            if (facility.row == row && facility.place == place)
                found << facility;
        }
        return found;
    };
    std::optional<Cabin> current;
    for (const auto &[row, cabin] : cabinOfRow) {
        SeatMapGridRow seatRow;
        seatRow.seatRow = row;
        seatRow.cabin = cabin;
        seatRow.slots = place(letters.lettersOfRow(row), grid.columns);
        for (QChar slot : std::as_const(seatRow.slots))
            seatRow.seats << (slot.isLetter() ? indexOf.value(QString::number(row) + slot, -1) : -1);
        auto other = [&seatRow](SeatMapGridRow::Kind kind, QList<LayoutFacility> facilities = {}) {
            SeatMapGridRow made = seatRow;
            made.kind = kind;
            made.facilities = std::move(facilities);
            return made;
        };
        if (current != cabin)
            grid.rows.append(other(SeatMapGridRow::Kind::CabinHeader));
        current = cabin;
        if (const auto before = facilitiesAt(row, RowPlace::Before); !before.isEmpty())
            grid.rows.append(other(SeatMapGridRow::Kind::Facilities, before));
        seatRow.exits = exitsKnown ? exitMarks(*deck, row) : (exitRow[row] ? ExitLeftAt | ExitRightAt : 0);
        seatRow.overWing = deck && deck->wingRows.contains(row);
        grid.rows.append(seatRow);
        if (const auto after = facilitiesAt(row, RowPlace::After); !after.isEmpty())
            grid.rows.append(other(SeatMapGridRow::Kind::Facilities, after));
    }
    return grid;
}

} // namespace kiosk::ui
