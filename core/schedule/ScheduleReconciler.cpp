#include "ScheduleReconciler.h"

#include "AirportDirectory.h"
#include "EquipmentChange.h"
#include "demo/DemoDataGenerator.h"
#include "storage/BookingRepository.h"
#include "storage/DisruptionRepository.h"

#include <QHash>

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

} // namespace

QString ScheduleReconciler::currencyOf(const ScheduledLeg &leg) const
{
    return leg.fares.isEmpty() ? m_options.currency : leg.fares.first().currency();
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
        if (existing && existing->source != m_source) {
            m_summary.conflicts << QStringLiteral("%1 is owned by %2; not changed").arg(key, existing->source);
            continue;
        }
        if (leg.cancelled) { // a feed says so: cancel what is stored, add nothing
            if (existing && !existing->cancelled) {
                if (auto cancelled = cancel(*existing); !cancelled)
                    return cancelled;
            } else {
                ++m_summary.unchanged;
            }
            continue;
        }
        if (auto ensured = ensureAirports(leg); !ensured)
            return ensured;
        if (auto done = existing ? update(*existing, leg) : add(leg); !done)
            return done;
    }
    for (const StoredLeg &leg : std::as_const(*stored)) {
        if (leg.source == m_source && !leg.cancelled && !scheduled.contains(leg.legKey())) {
            if (auto cancelled = cancel(leg); !cancelled)
                return cancelled;
        }
    }
    return Done{};
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

Result<LegAircraft> ScheduleReconciler::aircraftFor(const ScheduledLeg &leg, QList<Seat> *seats)
{
    auto chosen = m_layouts.choose(leg.aircraftType, leg.configuration);
    if (!chosen)
        return chosen.error();
    if (seats) {
        const qint64 block = leg.flight.departureUtc.secsTo(leg.flight.arrivalUtc) / 60;
        const int distance = distanceFromBlockMinutes(block);
        seats->reserve(chosen->seats.size());
        for (const SeatTemplate &layoutSeat : chosen->seats) {
            Seat seat;
            seat.code = layoutSeat.code;
            seat.cabin = layoutSeat.cabin;
            seat.features = layoutSeat.features;
            seat.deck = layoutSeat.deck;
            seat.price = leg.fares.contains(seat.cabin)
                ? leg.fares.value(seat.cabin)
                : DemoDataGenerator::fare(currencyOf(leg), 100, distance, seat.cabin,
                                          seat.features.testFlag(SeatFeature::ExtraLegroom), 100);
            *seats << seat;
        }
    }
    return LegAircraft{chosen->layout.type(), leg.aircraftType, leg.configuration, chosen->generated};
}

Status ScheduleReconciler::add(const ScheduledLeg &leg)
{
    QList<Seat> seats;
    auto aircraft = aircraftFor(leg, &seats);
    if (!aircraft)
        return aircraft.error();
    Flight flight = leg.flight;
    flight.currency = currencyOf(leg);
    if (auto inserted = ScheduleRepository(m_db).insertLeg(flight, *aircraft, m_source, seats); !inserted)
        return inserted.error();
    ++m_summary.added;
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
    }
    const Flight &now = stored.flight, &next = leg.flight;
    if (now.departureUtc != next.departureUtc || now.arrivalUtc != next.arrivalUtc
        || now.destination != next.destination) {
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
    }
    if (stored.iataAircraft != leg.aircraftType || stored.configuration != leg.configuration) {
        QList<Seat> seats;
        auto aircraft = aircraftFor(leg, &seats);
        if (!aircraft)
            return aircraft.error();
        if (auto refitted = EquipmentChange(m_db, m_actor, m_source, m_summary).apply(stored, *aircraft, seats); !refitted)
            return refitted;
        changed = true;
    }
    ++(changed ? m_summary.updated : m_summary.unchanged);
    return Done{};
}

Status ScheduleReconciler::cancel(const StoredLeg &stored)
{
    if (auto cancelled = ScheduleRepository(m_db).setCancelled(stored.flight.id, true); !cancelled)
        return cancelled;
    ++m_summary.cancelled;
    Disruption cancellation;
    cancellation.kind = Disruption::Kind::Cancelled;
    cancellation.detail = QStringLiteral("flight cancelled by schedule %1").arg(m_source);
    return disruptBookings(stored, cancellation);
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
