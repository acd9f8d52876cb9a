#pragma once

#include "domain/Result.h"
#include "domain/SeatCode.h"

#include <QString>
#include <QStringList>

namespace kiosk {
class Database;
}

namespace kiosk::bench {

// The benchmark's data: `flights` flights of 30 rows x ABCDEF. Seat number n (0, 1, 2, ...)
// is flight firstFlightId + n / 180, row (n % 180) / 6 + 1, letter "ABCDEF"[n % 6]; the
// pgbench script computes exactly the same mapping, so both sides sell seats in the same
// order and no two workers ever ask for the same seat.
constexpr int RowsPerFlight = 30;
constexpr int SeatsPerRow = 6;
constexpr int SeatsPerFlight = RowsPerFlight * SeatsPerRow;
constexpr qint64 SeatPriceMinor = 4900;

struct SeatSlot {
    qint64 flightId = 0;
    SeatCode code;
};
SeatSlot seatSlot(qint64 firstFlightId, qint64 n);

// A fresh schema in the cluster behind `adminUrl`, and the URL that reaches it (libpq
// `options=-csearch_path=...`), usable by the Database class and by pgbench alike.
Result<QString> createSchema(const QString &adminUrl, const QString &schema);
QString schemaUrl(const QString &adminUrl, const QString &schema);
// Drops the schema and every role made for it: its login classes and any logins in them.
Status dropSchema(const QString &adminUrl, const QString &schema);

// A kiosk-class login per name for the migrated `schema` behind `owner`, named
// <schema>_login_<name> so dropSchema drops them, and the URL each connects with (`url`, the
// schema's, with the login as its user): how terminals are deployed (docs/operations.md).
Result<QStringList> kioskLoginUrls(Database &owner, const QString &url, const QString &schema,
                                   const QStringList &names);

// Migrates the (empty) schema and inserts the airports and flights through the core's
// repositories, in one transaction. Returns the first flight id (ids are consecutive).
Result<qint64> loadFlights(Database &db, int flights);

// What the database says after a run, read behind the service's back.
struct InvariantReport {
    qint64 confirmed = 0;                 // CONFIRMED bookings
    qint64 open = 0;                      // SEAT_HELD or PAYMENT_PENDING: unfinished
    qint64 doubleBookedSeats = 0;         // seats with more than one active booking line
    qint64 confirmedWithoutCapture = 0;   // CONFIRMED but no CAPTURED payment for the full amount
    qint64 confirmedWithBadAudit = 0;     // CONFIRMED without exactly the 3 audit rows of the flow
    qint64 confirmedWithoutActiveSeat = 0;// CONFIRMED but no active booking line

    qint64 violations() const
    {
        return doubleBookedSeats + confirmedWithoutCapture + confirmedWithBadAudit + confirmedWithoutActiveSeat;
    }
};
Result<InvariantReport> checkInvariants(Database &db);

} // namespace kiosk::bench
