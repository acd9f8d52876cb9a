#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/WaitlistEntry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kiosk {

class Database;

// A seat nobody holds and nobody blocked, as an offer would take it.
struct FreeSeat {
    qint64 id = 0;
    QString code;
    int row = 0;
    qint64 priceMinor = 0;
};

// The waitlist table (migration 0018) and the reads an offer decides on.
class WaitlistRepository {
    Q_DECLARE_TR_FUNCTIONS(WaitlistRepository)
public:
    explicit WaitlistRepository(Database &db) : m_db(db) {}

    // The new entry's id, or nothing when the address already waits for this flight and
    // cabin (the partial unique index; the caller rolls back).
    Result<std::optional<qint64>> insert(qint64 flightId, const WaitlistRequest &request, const Actor &actor);
    Result<WaitlistEntry> find(qint64 entryId);
    Result<QList<WaitlistEntry>> forFlight(qint64 flightId);
    // Inside a transaction: the flight's waiting entries in order of joining, locked.
    Result<QList<WaitlistEntry>> lockWaiting(qint64 flightId);
    // Inside a transaction on PostgreSQL: one offer maker per flight until the commit
    // (SQLite's write transaction is the lock already).
    Status lockFlight(qint64 flightId);
    // How many seats the flight has in the cabin at all.
    Result<int> seatsInCabin(qint64 flightId, QChar cabin);
    // The seats of the cabin free now, rows with the most free seats first.
    Result<QList<FreeSeat>> freeSeats(qint64 flightId, QChar cabin);
    // Flights with someone waiting: all of them, or those of these bookings.
    Result<QList<qint64>> flightsWaiting();
    Result<QList<qint64>> flightsWaitingFor(const QStringList &references);
    // Guarded: false when the entry is no longer waiting (left: waiting or offered). On
    // PostgreSQL through the checked functions of migration 0028.
    Result<bool> markOffered(qint64 entryId, qint64 bookingId);
    Result<bool> markLeft(qint64 entryId);
    // A waitlist offer (SEAT_HELD, made by the waitlist) becomes `actor`'s own booking;
    // `surname` is the traveller's proof (a kiosk login must give it on PostgreSQL).
    Result<bool> handOver(qint64 bookingId, const Actor &actor, const QString &surname);

    Result<int> offerSeconds();
    Status setOfferSeconds(int seconds);

    // The name offers are made under (bookings.terminal and actor).
    static QString offerTerminal() { return QStringLiteral("waitlist"); }

private:
    Result<QList<WaitlistEntry>> select(const QString &where, const QVariant &value, const QString &what,
                                        const QString &suffix = QString());

    Database &m_db;
};

} // namespace kiosk
