#include "CheckInSeatChanger.h"

#include "CheckInService.h"
#include "booking/BookingEvents.h"
#include "booking/SeatChanger.h"

#include <algorithm>

namespace kiosk {

Result<CheckInBooking> CheckInSeatChanger::change(const QString &reference, const QString &surname, const SeatCode &from,
                                                  const SeatCode &to)
{
    CheckInService checkIns(m_db, m_actor);
    auto found = checkIns.find(reference, surname);
    if (!found)
        return found.error();
    const auto passenger = std::find_if(found->passengers.cbegin(), found->passengers.cend(),
                                        [&](const CheckInPassenger &p) { return p.passenger.seat == from; });
    if (passenger == found->passengers.cend())
        return makeError(ErrorCode::BadInput,
                         tr("booking %1 has no passenger in seat %2").arg(found->booking.reference, from.toString()));
    if (passenger->sequence)
        return makeError(ErrorCode::WrongState, tr("%1 is checked in already in %2; a seat change now is made "
                                                   "at the airline's desk")
                                                    .arg(passenger->passenger.name, from.toString()));
    if (!found->windowOpen())
        return makeError(ErrorCode::WrongState, tr("check-in for %1 is not open, so seats cannot be changed "
                                                   "here now")
                                                    .arg(found->flight.designator()));
    // The seat change's own parts; its events reach other terminals through the database.
    BookingEvents events;
    if (auto changed = SeatChanger(m_db, events, m_actor).change(found->booking, from, to); !changed)
        return changed.error();
    return checkIns.find(reference, surname);
}

} // namespace kiosk
