#pragma once

#include "demo/SeatTemplate.h"
#include "storage/ScheduleRepository.h"

#include <QList>
#include <QSet>

#include <optional>

namespace kiosk {

// Where each booked passenger sits when a flight changes aircraft. A pure plan:
// 1. the same seat code, if the new aircraft has it in the same cabin and it is sellable;
// 2. otherwise the best free seat of that cabin, a booking's passengers side by side in
//    one row where possible, else in the frontmost rows;
// 3. otherwise no seat: an agent must decide.
class SeatReassignment {
public:
    struct Outcome {
        BookedPassenger passenger;
        std::optional<SeatCode> newSeat; // nullopt: needs an agent
        bool moved() const { return newSeat && *newSeat != passenger.seat; }
    };

    static QList<Outcome> plan(const QList<BookedPassenger> &passengers, const QList<SeatTemplate> &newSeats);
};

} // namespace kiosk
