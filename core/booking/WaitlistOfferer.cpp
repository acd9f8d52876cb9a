#include "WaitlistOfferer.h"

#include "BookingEvents.h"
#include "common/Logging.h"
#include "domain/BookingReference.h"
#include "domain/SalesCutoff.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"
#include "storage/WaitlistRepository.h"

#include <algorithm>

namespace kiosk {

namespace {

// Tries of one flight's offer transaction: a kiosk holding a chosen seat at the same
// moment, or a reference collision, rolls it back and it starts again.
constexpr int MaxTries = 3;

// What one attempt decided; `retry` when the transaction had to be given up.
struct Attempt {
    QList<WaitlistOffer> offers;
    bool retry = false;
};

Actor offerActor()
{
    return Actor{WaitlistRepository::offerTerminal(), WaitlistRepository::offerTerminal(), Role::Kiosk};
}

QList<SeatCode> codesOf(const QList<FreeSeat> &seats)
{
    QList<SeatCode> codes;
    for (const FreeSeat &seat : seats) {
        if (auto code = SeatCode::parse(seat.code))
            codes << *code;
    }
    return codes;
}

// The first `count` seats of `pool` that are still free once locked (a kiosk may have held
// one since the pool was read); the taken ones leave the pool. Empty if too few remain.
Result<QList<FreeSeat>> lockFreeSeats(BookingRepository &bookings, qint64 flightId, QList<FreeSeat> &pool, int count)
{
    while (pool.size() >= count) {
        const QList<FreeSeat> chosen = pool.mid(0, count);
        auto locked = bookings.lockSeats(flightId, codesOf(chosen));
        if (!locked)
            return locked.error();
        QList<qint64> ids;
        for (const FreeSeat &seat : chosen)
            ids << seat.id;
        auto occupants = bookings.occupants(ids);
        if (!occupants)
            return occupants.error();
        if (occupants->isEmpty())
            return chosen;
        pool.removeIf([&](const FreeSeat &seat) {
            return std::any_of(occupants->cbegin(), occupants->cend(),
                               [&](const SeatOccupant &o) { return o.seatId == seat.id; });
        });
    }
    return QList<FreeSeat>();
}

Result<Attempt> offerOnce(Database &db, qint64 flightId)
{
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    WaitlistRepository waitlist(db);
    if (auto locked = waitlist.lockFlight(flightId); !locked)
        return locked.error();
    auto waiting = waitlist.lockWaiting(flightId);
    if (!waiting)
        return waiting.error();
    if (waiting->isEmpty())
        return Attempt{};
    auto forSale = FlightRepository(db).findForSale(FlightRef::byId(flightId));
    if (!forSale)
        return forSale.error();
    const Flight &flight = forSale->flight;
    const SalesCutoff cutoff = SalesCutoff::forFlight(forSale->cutoffs, flight.carrier, flight.origin, flight.destination);
    const qint64 secondsOnSale = forSale->serverNowUtc.secsTo(cutoff.closesAt(flight.departureUtc));
    // A flight no longer sold makes no offers; its entries stay as they are for the record.
    if (flight.cancelled || secondsOnSale <= 0)
        return Attempt{};
    auto offerSeconds = waitlist.offerSeconds();
    if (!offerSeconds)
        return offerSeconds.error();

    BookingRepository bookings(db);
    QHash<QChar, QList<FreeSeat>> pools;
    Attempt attempt;
    for (const WaitlistEntry &entry : std::as_const(*waiting)) {
        if (!pools.contains(entry.cabin)) {
            auto free = waitlist.freeSeats(flightId, entry.cabin);
            if (!free)
                return free.error();
            pools.insert(entry.cabin, *free);
        }
        QList<FreeSeat> &pool = pools[entry.cabin];
        // Too few seats for this party: it keeps its place and a smaller party behind it may fit.
        auto seats = lockFreeSeats(bookings, flightId, pool, entry.seats());
        if (!seats)
            return seats.error();
        if (seats->isEmpty())
            continue;

        NewBooking booking;
        booking.reference = BookingReference::generate().toString();
        booking.flightId = flightId;
        // The offer never outlives the sale: it ends at the cut-off at the latest.
        booking.ttlSeconds = int(std::min<qint64>(*offerSeconds, secondsOnSale));
        booking.idempotencyKey = QStringLiteral("waitlist-offer-%1").arg(entry.id);
        QList<NewBookingLine> lines;
        qint64 total = 0;
        for (qsizetype i = 0; i < seats->size(); ++i) {
            lines.append({seats->at(i).id, entry.passengers.value(i), seats->at(i).priceMinor});
            total += seats->at(i).priceMinor;
        }
        booking.total = Money(total, flight.currency);
        auto bookingId = bookings.insertHeld(booking, lines, offerActor());
        if (!bookingId) {
            if (bookingId.error().code == ErrorCode::SeatTaken)
                return Attempt{{}, true};
            return bookingId.error();
        }
        if (!bookingId->has_value())
            return Attempt{{}, true}; // a reference collision; PostgreSQL aborted the transaction
        auto offered = waitlist.markOffered(entry.id, **bookingId);
        if (!offered)
            return offered.error();
        QStringList codes;
        for (const FreeSeat &seat : std::as_const(*seats))
            codes << seat.code;
        pool.remove(0, seats->size());
        attempt.offers.append({entry.id, booking.reference, codes,
                               forSale->serverNowUtc.addSecs(booking.ttlSeconds)});
    }
    if (attempt.offers.isEmpty())
        return attempt;
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return attempt;
}

} // namespace

Result<QList<WaitlistOffer>> WaitlistOfferer::offerOnFlight(qint64 flightId)
{
    for (int tries = 0; tries < MaxTries; ++tries) {
        auto attempt = offerOnce(m_db, flightId);
        if (!attempt)
            return attempt.error();
        if (attempt->retry)
            continue;
        for (const WaitlistOffer &offer : std::as_const(attempt->offers)) {
            qCInfo(lcBooking) << "waitlist entry" << offer.entryId << "offered" << offer.seats.join(QLatin1Char(','))
                              << "as" << offer.reference;
            if (m_events) {
                Q_EMIT m_events->stateChanged(offer.reference, BookingState::Initiated, BookingState::SeatHeld);
                Q_EMIT m_events->holdPlaced(offer.reference, offer.deadlineUtc);
            }
        }
        return attempt->offers;
    }
    return makeError(ErrorCode::Busy, tr("seats for the waitlist were taken meanwhile; try again"));
}

Result<QList<WaitlistOffer>> WaitlistOfferer::offerOnFlights(const QList<qint64> &flightIds)
{
    QList<WaitlistOffer> offers;
    for (qint64 flightId : flightIds) {
        auto made = offerOnFlight(flightId);
        if (!made)
            return made.error();
        offers << *made;
    }
    return offers;
}

Result<QList<WaitlistOffer>> WaitlistOfferer::offerAfterRelease(const QStringList &references)
{
    if (references.isEmpty())
        return QList<WaitlistOffer>();
    auto flights = WaitlistRepository(m_db).flightsWaitingFor(references);
    if (!flights)
        return flights.error();
    return offerOnFlights(*flights);
}

Result<QList<WaitlistOffer>> WaitlistOfferer::sweep()
{
    auto flights = WaitlistRepository(m_db).flightsWaiting();
    if (!flights)
        return flights.error();
    return offerOnFlights(*flights);
}

} // namespace kiosk
