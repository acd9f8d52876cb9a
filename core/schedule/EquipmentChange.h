#pragma once

#include "ImportSummary.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/LegWriter.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// Puts another aircraft on a stored flight inside the caller's transaction: seat rows
// whose code the new aircraft has are rewritten in place (a passenger on one stays on
// it), new seats are added, the rest removed (kept blocked while history points at
// them). Booked passengers are reseated by SeatReassignment; each move and each
// passenger left without a seat is audited on the booking, recorded as a disruption and
// listed in the summary's seatMoves (what a dry run shows).
class EquipmentChange {
    Q_DECLARE_TR_FUNCTIONS(EquipmentChange)
public:
    EquipmentChange(Database &db, const Actor &actor, const QString &source, ImportSummary &summary)
        : m_db(db), m_actor(actor), m_source(source), m_summary(summary)
    {
    }

    // `seats`: the new aircraft's seats, priced; `fares`: the flight's price of each class of
    // them, naming the stored layout (layout_seats) they come from.
    Status apply(const StoredLeg &stored, const LegAircraft &aircraft, const QList<Seat> &seats,
                 const QList<ClassFare> &fares);

private:
    Database &m_db;
    const Actor &m_actor;
    QString m_source;
    ImportSummary &m_summary;
};

} // namespace kiosk
