#pragma once

#include "booking/HoldRequest.h"
#include "domain/Flight.h"

#include <QStringList>

#include <optional>

namespace kiosk {
class Database;
}

namespace kiosk::test {

struct TestFlightSpec {
    QString carrier = QStringLiteral("KX");
    int number = 101;
    int rows = 10;
    QString letters = QStringLiteral("ABCDEF");
    qint64 priceMinor = 4900;     // every seat, EUR 49.00
    QString currency = QStringLiteral("EUR");
    qint64 departsInSeconds = 48 * 3600; // negative: already departed
    QStringList blocked;          // e.g. {"3B"}
};

// A flight whose check-in is open: the standard window is 24 h to 45 min before departure.
TestFlightSpec checkInOpenFlight(qint64 departsInSeconds = 3 * 3600);

// A hold of `seats` ("1A", "1B") on the flight; passenger names and time to live if given.
HoldRequest holdOf(qint64 flightId, const QStringList &seats, const QStringList &names = {},
                   std::optional<int> ttlSeconds = std::nullopt);

// Inserts DUB and LHR and one flight DUB -> LHR with rows x letters seats (row 1 is an
// exit row); returns the stored flight, or a default Flight after a test failure.
Flight addTestFlight(Database &db, const TestFlightSpec &spec = {});

} // namespace kiosk::test
