#include "SeatHolder.h"

#include "BookingEvents.h"
#include "SalesHorizon.h"
#include "common/Logging.h"
#include "domain/BookingReference.h"
#include "domain/CheckInWindow.h"
#include "domain/InputLimits.h"
#include "domain/PassengerName.h"
#include "domain/SalesCutoff.h"
#include "storage/AccessLogRepository.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/HoldFunction.h"
#include "storage/HoldLimitRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

namespace {

Error blockedSeat(const SeatCode &code)
{
    return makeError(ErrorCode::SeatTaken, SeatHolder::tr("seat %1 is blocked and cannot be sold").arg(code.toString()),
                     {code.toString()});
}

Error takenSeats(const QStringList &codes, const QString &flightKey)
{
    return makeError(ErrorCode::SeatTaken,
                     SeatHolder::tr("seat %1 on %2 is already taken").arg(codes.join(QStringLiteral(", ")), flightKey),
                     codes);
}

Error missingSeats(QStringList codes, const QString &flightKey)
{
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return SeatCode::parse(a).value_or(SeatCode()) < SeatCode::parse(b).value_or(SeatCode());
    });
    return makeError(ErrorCode::NotFound,
                     SeatHolder::tr("flight %1 has no seat %2").arg(flightKey, codes.join(QStringLiteral(", "))), codes);
}

// A departed flight, or sales closed at the airline's cut-off (SalesCutoff), by the server's
// clock: a traveller buying later could not reach the gate.
Error closedError(const FlightForSale &forSale, const SalesCutoff &cutoff)
{
    const Flight &flight = forSale.flight;
    if (flight.departureUtc <= forSale.serverNowUtc)
        return makeError(ErrorCode::BadInput,
                         SeatHolder::tr("flight %1 departed at %2 UTC; its seats can no longer be sold")
                             .arg(flight.key(), flight.departureUtc.toString(Qt::ISODate)));
    return makeError(ErrorCode::WrongState,
                     SeatHolder::tr("flight %1 is closed for sale: sales closed at %2 UTC, %3 before departure; "
                                    "please ask at the airline's desk")
                         .arg(flight.key(), cutoff.closesAt(flight.departureUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              CheckInWindow::durationText(cutoff.closesMinutes)),
                     {QStringLiteral("sales_closed")});
}

QString passengerName(const HoldRequest &request, qsizetype index)
{
    return request.passengers.isEmpty() ? QStringLiteral("PASSENGER %1").arg(index + 1)
                                        : PassengerName::validate(request.passengers[index]).value();
}

} // namespace

Status SeatHolder::validate(const HoldRequest &request) const
{
    if (request.seats.isEmpty())
        return makeError(ErrorCode::BadInput, tr("no seats requested; name at least one seat, e.g. 12A"));
    if (request.seats.size() > HoldRequest::MaxSeats)
        return makeError(ErrorCode::BadInput, tr("%1 seats requested; one booking holds at most %2")
                                                  .arg(request.seats.size())
                                                  .arg(HoldRequest::MaxSeats));
    for (qsizetype i = 0; i < request.seats.size(); ++i) {
        if (!request.seats[i].isValid())
            return makeError(ErrorCode::BadInput, tr("seat number %1 is not valid").arg(i + 1));
        if (request.seats.indexOf(request.seats[i]) != i)
            return makeError(ErrorCode::BadInput,
                             tr("seat %1 is listed twice").arg(request.seats[i].toString()));
    }
    if (auto key = InputLimits::check(request.idempotencyKey, InputLimits::IdempotencyKey,
                                      QStringLiteral("the idempotency key"));
        !key)
        return key;
    if (!request.passengers.isEmpty() && request.passengers.size() != request.seats.size())
        return makeError(ErrorCode::BadInput, tr("%1 seats but %2 passenger names; give one name per seat")
                                                  .arg(request.seats.size())
                                                  .arg(request.passengers.size()));
    for (const QString &name : request.passengers) {
        if (auto valid = PassengerName::validate(name); !valid)
            return valid.error();
    }
    const int ttl = request.ttlSeconds.value_or(m_defaultTtl);
    if (ttl < HoldRequest::MinTtlSeconds || ttl > HoldRequest::MaxTtlSeconds)
        return makeError(ErrorCode::BadInput, tr("a hold lasts %1 to %2 seconds, not %3")
                                                  .arg(HoldRequest::MinTtlSeconds)
                                                  .arg(HoldRequest::MaxTtlSeconds)
                                                  .arg(ttl));
    return Done{};
}

