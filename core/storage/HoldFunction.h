#pragma once

#include "FlightRepository.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/SeatCode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace kiosk {

class Database;

// What kiosk_hold_on_sale (PostgreSQL migrations 0012-0040) answered.
struct HoldCallResult {
    // Raced: another call took the reference or idempotency key at the same moment.
    // UnpaidLimit, RateLimit: the role's hold limits were reached (limit, limitUntilUtc).
    // NotOnSale: the flight's seats are not on sale yet (SalesHorizon).
    enum class Outcome {
        Held, Replayed, NoFlight, NotOnSale, Cancelled, Closed, Missing, Blocked, Taken, UnpaidLimit, RateLimit, Raced
    };
    Outcome outcome = Outcome::Held;
    // The flight as the call read it, with the server's clock (all but NoFlight and Raced); its
    // cut-off is the one row that applied (or the standard), as SalesCutoff::forFlight chooses.
    FlightForSale forSale;
    int closesMinutes = 0;
    qint64 bookingId = 0;          // Held: the new booking; Replayed: the earlier one
    QDateTime holdDeadlineUtc;     // Held only, from here on
    QDateTime createdUtc;
    QList<qint64> lineIds;         // in the order of the seats asked for
    QList<qint64> prices;
    QList<QChar> cabins;
    QStringList detail;            // Held: references of lapsed holds released; else seat codes
    int limit = 0;                 // UnpaidLimit, RateLimit: the limit reached
    QDateTime limitUntilUtc;       // when a hold is possible again; invalid if not known
    Role limitRole = Role::Kiosk;  // whose limit: on a terminal login the database decides
    QString countedLogin;          // the login whose holds were counted; empty: by terminal name
};

// The hold in one round trip on PostgreSQL, the flight's reading included (SeatHolder
// decides what each outcome means). Sales close at the flight's cut-off, `standardCloses`
// minutes before departure unless the airline or route has its own, by the server's clock.
class HoldFunction {
    Q_DECLARE_TR_FUNCTIONS(HoldFunction)
public:
    explicit HoldFunction(Database &db) : m_db(db) {}

    Result<HoldCallResult> call(qint64 flightId, const QList<SeatCode> &seats, const QStringList &passengerNames,
                                int ttlSeconds, int standardCloses, const QString &idempotencyKey,
                                const QString &reference, const Actor &actor);

    // The seats argument of kiosk_hold_on_sale: [{"code", "name", "search", "surname"}, ...].
    static QString seatsJson(const QList<SeatCode> &seats, const QStringList &passengerNames);

private:
    Database &m_db;
};

} // namespace kiosk
