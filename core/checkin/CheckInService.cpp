#include "CheckInService.h"

#include "BcbpEncoder.h"
#include "BcbpParser.h"
#include "BoardingPassIssuer.h"
#include "booking/BookingProof.h"
#include "common/Logging.h"
#include "domain/PassengerName.h"
#include "storage/BookingRepository.h"
#include "storage/CheckInRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace kiosk {

namespace {

Error cancelledFlight(const Flight &flight)
{
    return makeError(ErrorCode::WrongState,
                     CheckInService::tr("flight %1 is cancelled and cannot be checked in; please ask at the airline's desk")
                         .arg(flight.key()));
}

QString localTime(const QDateTime &utc, const QString &timeZone)
{
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    return QLocale::c().toString(local, QStringLiteral("ddd d MMM HH:mm")) + (zone.isValid() ? QString() : QStringLiteral(" UTC"));
}

Status windowAllowsCheckIn(const CheckInBooking &found)
{
    const Flight &flight = found.flight;
    const QDateTime opens = found.window.opensAt(flight.departureUtc);
    const QDateTime closes = found.window.closesAt(flight.departureUtc);
    if (found.serverNowUtc < opens)
        return makeError(ErrorCode::WrongState,
                         CheckInService::tr("check-in for %1 to %2 opens %3 before departure, at %4 local time")
                             .arg(flight.designator(), flight.destination, CheckInWindow::durationText(found.window.opensMinutes),
                                  localTime(opens, found.originTimeZone)));
    if (found.serverNowUtc >= closes)
        return makeError(ErrorCode::WrongState,
                         CheckInService::tr("check-in for %1 to %2 closed at %3 local time, %4 before departure; please "
                                            "ask at the airline's desk")
                             .arg(flight.designator(), flight.destination, localTime(closes, found.originTimeZone),
                                  CheckInWindow::durationText(found.window.closesMinutes)));
    return Done{};
}

Status bookingAllowsCheckIn(const Booking &booking)
{
    switch (booking.state) {
    case BookingState::Confirmed:
        return Done{};
    case BookingState::Cancelled:
    case BookingState::Refunded:
        return makeError(ErrorCode::WrongState,
                         CheckInService::tr("booking %1 was cancelled and cannot be checked in").arg(booking.reference));
    case BookingState::Expired:
        return makeError(ErrorCode::WrongState,
                         CheckInService::tr("booking %1 expired unpaid and cannot be checked in").arg(booking.reference));
    default:
        return makeError(ErrorCode::WrongState,
                         CheckInService::tr("booking %1 is not paid yet, so it cannot be checked in").arg(booking.reference));
    }
}

} // namespace

Result<CheckInBooking> CheckInService::find(const QString &reference, const QString &surname)
{
    if (PassengerName::searchKey(surname).isEmpty()) {
        // At the desk the agent has seen the passport: the reference is enough.
        if (AccessPolicy::allows(m_actor.role, Permission::LookUpBookings))
            return findMatching(reference, [](const Passenger &) { return true; }, QString());
        return makeError(ErrorCode::BadInput, tr("enter the surname of a passenger as it is on the booking"));
    }
    return findMatching(reference, [&](const Passenger &p) { return BookingProof::surnameMatches(p.name, surname); },
                        surname);
}

Result<CheckInBooking> CheckInService::findMatching(const QString &reference,
                                                    const std::function<bool(const Passenger &)> &matches,
                                                    const QString &shownSurname)
{
    auto booking = BookingProof(m_db, m_actor).proven(reference, matches, shownSurname);
    if (!booking)
        return booking.error();
    CheckInBooking found;
    for (const Passenger &p : std::as_const(booking->passengers)) {
        if (p.active)
            found.passengers.append({p, std::nullopt});
    }
    if (auto allowed = bookingAllowsCheckIn(*booking); !allowed)
        return allowed.error();

    FlightRepository flights(m_db);
    auto flight = flights.find(FlightRef::byId(booking->flightId));
    if (!flight)
        return flight.error();
    auto origin = flights.airport(flight->origin);
    if (!origin)
        return origin.error();
    CheckInRepository checkIns(m_db);
    auto window = checkIns.window(flight->carrier, flight->origin + QLatin1Char('-') + flight->destination);
    if (!window)
        return window.error();
    auto now = m_db.serverNow();
    if (!now)
        return now.error();
    QList<qint64> lines;
    for (const CheckInPassenger &p : std::as_const(found.passengers))
        lines << p.passenger.lineId;
    auto records = checkIns.forLines(lines);
    if (!records)
        return records.error();
    for (CheckInPassenger &p : found.passengers) {
        if (records->contains(p.passenger.lineId))
            p.sequence = records->value(p.passenger.lineId).sequence;
    }
    found.booking = std::move(booking).value();
    found.flight = *flight;
    found.originTimeZone = origin->timeZone;
    if (*window)
        found.window = CheckInWindow{(*window)->opensMinutes, (*window)->closesMinutes};
    found.serverNowUtc = *now;
    return found;
}