// A retry with a known idempotency key gets the booking the first try made, whatever
// happened to it since; the same key for another request is refused.
Result<std::optional<Booking>> SeatHolder::replayed(const HoldRequest &request, const Flight &flight)
{
    if (request.idempotencyKey.isEmpty())
        return std::optional<Booking>();
    BookingRepository bookings(m_db);
    auto existing = bookings.findByIdempotencyKey(request.idempotencyKey);
    if (!existing || !existing->has_value())
        return existing;
    return replayOf(request, flight, **existing);
}

Result<std::optional<Booking>> SeatHolder::replayOf(const HoldRequest &request, const Flight &flight,
                                                    const Booking &earlier)
{
    QList<SeatCode> asked = request.seats;
    QList<SeatCode> held = earlier.seats();
    std::sort(asked.begin(), asked.end());
    std::sort(held.begin(), held.end());
    if (earlier.flightId != flight.id || asked != held)
        return makeError(ErrorCode::BadInput,
                         tr("idempotency key '%1' was already used for booking %2 with other seats")
                             .arg(request.idempotencyKey, earlier.reference));
    return std::optional<Booking>(earlier);
}

Result<Booking> SeatHolder::hold(const HoldRequest &request)
{
    if (auto valid = validate(request); !valid)
        return valid.error();
    // On PostgreSQL the hold's own call reads a flight named by its id; one named by its
    // designator (the desk, kioskctl) is looked up first.
    const bool oneCall = m_db.dialect().isPostgres();
    std::optional<FlightForSale> forSale;
    if (!oneCall || request.flight.id <= 0) {
        auto found = FlightRepository(m_db).findForSale(request.flight);
        if (!found)
            return found.error();
        if (!found->seatsOpenedAt.isValid())
            return SalesHorizon().notOnSale(found->flight);
        forSale = std::move(*found);
    }
    const qint64 flightId = forSale ? forSale->flight.id : request.flight.id;

    // A reference collision (1 in 887 million) or a racing retry with the same key: try again.
    for (int tries = 0; tries < 3; ++tries) {
        HoldAttempt attempt;
        auto booking = oneCall ? holdInOneCall(request, flightId, attempt) : holdInSteps(request, *forSale, attempt);
        if (attempt.raced)
            continue;
        if (attempt.earlier)
            return *attempt.earlier; // a hold made before the cut-off stays the traveller's
        if (booking) {
            for (const QString &reference : std::as_const(attempt.expired))
                Q_EMIT m_events.stateChanged(reference, BookingState::SeatHeld, BookingState::Expired);
            Q_EMIT m_events.stateChanged(booking->reference, BookingState::Initiated, BookingState::SeatHeld);
            Q_EMIT m_events.holdPlaced(booking->reference, booking->holdDeadlineUtc);
            qCInfo(lcBooking, "held %lld seat(s) on %s as %s", qlonglong(booking->seats().size()),
                   qUtf8Printable(booking->flightKey), qUtf8Printable(booking->reference)); // printf: cheaper than QDebug
            return booking;
        }
        return booking.error();
    }
    return makeError(ErrorCode::Busy, tr("could not create the booking; please try again"));
}

// SQLite: an earlier booking under the idempotency key, the cut-off by the server time read
// with the flight, then the transaction.
Result<Booking> SeatHolder::holdInSteps(const HoldRequest &request, const FlightForSale &forSale, HoldAttempt &attempt)
{
    auto again = replayed(request, forSale.flight);
    if (!again)
        return again.error();
    if (again->has_value()) {
        attempt.earlier = **again;
        return **again;
    }
    const Flight &flight = forSale.flight;
    const SalesCutoff cutoff = SalesCutoff::forFlight(forSale.cutoffs, flight.carrier, flight.origin, flight.destination);
    if (!cutoff.isOpen(flight.departureUtc, forSale.serverNowUtc))
        return closedError(forSale, cutoff);
    return holdOnce(request, flight, attempt);
}

// SQLite: the hold limits of the actor's role, counted inside the write transaction (one at
// a time on SQLite), as kiosk_hold_on_sale counts them on PostgreSQL.
Status SeatHolder::withinLimits()
{
    HoldLimitRepository repository(m_db);
    auto limits = repository.forRole(m_actor.role);
    if (!limits)
        return limits.error();
    if (!limits->maxUnpaidHolds && !limits->maxHoldsPerMinute)
        return Done{};
    auto holds = repository.holdsOf(m_actor.terminal);
    if (!holds)
        return holds.error();
    if (auto refusal = holdLimitRefusal(*limits, *holds, m_actor))
        return *refusal;
    return Done{};
}

