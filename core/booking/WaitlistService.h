#pragma once

#include "auth/AccessControl.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/WaitlistEntry.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// The waitlist of a full cabin: joining, looking, leaving, and a traveller taking up the
// offer they were sent. Offers themselves are made by WaitlistOfferer whenever seats come
// free. Joining is for every terminal that may hold seats, and only while the cabin has
// fewer free seats than the party needs (otherwise the traveller books them); the list
// (names and addresses) is for agents; a kiosk may withdraw only the entries it made.
class WaitlistService {
    Q_DECLARE_TR_FUNCTIONS(WaitlistService)
public:
    // How long an offer holds its seats unless an admin sets otherwise.
    static constexpr int DefaultOfferSeconds = 2 * 3600;
    static constexpr int MinOfferSeconds = 5 * 60;
    static constexpr int MaxOfferSeconds = 72 * 3600;

    // Acts as `actor`, copied: BookingService::waitlist() makes one for the user acting now.
    WaitlistService(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // BadInput for names or contact, NotFound for the flight, WrongState (details
    // "seats_available") when the cabin has the seats now, or "sales_closed"; a second
    // entry of the same e-mail address for the same flight and cabin is WrongState
    // ("already_waiting"). Returns the entry with its place in line.
    Result<WaitlistEntry> join(const WaitlistRequest &request);
    // The flight's entries, every state, in order of joining (agents and up).
    Result<QList<WaitlistEntry>> list(const FlightRef &flight);
    Result<WaitlistEntry> find(qint64 entryId);
    // Gives up the place; an open offer is cancelled and its seats go to the next entry.
    Result<WaitlistEntry> leave(qint64 entryId);
    // A traveller at a kiosk takes up their offer: the offer's reference and a passenger's
    // surname (as check-in asks) make the held booking this terminal's, to pay as its own.
    // An unknown reference and a wrong surname get the same answer (NotFound).
    Result<Booking> claimOffer(const QString &reference, const QString &surname);

    Result<int> offerSeconds();
    Status setOfferSeconds(int seconds); // admin

private:
    Database &m_db;
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