Result<QList<BoardingPass>> CheckInService::checkIn(const QString &reference, const QString &surname,
                                                    const QList<SeatCode> &seats)
{
    auto found = find(reference, surname);
    if (!found)
        return found.error();
    return issue(*found, seats, true);
}

Result<QList<BoardingPass>> CheckInService::boardingPasses(const QString &reference, const QString &surname,
                                                           const QList<SeatCode> &seats)
{
    auto found = find(reference, surname);
    if (!found)
        return found.error();
    return issue(*found, seats, false);
}

Result<QList<BoardingPass>> CheckInService::checkInByBarcode(const QString &bcbp)
{
    if (auto allowed = m_access.require(m_actor, Permission::CheckIn); !allowed)
        return allowed.error();
    auto scanned = BcbpParser::parse(bcbp);
    if (!scanned)
        return scanned.error();
    const auto sameName = [&](const Passenger &p) {
        auto field = BcbpEncoder::nameField(p.name);
        return field && *field == scanned->passengerName;
    };
    auto found = findMatching(scanned->pnr, sameName, scanned->passengerName);
    if (!found)
        return found.error();
    const Flight &flight = found->flight;
    if (scanned->operatingCarrier != flight.carrier || scanned->flightNumber != flight.number
        || scanned->from != flight.origin || scanned->to != flight.destination
        || scanned->flightDayOfYear != flight.departureDate.dayOfYear())
        return makeError(ErrorCode::BadInput,
                         tr("this boarding pass is for %1%2 %3-%4 on day %5, not for booking %6's flight %7")
                             .arg(scanned->operatingCarrier)
                             .arg(scanned->flightNumber)
                             .arg(scanned->from, scanned->to)
                             .arg(scanned->flightDayOfYear)
                             .arg(found->booking.reference, flight.key()));
    QList<SeatCode> seats;
    for (const CheckInPassenger &p : std::as_const(found->passengers)) {
        if (sameName(p.passenger))
            seats << p.passenger.seat;
    }
    if (seats.isEmpty()) // the named passenger's seat was given up
        return makeError(ErrorCode::WrongState, tr("%1 is no longer on booking %2")
                                                    .arg(scanned->passengerName, found->booking.reference));
    return issue(*found, seats, true);
}

