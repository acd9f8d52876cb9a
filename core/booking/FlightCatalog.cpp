#include "FlightCatalog.h"

#include "SalesHorizon.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/ReadReplica.h"
#include "storage/SaleOpening.h"
#include "storage/SalesCutoffRepository.h"

namespace kiosk {

Result<QList<FlightSummary>> FlightCatalog::departures(const DepartureQuery &query)
{
    // Each flight says whether it is still sold, by the airline's cut-off and the server clock.
    const auto board = [&query](Database &db) -> Result<QList<FlightSummary>> {
        auto flights = FlightRepository(db).departures(query);
        if (!flights)
            return flights;
        auto cutoffs = SalesCutoffRepository(db).all();
        if (!cutoffs)
            return cutoffs.error();
        auto now = db.serverNow();
        if (!now)
            return now.error();
        for (FlightSummary &summary : *flights) {
            const Flight &flight = summary.flight;
            summary.salesClosed = !SalesCutoff::forFlight(*cutoffs, flight.carrier, flight.origin, flight.destination)
                                       .isOpen(flight.departureUtc, *now);
        }
        return flights;
    };
    return m_board ? m_board->read(board) : board(m_db);
}

Result<QList<Airport>> FlightCatalog::destinationsFrom(const QString &origin)
{
    const auto destinations = [&origin](Database &db) { return FlightRepository(db).destinationsFrom(origin); };
    return m_board ? m_board->read(destinations) : destinations(m_db);
}

Result<Airport> FlightCatalog::airport(const QString &iata)
{
    return FlightRepository(m_db).airport(iata);
}

Result<Flight> FlightCatalog::flight(qint64 flightId)
{
    return FlightRepository(m_db).find(FlightRef::byId(flightId));
}

Result<QList<Seat>> FlightCatalog::seats(qint64 flightId, SalesChannel channel)
{
    auto seats = FlightRepository(m_db).seats(flightId);
    if (seats)
        showSeatsTo(*seats, channel);
    if (!seats || !seats->isEmpty())
        return seats;
    // No seats: a flight not on sale yet says so and when it opens (not "no seats").
    auto opened = SaleOpening(m_db).openedAt(flightId);
    if (!opened)
        return opened.error();
    if (opened->isValid())
        return seats;
    auto flight = FlightRepository(m_db).find(FlightRef::byId(flightId));
    if (!flight)
        return flight.error();
    return SalesHorizon().notOnSale(*flight);
}

Result<QDateTime> FlightCatalog::serverNow()
{
    return m_db.serverNow();
}

} // namespace kiosk
