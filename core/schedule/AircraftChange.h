#pragma once

#include "ImportSummary.h"
#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Flight.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// What a change of aircraft did (or, dry, would do).
struct AircraftChangeOutcome {
    Flight flight;           // as it was
    QString fromType;        // the layout it flew ("A320")
    QString toType;          // the layout it flies now ("A321neo")
    QString toName;          // "Airbus A321neo"
    int toVersion = 0;       // the layout's newest version, which the flight records
    bool dryRun = false;
    bool changed = false;    // false: it flies that layout already; nothing was done
    bool onSale = true;      // false: no seats yet, only its aircraft and fares changed
    QList<SeatMove> moves;   // passengers moved, or left without a seat for an agent
    int disruptions = 0;

    int moved() const;
    int withoutSeat() const;
};

// Puts one flight on the newest version of a layout (LayoutLibrary) by an admin's decision (kioskctl
// change-aircraft), with the rules of a schedule's change of equipment: the same
// ScheduleReconciler and EquipmentChange, so the same reseating (SeatReassignment), the
// same disruption and audit rows (source "change-aircraft") and the same notices to the
// travellers, in one transaction. The flight keeps its fare per cabin; a cabin new to it
// is priced by the fare rule of imports; free seats are re-priced with the surcharges.
// A dry run does all of it and rolls back. Refused, with nothing changed: a user below
// admin (Forbidden, in the access log), an unknown layout (BadInput, naming the known
// ones), an unknown flight (NotFound), a cancelled flight (WrongState), a departed one
// (BadInput). The layout the flight already has is no error: `changed` is false.
class AircraftChange {
    Q_DECLARE_TR_FUNCTIONS(AircraftChange)
public:
    static constexpr const char *Source = "change-aircraft";

    AircraftChange(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // `layout`: a layout's type ("A321neo") or IATA type code ("32Q").
    Result<AircraftChangeOutcome> change(const FlightRef &flight, const QString &layout, bool dryRun);

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