Result<QList<BoardingPass>> CheckInService::issue(const CheckInBooking &found, const QList<SeatCode> &seats,
                                                  bool checkInMissing)
{
    const Booking &booking = found.booking;
    QList<CheckInPassenger> chosen;
    for (const SeatCode &seat : seats) {
        const auto it = std::find_if(found.passengers.cbegin(), found.passengers.cend(),
                                     [&](const CheckInPassenger &p) { return p.passenger.seat == seat; });
        if (it == found.passengers.cend())
            return makeError(ErrorCode::BadInput,
                             tr("booking %1 has no passenger in seat %2").arg(booking.reference, seat.toString()));
        chosen << *it;
    }
    if (seats.isEmpty())
        chosen = found.passengers;
    // Not even a boarding pass printed again: it would only send someone to a gate.
    if (found.flight.cancelled)
        return cancelledFlight(found.flight);
    QList<CheckInPassenger> missing;
    for (const CheckInPassenger &p : std::as_const(chosen)) {
        // Refuse a name the barcode cannot carry before anything is written.
        if (auto name = BcbpEncoder::nameField(p.passenger.name); !name)
            return name.error();
        if (!p.sequence)
            missing << p;
    }
    if (!missing.isEmpty() && !checkInMissing)
        return makeError(ErrorCode::WrongState, tr("%1 in seat %2 is not checked in")
                                                    .arg(missing.first().passenger.name, missing.first().passenger.seat.toString()));
    if (!missing.isEmpty()) {
        if (auto open = windowAllowsCheckIn(found); !open)
            return open.error();
    }

    CheckInRepository checkIns(m_db);
    if (!missing.isEmpty()) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto state = checkIns.lockBookingState(booking.id);
        if (!state)
            return state.error();
        if (*state != bookingStateName(BookingState::Confirmed))
            return makeError(ErrorCode::WrongState, tr("booking %1 changed on another terminal (now %2)")
                                                        .arg(booking.reference, *state));
        // A schedule change that cancels the flight waits for this check-in, or it for that.
        if (auto flying = FlightRepository(m_db).lockForSale(found.flight); !flying)
            return flying.error().code != ErrorCode::BadInput ? flying.error() : cancelledFlight(found.flight);
        auto last = checkIns.lockSequence(found.flight.id);
        if (!last)
            return last.error();
        // Read again under the lock: another terminal may have checked them in meanwhile.
        QList<qint64> lines;
        for (const CheckInPassenger &p : std::as_const(missing))
            lines << p.passenger.lineId;
        auto already = checkIns.forLines(lines);
        if (!already)
            return already.error();
        int sequence = *last;
        BookingRepository bookings(m_db);
        for (const CheckInPassenger &p : std::as_const(missing)) {
            if (already->contains(p.passenger.lineId))
                continue;
            if (++sequence > 9999)
                return makeError(ErrorCode::Internal,
                                 tr("flight %1 has given out all 9999 boarding numbers").arg(found.flight.key()));
            if (auto stored = checkIns.insert(p.passenger.lineId, found.flight.id, sequence, m_actor); !stored)
                return stored.error();
            if (auto noted = bookings.note(booking.id, BookingState::Confirmed, m_actor,
                                           QStringLiteral("checked in %1 in %2, boarding number %3")
                                               .arg(p.passenger.name, p.passenger.seat.toString())
                                               .arg(sequence));
                !noted)
                return noted.error();
        }
        if (sequence != *last) {
            if (auto stored = checkIns.storeSequence(found.flight.id, sequence); !stored)
                return stored.error();
        }
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }

    QList<qint64> lines;
    for (const CheckInPassenger &p : std::as_const(chosen))
        lines << p.passenger.lineId;
    auto records = checkIns.forLines(lines);
    if (!records)
        return records.error();
    auto numericCode = checkIns.airlineNumericCode(found.flight.carrier);
    if (!numericCode)
        return numericCode.error();
    const BoardingPassIssuer issuer(*numericCode, found.serverNowUtc.date(), m_actor);
    QList<BoardingPass> passes;
    for (const CheckInPassenger &p : std::as_const(chosen)) {
        const CheckInRecord record = records->value(p.passenger.lineId);
        if (record.sequence == 0)
            return makeError(ErrorCode::WrongState, tr("%1 was offloaded on another terminal meanwhile")
                                                        .arg(p.passenger.name));
        auto pass = issuer.issue(found, p.passenger, record.sequence, record.atUtc, !p.sequence);
        if (!pass)
            return pass.error();
        passes << *pass;
        if (!p.sequence)
            qCInfo(lcBooking) << "checked in" << booking.reference << p.passenger.seat.toString() << "boarding number"
                              << record.sequence;
    }
    return passes;
}

Status CheckInService::offload(const QString &reference, const SeatCode &seat, const QString &reason)
{
    if (auto allowed = m_access.require(m_actor, Permission::Offload, reference.trimmed().toUpper()); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::BadInput, tr("an offload needs a reason for the audit trail"));
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    const auto passenger = std::find_if(booking->passengers.cbegin(), booking->passengers.cend(),
                                        [&](const Passenger &p) { return p.active && p.seat == seat; });
    if (passenger == booking->passengers.cend())
        return makeError(ErrorCode::BadInput,
                         tr("booking %1 has no passenger in seat %2").arg(booking->reference, seat.toString()));
    CheckInRepository checkIns(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto state = checkIns.lockBookingState(booking->id); !state)
        return state.error();
    auto records = checkIns.forLines({passenger->lineId});
    if (!records)
        return records.error();
    auto removed = checkIns.remove(passenger->lineId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return makeError(ErrorCode::WrongState,
                         tr("%1 in seat %2 is not checked in").arg(passenger->name, seat.toString()));
    if (auto noted = bookings.note(booking->id, booking->state, m_actor,
                                   QStringLiteral("offloaded %1 from %2 (boarding number %3): %4")
                                       .arg(passenger->name, seat.toString())
                                       .arg(records->value(passenger->lineId).sequence)
                                       .arg(reason.trimmed()));
        !noted)
        return noted.error();
    if (auto committed = transaction->commit(); !committed)
        return committed;
    qCInfo(lcBooking) << "offloaded" << booking->reference << seat.toString();
    return Done{};
}

} // namespace kiosk
