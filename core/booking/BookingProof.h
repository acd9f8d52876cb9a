#pragma once

#include "auth/AccessControl.h"
#include "domain/Booking.h"
#include "domain/Result.h"

#include <functional>

#include <QCoreApplication>

namespace kiosk {

class Database;

// A traveller proves a booking with its reference and a passenger's surname: check-in
// (CheckInService) and taking up a waitlist offer (WaitlistService) ask the same way. An
// unknown reference and a wrong surname get the same answer, each failure is logged, and
// a kiosk gets MaxFailedLookups wrong tries per FailureWindowSeconds only. Needs
// Permission::CheckIn.
class BookingProof {
    Q_DECLARE_TR_FUNCTIONS(BookingProof)
public:
    static constexpr int MaxFailedLookups = 5;
    static constexpr int FailureWindowSeconds = 600;

    BookingProof(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

    // The booking, in any state, if one of its passengers (cancelled ones too) has `surname`.
    Result<Booking> prove(const QString &reference, const QString &surname);
    // The same, with the passengers `matches` accepts; `shownSurname` is what a failure
    // says and logs (empty at the desk, where the agent has seen the passport).
    Result<Booking> proven(const QString &reference, const std::function<bool(const Passenger &)> &matches,
                           const QString &shownSurname);
    // "Mueller" finds Müller (the passport's spelling) as well as "muller" (no accents).
    static bool surnameMatches(const QString &bookedName, const QString &surname);

private:
    Error notFound(const QString &reference, const QString &surname);

    Database &m_db;
    const Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
