#pragma once

#include "domain/Flight.h"

#include <QDate>
#include <QString>

namespace kiosk {
class BookingService;
class Database;
} // namespace kiosk

namespace kiosk::test {

// The hand-built data set of the report tests (core, CLI and UI), with every figure known.
// Bookings are made through BookingService (real audit trails, payments and refunds),
// then their timestamps are moved to fixed days behind the service's back:
//
//   Day1 2026-03-10, Day2 2026-03-11, DayAfter 2026-03-12 (all UTC)
//   flight A KX501 EUR 49.00, 60 seats, 3B blocked, departs Day1 18:00
//   flight B KX502 EUR 60.00, 60 seats,             departs Day2 23:30
//   flight C KX503 EUR 70.00, 60 seats,             departs DayAfter 00:00 (just outside)
//   B1 Day1 09:00 A 1A      paid                                       CONFIRMED
//   B2 Day1 10:00 A 1B,1C   declined card, then paid                   CONFIRMED
//   B3 Day1 11:00 A 2A      hold expired                               EXPIRED
//   B4 Day1 12:00 B 2B      paid; Day2 13:00 cancelled, EUR 15.00 back REFUNDED
//   B5 Day2 09:00 B 2C      held                                       SEAT_HELD
//   B6 Day2 10:00 A 3A      cancelled while held                       CANCELLED
//   B7 Day2 23:59 A 4A      paid (the last minute of the period)      CONFIRMED
//   B8 DayAfter 00:00 C 1A  paid (the first instant after it)          CONFIRMED
//
// For Day1..Day2: funnel 7/7/4/4; states CONFIRMED 3, EXPIRED 1, REFUNDED 1, SEAT_HELD 1,
// CANCELLED 1; payments 5 attempts, 4 approved, 1 declined; holds 7 placed, 1 expired;
// flight A 4 of 59 seats sold, EUR 196.00; flight B 0 of 60, EUR 45.00; Day1 4 bookings,
// 3 confirmed, EUR 207.00; Day2 3 bookings, 1 confirmed, EUR 34.00 (49.00 - 15.00).
struct ReportDataSet {
    static QDate day1() { return QDate(2026, 3, 10); }
    static QDate day2() { return QDate(2026, 3, 11); }
    static QDate dayAfter() { return QDate(2026, 3, 12); }

    // Builds it with `service` (which must be allowed to hold, pay, cancel and refund)
    // on a migrated database (other flights may exist, not in March 2026). False after a test failure.
    bool build(Database &db, BookingService &service);

    Flight a, b, c;
};

} // namespace kiosk::test
