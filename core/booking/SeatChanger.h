#pragma once

#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class BookingEvents;
class Database;
// Moves one passenger of a confirmed booking to another seat of the same cabin (the fare
// paid stays). One transaction locks both seat rows in id order, checks the new seat like
// a hold does (blocked, occupied, a lapsed hold released), and moves the booking line in
// place: the new seat is taken and the old one released together, or nothing changes.
class SeatChanger {
    Q_DECLARE_TR_FUNCTIONS(SeatChanger)
public:
    // Made for one operation, as `actor` (a copy: who signs in meanwhile changes nothing).
    SeatChanger(Database &db, BookingEvents &events, Actor actor)
        : m_db(db), m_events(events), m_actor(std::move(actor)) {}

    Result<Booking> change(const Booking &booking, const SeatCode &from, const SeatCode &to);

private:
    Database &m_db;
    BookingEvents &m_events;
    const Actor m_actor;
};

} // namespace kiosk
