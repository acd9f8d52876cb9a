#include "FullCabin.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"

#include <QMap>

namespace kiosk::test {

QStringList fillSmallestCabin(BookingService &service, FlightCatalog &catalog, qint64 flightId, Cabin *cabin)
{
    auto seats = catalog.seats(flightId);
    if (!seats)
        return {};
    QMap<Cabin, QList<SeatCode>> free;
    QMap<Cabin, int> size;
    for (const Seat &seat : std::as_const(*seats)) {
        ++size[seat.cabin];
        if (seat.status == SeatStatus::Free)
            free[seat.cabin] << seat.code;
    }
    *cabin = size.firstKey();
    for (auto it = size.cbegin(); it != size.cend(); ++it)
        if (it.value() < size.value(*cabin))
            *cabin = it.key();
    const QList<SeatCode> toHold = free.value(*cabin);
    QStringList references;
    for (qsizetype at = 0; at < toHold.size(); at += HoldRequest::MaxSeats) {
        HoldRequest request;
        request.flight = FlightRef::byId(flightId);
        request.seats = toHold.mid(at, HoldRequest::MaxSeats);
        for (qsizetype i = 0; i < request.seats.size(); ++i)
            request.passengers << QStringLiteral("Group Traveller");
        request.ttlSeconds = 3600;
        auto held = service.hold(request);
        if (!held)
            return {};
        references << held->reference;
    }
    return references;
}

} // namespace kiosk::test