// The access log's line for a refused hold, as kiosk_hold_on_sale writes it: "unpaid_limit 2".
void SeatHolder::auditRefusal(const Error &refusal)
{
    const QString detail = refusal.details.value(0) + QLatin1Char(' ') + refusal.details.value(1);
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("hold seats"), QString(),
                                                       QStringLiteral("denied"), detail);
        !logged)
        qCWarning(lcBooking) << "could not log a refused hold:" << logged.error().message;
}

Status SeatHolder::claimable(BookingRepository &bookings, const QList<LockedSeat> &locked, const QString &flightKey,
                             QStringList &expired)
{
    QList<qint64> seatIds;
    for (const LockedSeat &seat : locked) {
        // Blocked: sold by nobody, or only by an agent at the desk (SeatBlocker).
        if (seat.blocked && !(seat.deskOnly && salesChannelOf(m_actor.role) == SalesChannel::Desk))
            return blockedSeat(seat.code);
        seatIds << seat.id;
    }
    auto occupants = occupantsAfterLapsed(bookings, seatIds, expired);
    if (!occupants)
        return occupants.error();
    if (!occupants->isEmpty()) {
        QStringList taken;
        for (const LockedSeat &seat : locked) {
            const bool occupied = std::any_of(occupants->cbegin(), occupants->cend(),
                                              [&](const SeatOccupant &o) { return o.seatId == seat.id; });
            if (occupied)
                taken << seat.code.toString();
        }
        return takenSeats(taken, flightKey);
    }
    return Done{};
}

Result<QList<SeatOccupant>> SeatHolder::occupantsAfterLapsed(BookingRepository &bookings, const QList<qint64> &seatIds,
                                                             QStringList &expired)
{
    // Rule 3: a hold past its deadline is free to anyone; release it here, in this transaction.
    auto occupants = bookings.occupants(seatIds);
    if (!occupants)
        return occupants.error();
    bool released = false;
    for (const SeatOccupant &occupant : std::as_const(*occupants)) {
        if (!occupant.holdLapsed)
            continue;
        auto lapsed = bookings.findById(occupant.bookingId);
        auto done = bookings.transition(occupant.bookingId, BookingState::SeatHeld, BookingState::Expired, m_actor,
                                        QStringLiteral("hold deadline passed; released for a new hold"));
        if (!done && done.error().code != ErrorCode::WrongState)
            return done.error();
        if (done && lapsed)
            expired << lapsed->reference;
        released = true;
    }
    if (released)
        return bookings.occupants(seatIds); // whoever still sits there really does
    return occupants;
}

