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
    for (int row : rows()) {
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
            if (window)
                seat.features |= SeatFeature::Window;
            if (aisle)
                seat.features |= SeatFeature::Aisle;
            if (!window && !aisle)
                seat.features |= SeatFeature::Middle;
            if (exitRows.contains(row))
                seat.features |= SeatFeature::ExitRow;
            if (extraLegroomRows.contains(row))
                seat.features |= SeatFeature::ExtraLegroom;
            if (blockedSeats.contains(seat.code))
                seat.features |= SeatFeature::Blocked;
            result << seat;
        }
    }
    return result;
}

} // namespace kiosk
