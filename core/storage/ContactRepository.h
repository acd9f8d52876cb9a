#pragma once

#include "domain/ContactDetails.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// What a purge removed.
struct ContactPurge {
    int bookings = 0;         // bookings whose e-mail address and phone number were removed
    int outboxMessages = 0;   // their notification rows (which repeat the address)
    int waitlistEntries = 0;  // waitlist entries (names and addresses) of those flights
};

// Travellers' contact details on bookings (migration 0013), kept only as long as needed.
class ContactRepository {
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)
public:
    explicit ContactRepository(Database &db) : m_db(db) {}

    // Replaces the booking's contact details (empty fields clear them).
    Status save(qint64 bookingId, const ContactDetails &contact);
    Result<ContactDetails> find(qint64 bookingId);
    // Bookings whose flight landed more than `days` days ago (server clock) lose their
    // contact details, and their outbox rows go, in one transaction.
    Result<ContactPurge> purgeTravelled(int days);

private:
    Database &m_db;
};

} // namespace kiosk