Result<Booking> SeatHolder::holdOnce(const HoldRequest &request, const Flight &flight, HoldAttempt &attempt)
{
    BookingRepository bookings(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // A schedule import cancelling the flight waits for this hold, or this hold for it.
    if (auto onSale = FlightRepository(m_db).lockForSale(flight); !onSale)
        return onSale.error();

    QList<SeatCode> codes = request.seats;
    std::sort(codes.begin(), codes.end());
    auto locked = bookings.lockSeats(flight.id, codes);
    if (!locked)
        return locked.error();
    if (locked->size() != codes.size()) {
        QStringList missing;
        for (const SeatCode &code : codes) {
            const bool found = std::any_of(locked->cbegin(), locked->cend(),
                                           [&](const LockedSeat &seat) { return seat.code == code; });
            if (!found)
                missing << code.toString();
        }
        return missingSeats(missing, flight.key());
    }

    // A retry racing the first try under the same key waited for the seat locks above; if
    // the first try committed meanwhile, answer with its booking instead of "seat taken".
    if (!request.idempotencyKey.isEmpty()) {
        auto first = bookings.findByIdempotencyKey(request.idempotencyKey);
        if (!first)
            return first.error();
        if (first->has_value()) {
            attempt.raced = true; // the next try replays it
            return makeError(ErrorCode::Busy, tr("idempotency key used meanwhile"));
        }
    }
    if (auto within = withinLimits(); !within) {
        transaction->rollback();
        auditRefusal(within.error());
        return within.error();
    }
    if (auto free = claimable(bookings, *locked, flight.key(), attempt.expired); !free)
        return free.error();

    NewBooking booking;
    booking.reference = BookingReference::generate().toString();
    booking.flightId = flight.id;
    booking.ttlSeconds = request.ttlSeconds.value_or(m_defaultTtl);
    booking.idempotencyKey = request.idempotencyKey;
    QList<NewBookingLine> lines;
    qint64 total = 0;
    for (qsizetype i = 0; i < request.seats.size(); ++i) {
        const auto seat = std::find_if(locked->cbegin(), locked->cend(),
                                       [&](const LockedSeat &s) { return s.code == request.seats[i]; });
        lines.append({seat->id, passengerName(request, i), seat->price.minorUnits()});
        total += seat->price.minorUnits();
    }
    booking.total = Money(total, flight.currency);

    auto bookingId = bookings.insertHeld(booking, lines, m_actor);
    if (!bookingId)
        return bookingId.error();
    if (!bookingId->has_value()) {
        attempt.raced = true;
        return makeError(ErrorCode::Busy, tr("booking reference or idempotency key taken meanwhile"));
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return bookings.findById(**bookingId);
}

Result<Booking> SeatHolder::holdInOneCall(const HoldRequest &request, qint64 flightId, HoldAttempt &attempt)
{
    QStringList names;
    for (qsizetype i = 0; i < request.seats.size(); ++i)
        names << passengerName(request, i);
    const QString reference = BookingReference::generate().toString();
    const int ttl = request.ttlSeconds.value_or(m_defaultTtl);
    auto answer = HoldFunction(m_db).call(flightId, request.seats, names, ttl, SalesCutoff::StandardClosesMinutes,
                                          request.idempotencyKey, reference, m_actor);
    if (!answer)
        return answer.error();
    const Flight &flight = answer->forSale.flight;
    using Outcome = HoldCallResult::Outcome;
    switch (answer->outcome) {
    case Outcome::Held:
        break;
    case Outcome::Replayed: {
        auto first = BookingRepository(m_db).findById(answer->bookingId);
        if (!first)
            return first.error();
        auto same = replayOf(request, flight, *first);
        if (!same)
            return same.error();
        attempt.earlier = *same;
        return *first;
    }
    case Outcome::Raced:
        attempt.raced = true;
        return makeError(ErrorCode::Busy, tr("booking reference or idempotency key taken meanwhile"));
    case Outcome::NoFlight:
        return makeError(ErrorCode::NotFound, tr("no flight with id %1").arg(flightId));
    case Outcome::NotOnSale:
        return SalesHorizon().notOnSale(flight);
    case Outcome::Cancelled:
        return FlightRepository::cancelledError(flight);
    case Outcome::Closed:
        return closedError(answer->forSale, SalesCutoff{answer->closesMinutes});
    case Outcome::Missing:
        return missingSeats(answer->detail, flight.key());
    case Outcome::Blocked:
        return blockedSeat(SeatCode::parse(answer->detail.value(0)).value_or(SeatCode()));
    case Outcome::Taken:
        return takenSeats(answer->detail, flight.key());
    case Outcome::UnpaidLimit: // audited by kiosk_hold_on_sale
        return unpaidLimitReached(Actor{m_actor.terminal, m_actor.name, answer->limitRole}, answer->limit,
                                  answer->limitUntilUtc, answer->countedLogin);
    case Outcome::RateLimit:
        return rateLimitReached(Actor{m_actor.terminal, m_actor.name, answer->limitRole}, answer->limit,
                                answer->limitUntilUtc, answer->countedLogin);
    }
    attempt.expired = answer->detail;

    // Everything a re-read would return is known here: the booking is built, not read back.
    Booking booking;
    booking.id = answer->bookingId;
    booking.reference = reference;
    booking.flightId = flight.id;
    booking.flightKey = flight.key();
    booking.state = BookingState::SeatHeld;
    booking.holdDeadlineUtc = answer->holdDeadlineUtc;
    booking.createdUtc = answer->createdUtc;
    booking.idempotencyKey = request.idempotencyKey;
    booking.terminal = m_actor.terminal;
    booking.createdBy = m_actor.name;
    qint64 total = 0;
    for (qsizetype i = 0; i < request.seats.size(); ++i) {
        const qint64 price = answer->prices.value(i);
        booking.passengers.append({names[i], request.seats[i], Money(price, flight.currency), true,
                                   cabinFromCode(answer->cabins.value(i)).value_or(Cabin::Economy),
                                   answer->lineIds.value(i)});
        total += price;
    }
    booking.total = Money(total, flight.currency);
    booking.captured = Money(0, flight.currency);
    booking.refunded = Money(0, flight.currency);
    return booking;
}

} // namespace kiosk
