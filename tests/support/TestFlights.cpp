#include "TestFlights.h"

#include "domain/Airport.h"
#include "domain/Seat.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"

#include <gtest/gtest.h>

namespace kiosk::test {

HoldRequest holdOf(qint64 flightId, const QStringList &seats, const QStringList &names, std::optional<int> ttlSeconds)
{
    HoldRequest request;
    request.flight = FlightRef::byId(flightId);
    for (const QString &code : seats)
        request.seats << SeatCode::parse(code).value();
    request.passengers = names;
    request.ttlSeconds = ttlSeconds;
    return request;
}

TestFlightSpec checkInOpenFlight(qint64 departsInSeconds)
{
    TestFlightSpec spec;
    spec.departsInSeconds = departsInSeconds;
    return spec;
}

Flight addTestFlight(Database &db, const TestFlightSpec &spec)
{
    FlightRepository flights(db);
    for (const Airport &airport : {Airport{QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Dublin Airport"),
                                           QStringLiteral("IE"), QStringLiteral("Europe/Dublin")},
                                   Airport{QStringLiteral("LHR"), QStringLiteral("London"), QStringLiteral("Heathrow"),
                                           QStringLiteral("GB"), QStringLiteral("Europe/London")}}) {
        if (auto saved = flights.saveAirport(airport); !saved) {
            ADD_FAILURE() << saved.error().message.toStdString();
            return {};
        }
    }
    auto now = db.serverNow();
    if (!now) {
        ADD_FAILURE() << now.error().message.toStdString();
        return {};
    }
    Flight flight;
    flight.carrier = spec.carrier;
    flight.number = spec.number;
    flight.origin = QStringLiteral("DUB");
    flight.destination = QStringLiteral("LHR");
    flight.departureUtc = now->addSecs(spec.departsInSeconds);
    flight.arrivalUtc = flight.departureUtc.addSecs(80 * 60);
    flight.departureDate = flight.departureUtc.date();
    flight.aircraft = QStringLiteral("A320");
    flight.currency = spec.currency;

    QList<Seat> seats;
    for (int row = 1; row <= spec.rows; ++row) {
        for (qsizetype i = 0; i < spec.letters.size(); ++i) {
            Seat seat;
            seat.code = SeatCode(row, spec.letters.at(i));
            seat.cabin = Cabin::Economy;
            seat.price = Money(spec.priceMinor, spec.currency);
            if (i == 0 || i == spec.letters.size() - 1)
                seat.features |= SeatFeature::Window;
            if (row == 1)
                seat.features |= SeatFeature::ExitRow;
            if (spec.blocked.contains(seat.code.toString()))
                seat.features |= SeatFeature::Blocked;
            seats << seat;
        }
    }
    auto id = flights.insertFlight(flight, seats);
    if (!id) {
        ADD_FAILURE() << id.error().message.toStdString();
        return {};
    }
    flight.id = *id;
    return flight;
}

} // namespace kiosk::test
