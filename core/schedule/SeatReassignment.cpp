#include "SeatReassignment.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace kiosk {

namespace {

bool sellable(const SeatTemplate &seat)
{
    return !seat.features.testFlag(SeatFeature::Blocked);
}

// `count` free seats of a cabin: neighbours in one row (an aisle between them is fine)
// in the frontmost row that has them, else the frontmost free seats.
QList<SeatCode> pickSeats(const QList<SeatTemplate> &seats, Cabin cabin, const QSet<QString> &taken, qsizetype count)
{
    QMap<int, QList<std::pair<SeatCode, bool>>> rows; // row -> its seats left to right, free or not
    for (const SeatTemplate &seat : seats) {
        if (seat.cabin == cabin)
            rows[seat.code.row()].append({seat.code, sellable(seat) && !taken.contains(seat.code.toString())});
    }
    for (const auto &row : std::as_const(rows)) {
        for (qsizetype start = 0; start + count <= row.size(); ++start) {
            const bool allFree = std::all_of(row.cbegin() + start, row.cbegin() + start + count,
                                             [](const auto &seat) { return seat.second; });
            if (!allFree)
                continue;
            QList<SeatCode> run;
            for (qsizetype i = start; i < start + count; ++i)
                run << row.at(i).first;
            return run;
        }
    }
    QList<SeatCode> any;
    for (const auto &row : std::as_const(rows)) {
        for (const auto &[code, free] : row) {
            if (free && any.size() < count)
                any << code;
        }
    }
    return any;
}

} // namespace

QList<SeatReassignment::Outcome> SeatReassignment::plan(const QList<BookedPassenger> &passengers,
                                                        const QList<SeatTemplate> &newSeats)
{
    QHash<QString, const SeatTemplate *> byCode;
    for (const SeatTemplate &seat : newSeats)
        byCode.insert(seat.code.toString(), &seat);

    QList<Outcome> outcomes;
    // Every seat someone sits on now is off limits to the others: whoever cannot be
    // reseated stays on it for an agent.
    QSet<QString> taken;
    for (const BookedPassenger &passenger : passengers)
        taken.insert(passenger.seat.toString());
    for (const BookedPassenger &passenger : passengers) {
        const SeatTemplate *same = byCode.value(passenger.seat.toString());
        Outcome outcome{passenger, std::nullopt};
        if (same && same->cabin == passenger.cabin && sellable(*same)) {
            outcome.newSeat = passenger.seat;
        }
        outcomes << outcome;
    }
    // Those without their seat, booking by booking so a party moves together.
    QMap<QPair<qint64, int>, QList<qsizetype>> homeless; // (booking, cabin) -> outcome indexes
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        if (!outcomes.at(i).newSeat)
            homeless[{outcomes.at(i).passenger.bookingId, int(outcomes.at(i).passenger.cabin)}] << i;
    }
    for (auto group = homeless.cbegin(); group != homeless.cend(); ++group) {
        const Cabin cabin = Cabin(group.key().second);
        const QList<SeatCode> picked = pickSeats(newSeats, cabin, taken, group->size());
        for (qsizetype i = 0; i < picked.size(); ++i) {
            outcomes[group->at(i)].newSeat = picked.at(i);
            taken.insert(picked.at(i).toString());
        }
    }
    return outcomes;
}

} // namespace kiosk
