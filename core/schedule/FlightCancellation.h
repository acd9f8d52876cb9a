#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Flight.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// What cancelling a flight did (or, dry, would do).
struct FlightCancellationOutcome {
    Flight flight;
    bool dryRun = false;
    int bookingsAffected = 0; // each now has a disruption for an agent (Disruptions tab)
};

// Cancels one flight by an admin's decision (the Schedule tab), with the rules of a schedule
// that drops a leg: the same ScheduleReconciler, so holds and payments in progress end,
// confirmed bookings stay for an agent, and every booking gets a disruption (source
// "cancel-flight") and an audit row, all in one transaction with the access log. A dry run
// does all of it and rolls back: the confirmation can say how many bookings it touches.
// Refused, with nothing changed: a user below admin (Forbidden, in the access log), no
// reason (a dry run needs none), an unknown, cancelled or departed flight (ChangeableLeg).
class FlightCancellation {
    Q_DECLARE_TR_FUNCTIONS(FlightCancellation)
public:
    static constexpr const char *Source = "cancel-flight";

    FlightCancellation(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    Result<FlightCancellationOutcome> cancel(const FlightRef &flight, const QString &reason, bool dryRun);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
