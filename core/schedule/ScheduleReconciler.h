#pragma once

#include "ImportSummary.h"
#include "ScheduleLayouts.h"
#include "ScheduledLeg.h"
#include "domain/Actor.h"
#include "domain/Disruption.h"
#include "domain/Result.h"
#include "storage/LegWriter.h"
#include "storage/ScheduleRepository.h"

#include <QSet>

namespace kiosk {

class Database;

// Brings the stored flights of one source and carrier in line with a schedule, inside
// the caller's transaction, never blindly: within the dates the schedule covers, a new
// leg is added; a changed one is retimed, re-equipped (EquipmentChange) or reinstated;
// a leg the schedule no longer has is CANCELLED, never deleted — its holds and payments
// in progress are cancelled, confirmed bookings stay for an agent; a leg owned by
// another source is left alone and reported. Every booking a change touches (cancelled,
// retimed beyond the threshold, moved, left without a seat) gets a disruption row.
class ScheduleReconciler {
public:
    ScheduleReconciler(Database &db, const Actor &actor, const ImportOptions &options, ScheduleLayouts &layouts,
                       ImportSummary &summary)
        : m_db(db), m_actor(actor), m_options(options), m_layouts(layouts), m_summary(summary)
    {
    }

    // `legs` all of one carrier, each with a layout ScheduleLayouts can choose; the schedule
    // covers the local dates `covered` (a stored leg of the source on such a date that the
    // schedule lacks is cancelled), or when not given the dates of `legs`.
    Status apply(const QString &source, const QList<ScheduledLeg> &legs, std::pair<QDate, QDate> covered = {});
    // Called after each leg of apply() is compared; answering false stops it (importStopped()).
    void onEachLeg(std::function<bool()> compared) { m_legCompared = std::move(compared); }
    // One stored flight onto the aircraft `chosen` by an admin's decision (kioskctl
    // change-aircraft), exactly as a schedule's change of equipment: `leg` is the flight as
    // it stays, with the fare of each cabin it keeps (a cabin it did not have gets the fare
    // rule's); the disruptions name `source`.
    Status changeAircraft(const QString &source, const StoredLeg &stored, const ScheduledLeg &leg,
                          const ChosenLayout &chosen);

    // One stored flight cancelled by an admin's decision, exactly as a schedule drops a leg:
    // its holds end, every booking gets a disruption saying `detail`, naming `source`.
    Status cancelFlight(const QString &source, const StoredLeg &stored, const QString &detail);

private:
    // One leg of the schedule against the stored one of its key (nullptr: none).
    Status compare(const ScheduledLeg &leg, const StoredLeg *existing);
    // A new leg waits for the next batch: flights in multi-row INSERTs, then their seats
    // copied from the stored layouts inside the database (LegWriter).
    Status add(const ScheduledLeg &leg);
    Status flushAdded();
    // The layout's seats in layout_seats, once per import.
    Status storeLayout(const ChosenLayout &chosen);
    Status update(const StoredLeg &stored, const ScheduledLeg &leg);
    // The flight's fares and aircraft from `chosen`; its seats refitted and its passengers
    // reseated (EquipmentChange) if it is on sale.
    Status reequip(const StoredLeg &stored, const ScheduledLeg &leg, const ChosenLayout &chosen);
    Status cancel(const StoredLeg &stored, const QString &detail);
    // A change of `stored` in ImportSummary::changes, for the caller to describe; its
    // disruptions are those recorded since `disruptionsBefore`.
    LegChange &noteChange(const StoredLeg &stored, LegChange::Kind kind, int disruptionsBefore);
    QString cancelledBySchedule() const { return QStringLiteral("flight cancelled by schedule %1").arg(m_source); }
    Status ensureAirports(const ScheduledLeg &leg);
    // One disruption like `change` (its kind, detail and the flight before it) per booking.
    Status disruptBookings(const StoredLeg &stored, const Disruption &change);
    // The layout's seats with their prices on `leg` (what SeatReassignment plans with).
    QList<Seat> pricedSeats(const ScheduledLeg &leg, const ChosenLayout &chosen) const;
    // The feed's fare currency, else the import's.
    QString currencyOf(const ScheduledLeg &leg) const;
    // A seat's price on `leg`: the feed's fare for the cabin, else the fare rule's.
    Money fareOf(const ScheduledLeg &leg, Cabin cabin, bool extraLegroom) const;
    // The price of each class of seat (cabin, extra legroom) the layout has, on flight `flightId`.
    QList<ClassFare> faresOf(const ScheduledLeg &leg, const ChosenLayout &chosen, qint64 flightId) const;

    Database &m_db;
    const Actor &m_actor;
    const ImportOptions &m_options;
    ScheduleLayouts &m_layouts;
    ImportSummary &m_summary;
    QString m_source;
    QSet<QString> m_airports; // added or known during this import
    QList<ScheduledLeg> m_added; // waiting for flushAdded
    QSet<QString> m_storedLayouts;
    std::function<bool()> m_legCompared;
};

} // namespace kiosk
