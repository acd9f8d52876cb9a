#include "DeparturesSeed.h"

#include "domain/Airport.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>

namespace kiosk::bench {

void seedDepartures(Database &db, int flights, int minutesApart)
{
    FlightRepository repo(db);
    auto transaction = Transaction::begin(db);
    for (const Airport &a : {Airport{QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Dublin"), QStringLiteral("IE"), QStringLiteral("Europe/Dublin")},
                             Airport{QStringLiteral("LHR"), QStringLiteral("London"), QStringLiteral("Heathrow"), QStringLiteral("GB"), QStringLiteral("Europe/London")}})
        (void)repo.saveAirport(a);
    const QDateTime first = QDateTime::currentDateTimeUtc().addDays(1);
    QList<Seat> seats;
    for (int row = 1; row <= 2; ++row) {
        for (QChar letter : QStringLiteral("ABCDEF")) {
            Seat seat;
            seat.code = SeatCode(row, letter);
            seat.price = Money(4900 + row * 100, QStringLiteral("EUR"));
            seats << seat;
        }
    }
    for (int i = 0; i < flights; ++i) {
        Flight f;
        f.carrier = QStringLiteral("KX");
        f.number = 1 + i % 9999;
        f.departureUtc = first.addSecs(qint64(i) * 60 * minutesApart);
        f.departureDate = f.departureUtc.date().addDays(i / 9999 * 1000); // keeps (carrier, number, date) unique
        f.arrivalUtc = f.departureUtc.addSecs(3600);
        f.origin = QStringLiteral("DUB");
        f.destination = QStringLiteral("LHR");
        f.aircraft = QStringLiteral("A320");
        f.currency = QStringLiteral("EUR");
        if (!repo.insertFlight(f, seats))
            qFatal("seeding failed at flight %d", i);
    }
    if (!transaction->commit())
        qFatal("seeding commit failed");
}

} // namespace kiosk::bench
