#include "SeatChanger.h"

#include "BookingEvents.h"
#include "SeatHolder.h"
#include "common/Logging.h"
#include "domain/Cabin.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

Result<Booking> SeatChanger::change(const Booking &booking, const SeatCode &from, const SeatCode &to)
{
    if (booking.state != BookingState::Confirmed)
        return makeError(ErrorCode::WrongState, tr("booking %1 is %2; only a confirmed booking's seats can "
                                                   "be changed")
                                                    .arg(booking.reference, bookingStateName(booking.state)));
    const auto passenger = std::find_if(booking.passengers.cbegin(), booking.passengers.cend(),
                                        [&](const Passenger &p) { return p.active && p.seat == from; });
    if (passenger == booking.passengers.cend())
        return makeError(ErrorCode::BadInput, tr("booking %1 has no passenger in seat %2")
                                                  .arg(booking.reference, from.toString()));
    if (from == to)
        return makeError(ErrorCode::BadInput, tr("%1 already sits in %2").arg(passenger->name, to.toString()));

    BookingRepository bookings(m_db);
    QStringList expired;
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto locked = bookings.lockSeats(booking.flightId, {from, to}); // ordered by id: no deadlock
        if (!locked)
            return locked.error();
        const auto find = [&](const SeatCode &code) {
            return std::find_if(locked->cbegin(), locked->cend(), [&](const LockedSeat &s) { return s.code == code; });
        };
        const auto oldSeat = find(from);
        const auto newSeat = find(to);
        if (newSeat == locked->cend())
            return makeError(ErrorCode::NotFound, tr("flight %1 has no seat %2").arg(booking.flightKey, to.toString()),
                             {to.toString()});
        if (oldSeat == locked->cend())
            return makeError(ErrorCode::Internal, tr("seat %1 of booking %2 is missing")
                                                      .arg(from.toString(), booking.reference));
        if (oldSeat->cabin != newSeat->cabin) {
            const auto cabinOf = [](QChar code) { return cabinName(cabinFromCode(code).value_or(Cabin::Economy)); };
            return makeError(ErrorCode::BadInput, tr("seat %1 is %2 and %3 is %4; a seat change stays in the "
                                                     "cabin that was paid for")
                                                      .arg(from.toString(), cabinOf(oldSeat->cabin), to.toString(),
                                                           cabinOf(newSeat->cabin)));
        }
        SeatHolder holder(m_db, m_events, m_actor, 0); // claims seats only, never holds
        if (auto free = holder.claimable(bookings, {*newSeat}, booking.flightKey, expired); !free)
            return free.error();
        if (auto moved = bookings.moveLine(booking.id, oldSeat->id, newSeat->id); !moved)
            return moved.error();
        if (auto noted = bookings.note(booking.id, BookingState::Confirmed, m_actor,
                                       QStringLiteral("seat changed %1 -> %2 for %3")
                                           .arg(from.toString(), to.toString(), passenger->name));
            !noted)
            return noted.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    for (const QString &reference : std::as_const(expired))
        Q_EMIT m_events.stateChanged(reference, BookingState::SeatHeld, BookingState::Expired);
    qCInfo(lcBooking) << "booking" << booking.reference << "moved" << from.toString() << "to" << to.toString();
    return bookings.findById(booking.id);
}

} // namespace kiosk
