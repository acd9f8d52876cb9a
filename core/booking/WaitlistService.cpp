#include "WaitlistService.h"

#include "BookingProof.h"
#include "HoldRequest.h"
#include "SalesHorizon.h"
#include "WaitlistOfferer.h"
#include "common/Logging.h"
#include "domain/Cabin.h"
#include "domain/PassengerName.h"
#include "domain/SalesCutoff.h"
#include "storage/AccessLogRepository.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Transaction.h"
#include "storage/WaitlistRepository.h"

namespace kiosk {

namespace {

Result<WaitlistRequest> validated(const WaitlistRequest &request)
{
    WaitlistRequest clean = request;
    const auto cabin = cabinFromCode(request.cabin.toUpper());
    if (!cabin)
        return makeError(ErrorCode::BadInput,
                         WaitlistService::tr("'%1' is not a cabin: F, J, W or Y").arg(QString(request.cabin)));
    clean.cabin = cabinCode(*cabin);
    if (request.passengers.isEmpty() || request.passengers.size() > HoldRequest::MaxSeats)
        return makeError(ErrorCode::BadInput, WaitlistService::tr("a waitlist entry is for 1 to %1 passengers, one name each")
                                                  .arg(HoldRequest::MaxSeats));
    clean.passengers.clear();
    for (const QString &name : request.passengers) {
        auto valid = PassengerName::validate(name);
        if (!valid)
            return valid.error();
        clean.passengers << *valid;
    }
    auto contact = ContactDetails::validate(request.contact.email, request.contact.phone);
    if (!contact)
        return contact.error();
    if (contact->email.isEmpty())
        return makeError(ErrorCode::BadInput,
                         WaitlistService::tr("an e-mail address is needed to join the waitlist: the offer of seats is sent there"));
    clean.contact = *contact;
    return clean;
}

Error wrongState(const QString &detail, const QString &message)
{
    Error error = makeError(ErrorCode::WrongState, message);
    error.details = QStringList{detail};
    return error;
}

} // namespace

Result<WaitlistEntry> WaitlistService::join(const WaitlistRequest &request)
{
    if (auto allowed = m_access.require(m_actor, Permission::HoldSeats, request.flight.toString()); !allowed)
        return allowed.error();
    auto clean = validated(request);
    if (!clean)
        return clean.error();
    auto forSale = FlightRepository(m_db).findForSale(clean->flight);
    if (!forSale)
        return forSale.error();
    const Flight &flight = forSale->flight;
    if (!forSale->seatsOpenedAt.isValid() && !flight.cancelled)
        return SalesHorizon().notOnSale(flight);
    const SalesCutoff cutoff = SalesCutoff::forFlight(forSale->cutoffs, flight.carrier, flight.origin, flight.destination);
    if (flight.cancelled || !cutoff.isOpen(flight.departureUtc, forSale->serverNowUtc))
        return wrongState(QStringLiteral("sales_closed"),
                          WaitlistService::tr("%1 is no longer sold, so it has no waitlist").arg(flight.key()));

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    WaitlistRepository waitlist(m_db);
    // The flight's offer maker waits meanwhile: seats freed a moment ago are counted below.
    if (auto locked = waitlist.lockFlight(flight.id); !locked)
        return locked.error();
    auto cabinSeats = waitlist.seatsInCabin(flight.id, clean->cabin);
    if (!cabinSeats)
        return cabinSeats.error();
    const QString cabin = cabinName(*cabinFromCode(clean->cabin));
    if (*cabinSeats == 0)
        return makeError(ErrorCode::NotFound, tr("%1 has no %2 cabin").arg(flight.key(), cabin));
    auto free = waitlist.freeSeats(flight.id, clean->cabin);
    if (!free)
        return free.error();
    if (free->size() >= clean->passengers.size())
        return wrongState(QStringLiteral("seats_available"),
                          WaitlistService::tr("%1 seat(s) are free in %2 on %3: book them instead of joining the waitlist")
                              .arg(free->size())
                              .arg(cabin, flight.key()));
    auto id = waitlist.insert(flight.id, *clean, m_actor);
    if (!id)
        return id.error();
    if (!id->has_value())
        return wrongState(QStringLiteral("already_waiting"),
                          WaitlistService::tr("%1 is already on the waitlist for %2 in %3")
                              .arg(clean->contact.email, flight.key(), cabin));
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcBooking) << "waitlist entry" << **id << "joined for" << clean->passengers.size() << "seat(s) on"
                      << flight.key() << clean->cabin;
    return waitlist.find(**id);
}

Result<QList<WaitlistEntry>> WaitlistService::list(const FlightRef &flight)
{
    if (auto allowed = m_access.require(m_actor, Permission::LookUpBookings, flight.toString()); !allowed)
        return allowed.error();
    auto found = FlightRepository(m_db).find(flight);
    if (!found)
        return found.error();
    return WaitlistRepository(m_db).forFlight(found->id);
}

