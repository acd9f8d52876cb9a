#include "CabinLayout.h"

namespace kiosk {

QList<int> CabinLayout::rows() const
{
    QList<int> result;
    for (int row = firstRow; row <= lastRow; ++row) {
        if (!skippedRows.contains(row))
            result << row;
    }
    return result;
}

QString CabinLayout::seatLetters() const
{
    QString result = letters;
    result.remove(QLatin1Char(' '));
    return result;
}

QStringList CabinLayout::letterGroups() const
{
    return letters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool CabinLayout::containsRow(int row) const
{
    return row >= firstRow && row <= lastRow && !skippedRows.contains(row);
}

bool CabinLayout::hasSeat(const SeatCode &code) const
{
    return containsRow(code.row()) && seatLetters().contains(code.letter()) && !missingSeats.contains(code);
}

int CabinLayout::seatCount() const
{
    return int(rows().size() * seatLetters().size() - missingSeats.size());
}

QList<SeatTemplate> CabinLayout::seats(int deck) const
{
    QList<SeatTemplate> result;
    const QList<int> rowNumbers = rows();
    for (int row : rowNumbers) {
        // Window means nothing between the seat and the wall: the first and last seat
        // present in this row, so a row missing its 'A' makes 'B' the window seat.
        QList<qsizetype> present;
        for (qsizetype i = 0; i < letters.size(); ++i) {
            if (letters.at(i) != QLatin1Char(' ') && !missingSeats.contains(SeatCode(row, letters.at(i))))
                present << i;
        }
        for (qsizetype i : present) {
            SeatTemplate seat;
            seat.code = SeatCode(row, letters.at(i));
            seat.cabin = cabin;
            seat.deck = deck;
            const bool window = i == present.front() || i == present.back();
            const bool aisle = (i > 0 && letters.at(i - 1) == QLatin1Char(' '))
                || (i + 1 < letters.size() && letters.at(i + 1) == QLatin1Char(' '));
            IataCharacteristics &marks = seat.characteristics;
            marks.setFlag(IataCharacteristic::Window, window);
            marks.setFlag(IataCharacteristic::Aisle, aisle);
            marks.setFlag(IataCharacteristic::Centre, !window && !aisle);
            marks.setFlag(IataCharacteristic::ExitRow, exitRows.contains(row));
            marks.setFlag(IataCharacteristic::Bulkhead, row == rowNumbers.front());
            marks.setFlag(IataCharacteristic::ExtraLegroom, extraLegroomRows.contains(row));
            marks.setFlag(IataCharacteristic::Bassinet, bassinetSeats.contains(seat.code));
            marks.setFlag(IataCharacteristic::Blocked, blockedSeats.contains(seat.code));
            marks.setFlag(IataCharacteristic::Crew, crewSeats.contains(seat.code));
            for (const auto &[code, explicitMarks] : markedSeats) {
                if (code == seat.code)
                    marks |= explicitMarks;
            }
            // The flight's seat features follow from the characteristics: one rule each.
            seat.features.setFlag(SeatFeature::Window, window);
            seat.features.setFlag(SeatFeature::Aisle, aisle);
            seat.features.setFlag(SeatFeature::Middle, marks.testFlag(IataCharacteristic::Centre));
            seat.features.setFlag(SeatFeature::ExitRow, marks.testFlag(IataCharacteristic::ExitRow));
            seat.features.setFlag(SeatFeature::ExtraLegroom, marks.testFlag(IataCharacteristic::ExtraLegroom));
            seat.features.setFlag(SeatFeature::Blocked, marks.testAnyFlags(IataCharacteristic::Blocked
                                                                           | IataCharacteristic::Crew));
            result << seat;
        }
    }
    return result;
}

} // namespace kiosk
