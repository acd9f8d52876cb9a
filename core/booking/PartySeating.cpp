#include "PartySeating.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace kiosk {

PartySeating::PartySeating(const QList<Seat> &seats, CabinColumns columns)
    : m_seats(seats), m_columns(std::move(columns))
{
    for (qsizetype i = 0; i < m_seats.size(); ++i)
        m_index.insert(m_seats[i].code.toString(), int(i));
}

const Seat *PartySeating::seat(int row, QChar letter) const
{
    const auto found = m_index.constFind(QString::number(row) + letter);
    return found == m_index.cend() ? nullptr : &m_seats[*found];
}

bool PartySeating::isFree(const Seat *seat, const QList<SeatCode> &chosen) const
{
    return seat && seat->status == SeatStatus::Free && !chosen.contains(seat->code);
}

QList<SeatCode> PartySeating::orphansOfRow(int row, const QList<SeatCode> &chosen) const
{
    QList<SeatCode> orphans;
    for (const QString &group : m_columns.groupsOfRow(row)) {
        for (qsizetype i = 1; i + 1 < group.size(); ++i) {
            const Seat *left = seat(row, group[i - 1]);
            const Seat *middle = seat(row, group[i]);
            const Seat *right = seat(row, group[i + 1]);
            // Both neighbours must be real seats that are taken: a missing one is a wall.
            if (isFree(middle, chosen) && left && !isFree(left, chosen) && right && !isFree(right, chosen))
                orphans << middle->code;
        }
    }
    return orphans;
}

QList<SeatCode> PartySeating::orphansLeftBy(const QList<SeatCode> &chosen) const
{
    QSet<int> rows;
    for (const SeatCode &code : chosen)
        rows.insert(code.row());
    QList<SeatCode> created;
    for (int row : rows) {
        const QList<SeatCode> before = orphansOfRow(row, {});
        for (const SeatCode &orphan : orphansOfRow(row, chosen)) {
            if (!before.contains(orphan))
                created << orphan;
        }
    }
    std::sort(created.begin(), created.end());
    return created;
}

std::optional<QList<SeatCode>> PartySeating::bestTogether(int partySize, int deck) const
{
    struct Candidate {
        int orphans = 0;
        bool crossesAisle = false;
        qint64 price = 0;
        int row = 0;
        QList<SeatCode> codes;

        auto rank() const { return std::tuple(orphans, crossesAisle, price, row); }
    };
    QSet<int> rows;
    for (const Seat &s : m_seats) {
        if (s.deck == deck)
            rows.insert(s.code.row());
    }
    QList<int> ordered(rows.cbegin(), rows.cend());
    std::sort(ordered.begin(), ordered.end());

    std::optional<Candidate> best;
    for (int row : ordered) {
        const QString letters = m_columns.lettersOfRow(row);
        for (qsizetype start = 0; start < letters.size(); ++start) {
            Candidate candidate{0, false, 0, row, {}};
            for (qsizetype c = start; c < letters.size() && candidate.codes.size() < partySize; ++c) {
                if (letters[c] == QLatin1Char(' ')) {
                    candidate.crossesAisle = !candidate.codes.isEmpty();
                    continue;
                }
                const Seat *s = seat(row, letters[c]);
                if (!isFree(s, {}) || s->deck != deck)
                    break;
                candidate.codes << s->code;
                candidate.price += s->price.minorUnits();
            }
            if (candidate.codes.size() != partySize)
                continue;
            candidate.orphans = int(orphansLeftBy(candidate.codes).size());
            if (!best || candidate.rank() < best->rank()) // ties keep the leftmost
                best = candidate;
        }
    }
    if (!best)
        return std::nullopt;
    return best->codes;
}

} // namespace kiosk