Result<WaitlistEntry> WaitlistService::find(qint64 entryId)
{
    auto entry = WaitlistRepository(m_db).find(entryId);
    if (!entry && entry.error().code != ErrorCode::NotFound)
        return entry.error();
    // Agents see every entry; a terminal the entries it took (the traveller is standing there).
    // Anyone else is refused whether or not the entry exists: a refusal reveals nothing.
    if (entry && entry->terminal == m_actor.terminal)
        return entry;
    if (auto allowed = m_access.require(m_actor, Permission::LookUpBookings, QString::number(entryId)); !allowed)
        return allowed.error();
    return entry;
}

Result<WaitlistEntry> WaitlistService::leave(qint64 entryId)
{
    auto entry = WaitlistRepository(m_db).find(entryId);
    if (!entry && entry.error().code != ErrorCode::NotFound)
        return entry.error();
    if (!entry || entry->terminal != m_actor.terminal) {
        if (auto allowed = m_access.require(m_actor, Permission::CancelBookings, QString::number(entryId)); !allowed)
            return allowed.error();
        if (!entry)
            return entry.error();
    }
    if (entry->state != WaitlistState::Waiting && entry->state != WaitlistState::Offered)
        return wrongState(QStringLiteral("ended"), WaitlistService::tr("waitlist entry %1 has ended already (%2)")
                                                       .arg(entryId)
                                                       .arg(waitlistStateName(entry->state)));
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    WaitlistRepository waitlist(m_db);
    auto left = waitlist.markLeft(entryId);
    if (!left)
        return left.error();
    if (!*left)
        return wrongState(QStringLiteral("ended"), WaitlistService::tr("waitlist entry %1 changed meanwhile; look again").arg(entryId));
    BookingRepository bookings(m_db);
    std::optional<Booking> offer;
    if (entry->state == WaitlistState::Offered) {
        auto booking = bookings.findByReference(entry->offerReference);
        if (!booking)
            return booking.error();
        // An offer being paid right now is the traveller's purchase, not something to withdraw.
        if (auto cancelled = bookings.transition(booking->id, BookingState::SeatHeld, BookingState::Cancelled, m_actor,
                                                 QStringLiteral("left the waitlist"));
            !cancelled)
            return cancelled.error();
        offer = *booking;
    }
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcBooking) << "waitlist entry" << entryId << "left";
    if (offer) { // its seats go to whoever waits next; failing that, the outbox sweep offers them
        if (auto offered = WaitlistOfferer(m_db).offerOnFlight(offer->flightId); !offered)
            qCWarning(lcBooking) << "the seats of entry" << entryId << "wait for the next sweep:"
                                 << offered.error().message;
    }
    return waitlist.find(entryId);
}

Result<Booking> WaitlistService::claimOffer(const QString &reference, const QString &surname)
{
    auto booking = BookingProof(m_db, m_actor).prove(reference, surname);
    if (!booking)
        return booking.error();
    if (booking->madeBy(m_actor.terminal, m_actor.name) && booking->state == BookingState::SeatHeld)
        return booking; // taken up here already (the traveller pressed twice)
    if (booking->terminal != WaitlistRepository::offerTerminal())
        return wrongState(QStringLiteral("not_an_offer"),
                          WaitlistService::tr("booking %1 is not a waitlist offer").arg(booking->reference));
    if (booking->state != BookingState::SeatHeld)
        return wrongState(QStringLiteral("offer_ended"),
                          WaitlistService::tr("the waitlist offer %1 has ended (%2)")
                              .arg(booking->reference, bookingStateName(booking->state).toLower()));
    auto handed = WaitlistRepository(m_db).handOver(booking->id, m_actor, surname);
    if (!handed)
        return handed.error();
    if (!*handed)
        return wrongState(QStringLiteral("offer_ended"),
                          WaitlistService::tr("the waitlist offer %1 was taken up or ended meanwhile").arg(booking->reference));
    qCInfo(lcBooking) << "waitlist offer" << booking->reference << "taken up at" << m_actor.terminal;
    return BookingRepository(m_db).findById(booking->id);
}

Result<int> WaitlistService::offerSeconds()
{
    return WaitlistRepository(m_db).offerSeconds();
}

Status WaitlistService::setOfferSeconds(int seconds)
{
    if (auto allowed = m_access.require(m_actor, Permission::SetHoldLimits, QStringLiteral("waitlist")); !allowed)
        return allowed.error();
    if (seconds < MinOfferSeconds || seconds > MaxOfferSeconds)
        return makeError(ErrorCode::BadInput, tr("a waitlist offer holds its seats for %1 to %2 minutes")
                                                  .arg(MinOfferSeconds / 60)
                                                  .arg(MaxOfferSeconds / 60));
    if (auto saved = WaitlistRepository(m_db).setOfferSeconds(seconds); !saved)
        return saved.error();
    return AccessLogRepository(m_db).record(m_actor, QStringLiteral("set the waitlist offer time"),
                                            QStringLiteral("waitlist"), QStringLiteral("allowed"),
                                            QStringLiteral("%1 s").arg(seconds));
}

} // namespace kiosk
