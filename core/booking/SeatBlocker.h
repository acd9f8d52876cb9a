#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Flight.h"
#include "domain/Result.h"
#include "domain/SeatCode.h"

#include <QCoreApplication>

namespace kiosk {

class BookingEvents;
class Database;

struct SeatBlockRequest {
    QList<SeatCode> seats;
    QString reason;        // required: why (a broken seat, kept for a passenger in a wheelchair)
    bool deskOnly = false; // kept for the desk: agents there still sell it, the kiosk never
};

// Takes seats out of sale, or keeps them for the desk, and gives them back (kioskctl
// block/unblock, issue 18). An agent's right (Permission::BlockSeats; a refusal is in the
// access log); every block and unblock is in the access log too, with who, where and why.
// A seat held or sold is not blocked: the refusal names the booking (move that passenger
// first). A block locks the seat rows as a hold does (rule 1), so of a hold and a block
// racing for one seat exactly one wins. Bad input changes nothing (rule 8).
class SeatBlocker {
    Q_DECLARE_TR_FUNCTIONS(SeatBlocker)
public:
    // Made for one operation, as `actor`.
    SeatBlocker(Database &db, BookingEvents &events, Actor actor)
        : m_db(db), m_events(events), m_actor(std::move(actor)), m_access(db) {}

    // Blocking a seat already blocked replaces its reason and channel. Returns the flight.
    Result<Flight> block(const FlightRef &flight, const SeatBlockRequest &request);
    // Every seat must be blocked (WrongState otherwise, nothing changed).
    Result<Flight> unblock(const FlightRef &flight, const QList<SeatCode> &seats);

private:
    enum class Change { Block, Unblock };
    Result<Flight> apply(const FlightRef &ref, QList<SeatCode> seats, Change change, const SeatBlockRequest &request);

    Database &m_db;
    BookingEvents &m_events;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
