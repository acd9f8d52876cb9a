#include "Booking.h"

namespace kiosk {

QList<SeatCode> Booking::seats() const
{
    QList<SeatCode> codes;
    for (const auto &passenger : passengers)
        codes << passenger.seat;
    return codes;
}

} // namespace kiosk
