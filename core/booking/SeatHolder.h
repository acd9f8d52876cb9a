#pragma once

#include "HoldRequest.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/Result.h"

namespace kiosk {

class BookingEvents;
class Database;
struct Flight;

// The hold transaction, the heart of "a seat is never sold twice" (architecture rules 1-3):
// lock the requested seat rows in a fixed order, expire lapsed holds on exactly those
// seats, check, insert, commit. The partial unique index is the last line of defence.
class SeatHolder {
public:
    SeatHolder(Database &db, BookingEvents &events, Actor actor, int defaultTtlSeconds)
        : m_db(db), m_events(events), m_actor(std::move(actor)), m_defaultTtl(defaultTtlSeconds) {}

    Result<Booking> hold(const HoldRequest &request);

private:
    Status validate(const HoldRequest &request) const;
    Result<Flight> bookableFlight(const FlightRef &ref);
    Result<std::optional<Booking>> replayed(const HoldRequest &request, const Flight &flight);
    Result<Booking> holdOnce(const HoldRequest &request, const Flight &flight, QStringList &expired);

    Database &m_db;
    BookingEvents &m_events;
    Actor m_actor;
    int m_defaultTtl;
};

} // namespace kiosk
