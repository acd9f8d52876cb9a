#include "ScheduleReconciler.h"

#include "AirportDirectory.h"
#include "EquipmentChange.h"
#include "demo/DemoDataGenerator.h"
#include "storage/BookingRepository.h"
#include "storage/DisruptionRepository.h"
#include "storage/LegWriter.h"

#include <QHash>

#include <algorithm>

namespace kiosk {

namespace {

// Schedules carry no fares: new flights are priced by the demo fare rule (distance and
// cabin) at nominal parity in the import's currency, with the distance estimated from
// the block time (30 minutes on the ground, then about 800 km/h).
int distanceFromBlockMinutes(qint64 minutes)
{
    return int(qMax<qint64>(150, (minutes - 30) * 13));
}

QString minutesText(qint64 minutes)
{
    return QStringLiteral("%1%2 min").arg(minutes >= 0 ? QStringLiteral("+") : QString()).arg(minutes);
}

// A station the import meets for the first time: from the compiled-in list, else named
// by its code in the fixed zone of the schedule's UTC variation (no daylight saving known).
Airport stationOf(const QString &iata, int utcOffsetMinutes)
{
    if (auto known = AirportDirectory::builtIn().find(iata))
        return *known;
    const int hours = qAbs(utcOffsetMinutes) / 60, minutes = qAbs(utcOffsetMinutes) % 60;
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(utcOffsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(hours, 2, 10, QLatin1Char('0'))
                             .arg(minutes, 2, 10, QLatin1Char('0'));
    return Airport{iata, iata, iata, QStringLiteral(""), zone}; // country unknown (an empty text, not NULL)
}

QString utcText(const QDateTime &utc)
{
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
}

// New legs per batch: a thousand flights and their fares are a few multi-row INSERTs.
constexpr qsizetype AddedBatch = 1000;

Seat seatOf(const SeatTemplate &layoutSeat)
{
    Seat seat;
    seat.code = layoutSeat.code;
    seat.cabin = layoutSeat.cabin;
    seat.features = layoutSeat.features;
    seat.deck = layoutSeat.deck;
    return seat;
}

} // namespace

QString ScheduleReconciler::currencyOf(const ScheduledLeg &leg) const
{
    return leg.fares.isEmpty() ? m_options.currency : leg.fares.first().currency();
}

Money ScheduleReconciler::fareOf(const ScheduledLeg &leg, Cabin cabin, bool extraLegroom) const
{
    if (leg.fares.contains(cabin))
        return leg.fares.value(cabin);
    const qint64 block = leg.flight.departureUtc.secsTo(leg.flight.arrivalUtc) / 60;
    return DemoDataGenerator::fare(currencyOf(leg), 100, distanceFromBlockMinutes(block), cabin, extraLegroom, 100);
}

Status ScheduleReconciler::apply(const QString &source, const QList<ScheduledLeg> &legs, std::pair<QDate, QDate> covered)
{
    m_source = source;
    if (legs.isEmpty())
        return Done{};
    QDate first = legs.first().flight.departureDate, last = first;
    for (const ScheduledLeg &leg : legs) {
        first = qMin(first, leg.flight.departureDate);
        last = qMax(last, leg.flight.departureDate);
    }
    if (covered.first.isValid() && covered.second.isValid()) {
        first = qMin(first, covered.first);
        last = qMax(last, covered.second);
    }
    const QString carrier = legs.first().flight.carrier;
    auto stored = ScheduleRepository(m_db).legs(carrier, first, last);
    if (!stored)
        return stored.error();
    QHash<QString, const StoredLeg *> storedByKey;
    for (const StoredLeg &leg : std::as_const(*stored))
        storedByKey.insert(leg.legKey(), &leg);

    QSet<QString> scheduled;
    for (const ScheduledLeg &leg : legs) {
        const QString key = leg.legKey();
        scheduled.insert(key);
        const StoredLeg *existing = storedByKey.value(key);
        if (auto compared = compare(leg, existing); !compared)
            return compared;
        if (m_legCompared && !m_legCompared())
            return importStopped();
    }
    for (const StoredLeg &leg : std::as_const(*stored)) {
        if (leg.source == m_source && !leg.cancelled && !scheduled.contains(leg.legKey())) {
            if (auto cancelled = cancel(leg, cancelledBySchedule()); !cancelled)
                return cancelled;
        }
    }
    return flushAdded();
}

Status ScheduleReconciler::compare(const ScheduledLeg &leg, const StoredLeg *existing)
{
    if (existing && existing->source != m_source) {
        m_summary.conflicts << QStringLiteral("%1 is owned by %2; not changed").arg(leg.legKey(), existing->source);
        return Done{};
    }
    if (leg.cancelled) { // a feed says so: cancel what is stored, add nothing
        if (existing && !existing->cancelled)
            return cancel(*existing, cancelledBySchedule());
        ++m_summary.unchanged;
        return Done{};
    }
    if (auto ensured = ensureAirports(leg); !ensured)
        return ensured;
    return existing ? update(*existing, leg) : add(leg);
}

Status ScheduleReconciler::ensureAirports(const ScheduledLeg &leg)
{
    ScheduleRepository schedule(m_db);
    const std::pair<QString, int> stations[] = {{leg.flight.origin, leg.originUtcOffsetMinutes},
                                                {leg.flight.destination, leg.destinationUtcOffsetMinutes}};
    for (const auto &[iata, offset] : stations) {
        if (m_airports.contains(iata))
            continue;
        if (auto added = schedule.addAirportIfMissing(stationOf(iata, offset)); !added)
            return added;
        m_airports.insert(iata);
    }
    return Done{};
}

QList<ClassFare> ScheduleReconciler::faresOf(const ScheduledLeg &leg, const ChosenLayout &chosen, qint64 flightId) const
{
    QList<ClassFare> fares;
    for (const SeatTemplate &seat : chosen.seats) {
        const bool extraLegroom = seat.features.testFlag(SeatFeature::ExtraLegroom);
        const bool known = std::any_of(fares.cbegin(), fares.cend(), [&](const ClassFare &fare) {
            return fare.cabin == seat.cabin && fare.extraLegroom == extraLegroom;
        });
        if (!known)
            fares.append({flightId, chosen.key, seat.cabin, extraLegroom, fareOf(leg, seat.cabin, extraLegroom)});
    }
    return fares;
}

QList<Seat> ScheduleReconciler::pricedSeats(const ScheduledLeg &leg, const ChosenLayout &chosen) const
{
    QList<Seat> seats;
    seats.reserve(chosen.seats.size());
    for (const SeatTemplate &layoutSeat : chosen.seats) {
        Seat seat = seatOf(layoutSeat);
        seat.price = fareOf(leg, seat.cabin, seat.features.testFlag(SeatFeature::ExtraLegroom));
        seats << seat;
    }
    return seats;
}

Status ScheduleReconciler::add(const ScheduledLeg &leg)
{
    m_added << leg;
    ++m_summary.added;
    return m_added.size() < AddedBatch ? Status(Done{}) : flushAdded();
}

Status ScheduleReconciler::storeLayout(const ChosenLayout &chosen)
{
    if (m_storedLayouts.contains(chosen.key))
        return Done{};
    QList<Seat> seats;
    for (const SeatTemplate &layoutSeat : chosen.seats)
        seats << seatOf(layoutSeat);
    if (auto stored = LegWriter(m_db).storeLayout(chosen.key, seats); !stored)
        return stored;
    m_storedLayouts.insert(chosen.key);
    return Done{};
}

Status ScheduleReconciler::flushAdded()
{
    if (m_added.isEmpty())
        return Done{};
    QList<NewFlight> flights;
    QList<ChosenLayout> layouts;
    for (const ScheduledLeg &leg : std::as_const(m_added)) {
        auto chosen = m_layouts.choose(leg.aircraftType, leg.configuration);
        if (!chosen)
            return chosen.error();
        if (auto stored = storeLayout(*chosen); !stored)
            return stored;
        Flight flight = leg.flight;
        flight.currency = currencyOf(leg);
        flight.aircraft = chosen->layout.type();
        flights.append({flight, FlightOrigin{m_source, leg.aircraftType, leg.configuration, chosen->generated,
                                             chosen->version}});
        layouts << *chosen;
    }
    auto ids = LegWriter(m_db).insertFlights(flights);
    if (!ids)
        return ids.error();
    // Fares only: the seats are made when a flight opens for sale (the import opens those
    // inside the horizon at its end).
    QList<ClassFare> fares;
    for (qsizetype i = 0; i < m_added.size(); ++i)
        fares << faresOf(m_added.at(i), layouts.at(i), ids->at(i));
    if (auto priced = LegWriter(m_db).insertFares(fares); !priced)
        return priced;
    m_added.clear();
    return Done{};
}

Status ScheduleReconciler::update(const StoredLeg &stored, const ScheduledLeg &leg)
{
    ScheduleRepository schedule(m_db);
    bool changed = false;
    if (stored.cancelled) {
        if (auto reinstated = schedule.setCancelled(stored.flight.id, false); !reinstated)
            return reinstated;
        changed = true;
        noteChange(stored, LegChange::Kind::Reinstated, m_summary.disruptions);
    }
    const Flight &now = stored.flight, &next = leg.flight;
    if (now.departureUtc != next.departureUtc || now.arrivalUtc != next.arrivalUtc
        || now.destination != next.destination) {
        const int disruptionsBefore = m_summary.disruptions;
        if (auto retimed = schedule.retime(now.id, next.departureUtc, next.arrivalUtc, next.destination); !retimed)
            return retimed;
        changed = true;
        const qint64 departureShift = now.departureUtc.secsTo(next.departureUtc) / 60;
        const qint64 arrivalShift = now.arrivalUtc.secsTo(next.arrivalUtc) / 60;
        if (qMax(qAbs(departureShift), qAbs(arrivalShift)) > m_options.retimeThresholdMinutes
            || now.destination != next.destination) {
            const QString detail = QStringLiteral("retimed: departure %1 -> %2 (%3), arrival %4 -> %5 (%6)%7")
                                       .arg(utcText(now.departureUtc), utcText(next.departureUtc),
                                            minutesText(departureShift), utcText(now.arrivalUtc),
                                            utcText(next.arrivalUtc), minutesText(arrivalShift),
                                            now.destination != next.destination
                                                ? QStringLiteral(", now to %1 instead of %2").arg(next.destination, now.destination)
                                                : QString());
            Disruption retime;
            retime.kind = Disruption::Kind::Retimed;
            retime.detail = detail;
            retime.oldDepartureUtc = now.departureUtc;
            retime.oldArrivalUtc = now.arrivalUtc;
            if (now.destination != next.destination)
                retime.oldDestination = now.destination;
            if (auto recorded = disruptBookings(stored, retime); !recorded)
                return recorded;
        }
        LegChange &retimed = noteChange(stored, LegChange::Kind::Retimed, disruptionsBefore);
        retimed.departureBefore = now.departureUtc;
        retimed.departureAfter = next.departureUtc;
        if (now.destination != next.destination) {
            retimed.destinationBefore = now.destination;
            retimed.destinationAfter = next.destination;
        }
    }
    if (stored.iataAircraft != leg.aircraftType || stored.configuration != leg.configuration) {
        auto chosen = m_layouts.choose(leg.aircraftType, leg.configuration);
        if (!chosen)
            return chosen.error();
        const int disruptionsBefore = m_summary.disruptions;
        if (auto refitted = reequip(stored, leg, *chosen); !refitted)
            return refitted;
        changed = true;
        LegChange &reequipped = noteChange(stored, LegChange::Kind::Reequipped, disruptionsBefore);
        reequipped.aircraftBefore = QStringLiteral("%1 %2").arg(stored.iataAircraft, stored.configuration).trimmed();
        reequipped.aircraftAfter = QStringLiteral("%1 %2").arg(leg.aircraftType, leg.configuration).trimmed();
    }
    ++(changed ? m_summary.updated : m_summary.unchanged);
    return Done{};
}

Status ScheduleReconciler::changeAircraft(const QString &source, const StoredLeg &stored, const ScheduledLeg &leg,
                                          const ChosenLayout &chosen)
{
    m_source = source;
    if (auto refitted = reequip(stored, leg, chosen); !refitted)
        return refitted;
    ++m_summary.updated;
    return Done{};
}

Status ScheduleReconciler::reequip(const StoredLeg &stored, const ScheduledLeg &leg, const ChosenLayout &chosen)
{
    if (auto layout = storeLayout(chosen); !layout)
        return layout;
    const LegAircraft aircraft{chosen.layout.type(), leg.aircraftType, leg.configuration, chosen.generated,
                               chosen.version};
    const QList<ClassFare> fares = faresOf(leg, chosen, stored.flight.id);
    if (auto priced = LegWriter(m_db).replaceFares(stored.flight.id, fares); !priced)
        return priced;
    // Not on sale yet: no seats to refit, nobody to move; it opens with the new aircraft.
    return stored.seatsOpened
        ? EquipmentChange(m_db, m_actor, m_source, m_summary).apply(stored, aircraft, pricedSeats(leg, chosen), fares)
        : ScheduleRepository(m_db).setAircraft(stored.flight.id, aircraft);
}

Status ScheduleReconciler::cancelFlight(const QString &source, const StoredLeg &stored, const QString &detail)
{
    m_source = source;
    return cancel(stored, detail);
}

Status ScheduleReconciler::cancel(const StoredLeg &stored, const QString &detail)
{
    if (auto cancelled = ScheduleRepository(m_db).setCancelled(stored.flight.id, true); !cancelled)
        return cancelled;
    ++m_summary.cancelled;
    Disruption cancellation;
    cancellation.kind = Disruption::Kind::Cancelled;
    cancellation.detail = detail;
    const int disruptionsBefore = m_summary.disruptions;
    if (auto disrupted = disruptBookings(stored, cancellation); !disrupted)
        return disrupted;
    noteChange(stored, LegChange::Kind::Cancelled, disruptionsBefore);
    return Done{};
}

LegChange &ScheduleReconciler::noteChange(const StoredLeg &stored, LegChange::Kind kind, int disruptionsBefore)
{
    LegChange change;
    change.flight = stored.flight.key();
    change.kind = kind;
    change.disruptions = m_summary.disruptions - disruptionsBefore;
    m_summary.changes << change;
    return m_summary.changes.last();
}

Status ScheduleReconciler::disruptBookings(const StoredLeg &stored, const Disruption &change)
{
    const Disruption::Kind kind = change.kind;
    const QString &detail = change.detail;
    auto passengers = ScheduleRepository(m_db).passengers(stored.flight.id);
    if (!passengers)
        return passengers.error();
    BookingRepository bookings(m_db);
    DisruptionRepository disruptions(m_db);
    QHash<qint64, int> checkedIn; // per booking: passengers holding a boarding pass for the old flight
    for (const BookedPassenger &p : std::as_const(*passengers))
        checkedIn[p.bookingId] += p.boardingSequence ? 1 : 0;
    QSet<qint64> done;
    for (const BookedPassenger &p : std::as_const(*passengers)) {
        if (done.contains(p.bookingId))
            continue;
        done.insert(p.bookingId);
        QString what = detail;
        if (const int boarding = checkedIn.value(p.bookingId))
            what += QStringLiteral("; %1 passenger(s) checked in").arg(boarding);
        // Nobody pays for or keeps a hold on a cancelled flight; a confirmed booking is the
        // agent's to rebook or refund. A payment in flight then finds its booking cancelled
        // and its authorization is voided (the payment saga's "confirmation impossible").
        const bool release = kind == Disruption::Kind::Cancelled
            && (p.state == BookingState::SeatHeld || p.state == BookingState::PaymentPending);
        if (release) {
            if (auto moved = bookings.transition(p.bookingId, p.state, BookingState::Cancelled, m_actor, detail); !moved)
                return moved;
            what += p.state == BookingState::SeatHeld ? QStringLiteral("; the hold was released")
                                                      : QStringLiteral("; the payment in progress was stopped and the "
                                                                       "booking cancelled");
        } else if (auto audited = bookings.note(p.bookingId, p.state, m_actor, detail); !audited) {
            return audited;
        }
        Disruption disruption = change;
        disruption.bookingId = p.bookingId;
        disruption.flightId = stored.flight.id;
        disruption.detail = what;
        disruption.source = m_source;
        if (auto recorded = disruptions.add(disruption); !recorded)
            return recorded;
        ++m_summary.disruptions;
    }
    if (!done.isEmpty() && !m_summary.flightsWithBookingsAffected.contains(stored.flight.key()))
        m_summary.flightsWithBookingsAffected << stored.flight.key();
    return Done{};
}

} // namespace kiosk
