#pragma once

#include "domain/Result.h"
#include "domain/WaitlistEntry.h"

#include <QCoreApplication>
#include <QStringList>

namespace kiosk {

class BookingEvents;
class Database;

// Turns free seats into waitlist offers, exactly once however many terminals try at the
// same moment: one transaction per flight under a per-flight lock (PostgreSQL advisory
// lock; SQLite's single writer), entries taken in order of joining, an entry that does not
// fit skipped without losing its place, each offer an ordinary SEAT_HELD booking under the
// idempotency key "waitlist-offer-<entry id>" whose seats are locked and re-checked like a
// hold's. The database writes the traveller's e-mail in the same transaction (outbox kind
// waitlist_offer). Run after every commit that frees seats (BookingService does) and by
// the dispatcher's sweep for what no terminal saw (a lapsed hold nobody expired, a seat
// unblocked, one passenger cancelled).
class WaitlistOfferer {
    Q_DECLARE_TR_FUNCTIONS(WaitlistOfferer)
public:
    WaitlistOfferer(Database &db, BookingEvents *events = nullptr) : m_db(db), m_events(events) {}

    // Offers on the flights of these bookings (just expired or cancelled) that have
    // someone waiting; one statement when nobody waits.
    Result<QList<WaitlistOffer>> offerAfterRelease(const QStringList &references);
    Result<QList<WaitlistOffer>> offerOnFlight(qint64 flightId);
    // Every flight with someone waiting.
    Result<QList<WaitlistOffer>> sweep();

private:
    Result<QList<WaitlistOffer>> offerOnFlights(const QList<qint64> &flightIds);

    Database &m_db;
    BookingEvents *m_events;
};

} // namespace kiosk
