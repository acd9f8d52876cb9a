#include "EquipmentChange.h"

#include "SeatReassignment.h"
#include "storage/BookingRepository.h"
#include "storage/DisruptionRepository.h"

#include <QHash>

namespace kiosk {

Status EquipmentChange::apply(const StoredLeg &stored, const LegAircraft &aircraft, const QList<Seat> &seats,
                              const QList<ClassFare> &fares)
{
    ScheduleRepository schedule(m_db);
    LegWriter writer(m_db);
    const qint64 flightId = stored.flight.id;
    if (fares.isEmpty())
        return makeError(ErrorCode::Internal, tr("no seats for the new aircraft of %1").arg(stored.flight.key()));
    if (auto locked = schedule.lockSeats(flightId); !locked)
        return locked.error();
    auto passengers = schedule.passengers(flightId);
    if (!passengers)
        return passengers.error();

    QList<SeatTemplate> templates;
    for (const Seat &seat : seats)
        templates.append({seat.code, seat.cabin, seat.features, seat.deck, {}});
    const QList<SeatReassignment::Outcome> plan = SeatReassignment::plan(*passengers, templates);

    // Refit: same code in place, new codes added, the rest retired after the moves.
    if (auto refitted = writer.refitSeats(fares); !refitted)
        return refitted;
    if (auto changed = schedule.setAircraft(flightId, aircraft); !changed)
        return changed;
    auto refitted = schedule.lockSeats(flightId);
    if (!refitted)
        return refitted.error();
    QHash<QString, qint64> seatIdByCode;
    for (const StoredSeat &seat : std::as_const(*refitted))
        seatIdByCode.insert(seat.code.toString(), seat.id);

    QList<QPair<qint64, qint64>> moves;
    BookingRepository bookings(m_db);
    DisruptionRepository disruptions(m_db);
    for (const SeatReassignment::Outcome &outcome : plan) {
        const BookedPassenger &p = outcome.passenger;
        if (outcome.newSeat && !outcome.moved())
            continue;
        Disruption disruption;
        disruption.bookingId = p.bookingId;
        disruption.flightId = flightId;
        disruption.passengerName = p.name;
        disruption.oldSeat = p.seat.toString();
        disruption.source = m_source;
        QString note;
        if (outcome.newSeat) {
            moves.append({p.lineId, seatIdByCode.value(outcome.newSeat->toString())});
            disruption.kind = Disruption::Kind::SeatMoved;
            disruption.newSeat = outcome.newSeat->toString();
            disruption.detail = QStringLiteral("aircraft changed to %1: seat %2 moved to %3")
                                    .arg(aircraft.layoutType, disruption.oldSeat, disruption.newSeat);
        } else {
            disruption.kind = Disruption::Kind::NoSeat;
            disruption.detail = QStringLiteral("aircraft changed to %1: no free %2 seat for %3 (was %4); an agent "
                                               "must reseat, rebook or refund")
                                    .arg(aircraft.layoutType, cabinName(p.cabin), p.name, disruption.oldSeat);
        }
        // The boarding pass in the traveller's hand names the old seat.
        if (p.boardingSequence)
            disruption.detail += QStringLiteral("; %1 was checked in (boarding no. %2): the boarding pass must be "
                                                "printed again")
                                     .arg(p.name)
                                     .arg(p.boardingSequence);
        if (auto audited = bookings.note(p.bookingId, p.state, m_actor, disruption.detail); !audited)
            return audited;
        if (auto recorded = disruptions.add(disruption); !recorded)
            return recorded;
        m_summary.seatMoves.append({stored.flight.key(), p.reference, p.name, disruption.oldSeat, disruption.newSeat});
        ++m_summary.disruptions;
        if (!m_summary.flightsWithBookingsAffected.contains(stored.flight.key()))
            m_summary.flightsWithBookingsAffected << stored.flight.key();
    }
    if (auto moved = schedule.moveLines(moves); !moved)
        return moved;

    return writer.retireSeats(flightId, fares.first().layoutKey);
}

} // namespace kiosk
