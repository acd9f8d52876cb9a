#include "FlightCatalog.h"

#include "storage/Database.h"
#include "storage/FlightRepository.h"

namespace kiosk {

Result<QList<FlightSummary>> FlightCatalog::departures(const DepartureQuery &query)
{
    return FlightRepository(m_db).departures(query);
}

Result<QList<Airport>> FlightCatalog::destinationsFrom(const QString &origin)
{
    return FlightRepository(m_db).destinationsFrom(origin);
}

Result<Airport> FlightCatalog::airport(const QString &iata)
{
    return FlightRepository(m_db).airport(iata);
}

Result<Flight> FlightCatalog::flight(qint64 flightId)
{
    return FlightRepository(m_db).find(FlightRef::byId(flightId));
}

Result<QList<Seat>> FlightCatalog::seats(qint64 flightId)
{
    return FlightRepository(m_db).seats(flightId);
}

Result<QDateTime> FlightCatalog::serverNow()
{
    return m_db.serverNow();
}

} // namespace kiosk
