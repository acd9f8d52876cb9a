#pragma once

#include "domain/Airport.h"
#include "domain/BookingState.h"
#include "domain/Flight.h"
#include "domain/Result.h"
#include "domain/Seat.h"

#include <QList>

namespace kiosk {

class Database;

// A flight as a schedule import sees it: the leg, who owns it and what flies it.
struct StoredLeg {
    Flight flight;
    bool cancelled = false;
    QString source;        // "demo", "ssim:XX", "feed:NAME"
    QString iataAircraft;  // empty for flights that did not come from a schedule
    QString configuration;
    bool seatsOpened = true; // false: not on sale yet, no seats (only fares)
    int layoutVersion = 0;   // the stored layout version its seats came from; 0: none (generated)

    QString legKey() const { return flight.key() + QLatin1Char('/') + flight.origin; }
};

// The aircraft an imported leg is stored with.
struct LegAircraft {
    QString layoutType;    // Flight::aircraft: the layout its seats came from
    QString iataType;
    QString configuration;
    bool generated = false;
    int layoutVersion = 0; // of the stored layout `layoutType`; 0: none (a generated layout)
};

// A seat row of a flight, locked while an import changes the aircraft.
struct StoredSeat {
    qint64 id = 0;
    SeatCode code;
    Cabin cabin = Cabin::Economy;
};

// A passenger whose booking line is active on a flight.
struct BookedPassenger {
    qint64 bookingId = 0;
    qint64 lineId = 0;
    QString reference;
    BookingState state = BookingState::SeatHeld;
    qint64 seatId = 0;
    SeatCode seat;
    Cabin cabin = Cabin::Economy;
    QString name;
    int boardingSequence = 0; // checked in with this boarding number; 0: not checked in
};

// The SQL of schedule imports: reading the legs of a period, adding, retiming,
// cancelling and re-equipping flights. The transaction and the rules are the caller's
// (core/schedule).
class ScheduleRepository {
public:
    explicit ScheduleRepository(Database &db) : m_db(db) {}

    // Every leg of `carrier` with a local departure date in first..last, any source,
    // locked against concurrent imports and holds for the rest of the transaction.
    Result<QList<StoredLeg>> legs(const QString &carrier, const QDate &first, const QDate &last);
    // An airport the database does not know yet; a known airport is left as it is (an
    // administrator's corrections stand).
    Status addAirportIfMissing(const Airport &airport);
    Status retime(qint64 flightId, const QDateTime &departureUtc, const QDateTime &arrivalUtc,
                  const QString &destination);
    Status setCancelled(qint64 flightId, bool cancelled);
    Status setAircraft(qint64 flightId, const LegAircraft &aircraft);

    Result<QList<StoredSeat>> lockSeats(qint64 flightId);
    Result<QList<BookedPassenger>> passengers(qint64 flightId);
    // Moves active booking lines to other seats of the flight, all at once: a passenger may
    // take a seat another is leaving in the same change. Pairs of line id and seat id.
    Status moveLines(const QList<QPair<qint64, qint64>> &lineToSeat);

    // The ETag a feed source last answered with for `url`; empty if none or another URL.
    Result<QString> feedEtag(const QString &source, const QString &url);
    Status saveFeedEtag(const QString &source, const QString &url, const QString &etag);

private:
    Database &m_db;
};

} // namespace kiosk
