#include "TripDetails.h"

#include "booking/FlightCatalog.h"

#include <QLocale>
#include <QTimeZone>

namespace kiosk::ui {

TripDetails TripDetails::load(FlightCatalog &catalog, qint64 flightId)
{
    TripDetails trip;
    auto flight = catalog.flight(flightId);
    if (!flight)
        return trip;
    trip.flight = *flight;
    auto origin = catalog.airport(flight->origin);
    trip.origin = origin ? *origin : Airport{flight->origin, {}, {}, {}, {}};
    auto destination = catalog.airport(flight->destination);
    trip.destination = destination ? *destination : Airport{flight->destination, {}, {}, {}, {}};
    return trip;
}

QDateTime TripDetails::localDeparture() const
{
    const QTimeZone zone(origin.timeZone.toUtf8());
    return zone.isValid() ? flight.departureUtc.toTimeZone(zone) : flight.departureUtc.toLocalTime();
}

QDateTime TripDetails::localBoarding() const
{
    return localDeparture().addSecs(-60 * BoardingMinutesBeforeDeparture);
}

QString TripDetails::flightText() const
{
    const QDate day = localDeparture().isValid() ? localDeparture().date() : flight.departureDate;
    return tr("%1 · %2").arg(flight.designator(), QLocale().toString(day, QLocale::LongFormat));
}

namespace {
QString placeName(const Airport &airport)
{
    return airport.city.isEmpty() ? airport.iata : airport.displayName();
}
} // namespace

QString TripDetails::routeText() const
{
    return tr("%1 → %2").arg(placeName(origin), placeName(destination));
}

QString TripDetails::timesText() const
{
    const QString format = QStringLiteral("HH:mm");
    return tr("Departs %1 · Boarding %2")
        .arg(QLocale().toString(localDeparture().time(), format), QLocale().toString(localBoarding().time(), format));
}

QStringList TripDetails::seatLines(const Booking &booking)
{
    QStringList lines;
    for (const Passenger &passenger : booking.passengers)
        lines << tr("Seat %1 · %2").arg(passenger.seat.toString(), passenger.name);
    return lines;
}

} // namespace kiosk::ui
