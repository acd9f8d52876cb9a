#pragma once

#include "auth/AccessControl.h"
#include "booking/SalesHorizon.h"
#include "domain/Actor.h"
#include "domain/Flight.h"
#include "domain/Result.h"
#include "storage/SaleOpening.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// One flight an agent opened on request.
struct OpenedFlight {
    Flight flight;
    qint64 seats = 0;          // seats made now; 0 when it was open already
    bool alreadyOpen = false;
    QDateTime openedAtUtc;
};

// Opens imported flights for sale (their seats made from their fares, SaleOpening): every
// flight that has entered the sales horizon (operations, as for imports: admins;
// `kioskctl open-sales` on a timer: Permission::OpenDueFlights), or one flight earlier on a
// customer's request (agents and up: Permission::OpenFlightsForSale). A thousand flights
// per transaction (a failure keeps the batches before it: they are whole); opening again
// changes nothing, and two openers at once make one set of seats.
class SalesOpener {
    Q_DECLARE_TR_FUNCTIONS(SalesOpener)
public:
    SalesOpener(Database &db, Actor actor, int batch = SaleOpening::StandardBatch)
        : m_db(db), m_actor(std::move(actor)), m_access(db), m_batch(batch)
    {
    }

    Result<OpenedSeats> openDue(const SalesHorizon &horizon = {});
    // A cancelled flight is not opened (nothing may be sold on it).
    Result<OpenedFlight> openFlight(const FlightRef &ref);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
    int m_batch; // flights per transaction
};

} // namespace kiosk
