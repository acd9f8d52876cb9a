#pragma once

#include "domain/BookingState.h"
#include "domain/Result.h"

#include <QDate>
#include <QMap>

namespace kiosk {
class Database;
}

namespace kiosk::bench {

// A year of sales generated inside the database (PostgreSQL generate_series, SQLite a
// recursive CTE: no row crosses the client connection), for report_bench:
//   - bookings spread evenly over the 365 days from FirstDay, one seat each, on flights
//     departing about a week after the booking (137 bookings per flight, 150 seats);
//   - by booking number mod 100: 60 % confirmed, 10 % expired, 10 % cancelled while held,
//     5 % refunded after confirming, 5 % still held, 5 % declined then expired, 5 %
//     declined then confirmed; each with its audit trail, payments and refund rows.
// The database must be migrated and empty.
class ReportDataFill {
public:
    static QDate firstDay() { return QDate(2025, 11, 1); }
    static constexpr int BookingsPerFlight = 137;
    static constexpr int SeatsPerFlight = 150;

    static Status fill(Database &db, qint64 bookings);
    // The state every booking of a fill of `bookings` ends in, computed without the
    // database: the benchmark checks the 365-day report against it.
    static QMap<BookingState, qint64> expectedStates(qint64 bookings);
};

} // namespace kiosk::bench
