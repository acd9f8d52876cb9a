#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QStringList>

namespace kiosk {

class BookingEvents;
class Database;

struct ExpiryReport {
    QStringList released; // references of the holds this call expired
};

// Releases every hold past its deadline, by the server clock, in short batches. Several
// terminals may run this at once: the guarded update lets exactly one of them expire each
// hold. Made for one call, as `actor` (a copy), which the audit rows name.
class HoldReleaser {
public:
    HoldReleaser(Database &db, BookingEvents &events, Actor actor)
        : m_db(db), m_events(events), m_actor(std::move(actor)) {}

    Result<ExpiryReport> releaseLapsed();

private:
    Database &m_db;
    BookingEvents &m_events;
    const Actor m_actor;
};

} // namespace kiosk
