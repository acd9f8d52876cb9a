#include "SeatWatch.h"

#include "FlightCatalog.h"

namespace kiosk {

SeatWatch::SeatWatch(FlightCatalog &catalog, const Flight &flight, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_flight(flight)
{
}

Status SeatWatch::start()
{
    auto seats = m_catalog.seats(m_flight.id);
    if (!seats)
        return seats.error();
    m_last.clear();
    for (const Seat &seat : *seats)
        m_last.insert(seat.code.toString(), seat);
    return Done{};
}

void SeatWatch::onSeatsChanged(qint64 flightId)
{
    if (flightId != 0 && flightId != m_flight.id)
        return;
    auto seats = m_catalog.seats(m_flight.id);
    auto now = m_catalog.serverNow();
    if (!seats || !now) {
        Q_EMIT readFailed(!seats ? seats.error().message : now.error().message);
        return;
    }
    for (const Seat &seat : *seats) {
        const QString code = seat.code.toString();
        auto previous = m_last.find(code);
        if (previous == m_last.end())
            continue; // seats are fixed per flight; nothing to compare with
        if (previous->status != seat.status || previous->holder != seat.holder)
            Q_EMIT seatChanged({m_flight.key(), seat.code, previous->status, seat.status, seat.holder, *now});
        *previous = seat;
    }
}

} // namespace kiosk
