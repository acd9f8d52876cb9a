#pragma once

#include "domain/Flight.h"

#include <QStringList>

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

// Inserts DUB and LHR and one flight DUB -> LHR with rows x letters seats (row 1 is an
// exit row); returns the stored flight, or a default Flight after a test failure.
Flight addTestFlight(Database &db, const TestFlightSpec &spec = {});

} // namespace kiosk::test
