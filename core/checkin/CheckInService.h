#pragma once

#include "BoardingPass.h"
#include "CheckInBooking.h"
#include "auth/AccessControl.h"
#include "domain/Result.h"

#include <functional>

#include <QCoreApplication>

namespace kiosk {

class Database;

// Check-in at the kiosk and the desk. A traveller proves the booking with its reference
// and a passenger's surname (or a boarding pass barcode) under BookingProof's rules (the
// same answer for an unknown reference and a wrong surname, a kiosk's few tries). Each checked-in passenger gets the flight's next boarding
// sequence number in one transaction that queues on the flight's counter row, so numbers
// are unique and dense however many terminals check in at once. A passenger already
// checked in gets the same boarding pass again. Agents can offload (undo a check-in);
// every check-in and offload is a note in the booking's audit trail; the booking's state
// does not change. Acts as the referenced actor (the terminal's BookingService actor).
class CheckInService {
    Q_DECLARE_TR_FUNCTIONS(CheckInService)
public:
    CheckInService(Database &db, const Actor &actor) : m_db(db), m_actor(actor), m_access(db) {}

    // The booking, its flight, the check-in window and who is checked in already. Agents
    // (who see the passport) may leave the surname empty.
    Result<CheckInBooking> find(const QString &reference, const QString &surname);
    // Checks in the passengers in `seats` (all of the booking's when empty) and returns
    // their boarding passes. Refused outside the check-in window, with its times.
    Result<QList<BoardingPass>> checkIn(const QString &reference, const QString &surname,
                                        const QList<SeatCode> &seats = {});
    // The same, proven by a scanned BCBP string: its booking reference, name and flight
    // must be one of ours.
    Result<QList<BoardingPass>> checkInByBarcode(const QString &bcbp);
    // The boarding passes of passengers already checked in (printing again).
    Result<QList<BoardingPass>> boardingPasses(const QString &reference, const QString &surname,
                                               const QList<SeatCode> &seats = {});
    // Undoes the check-in of the passenger in `seat` (agents and up); the number is not reused.
    Status offload(const QString &reference, const SeatCode &seat, const QString &reason);

private:
    Result<CheckInBooking> findMatching(const QString &reference, const std::function<bool(const Passenger &)> &matches,
                                        const QString &shownSurname);
    Result<QList<BoardingPass>> issue(const CheckInBooking &found, const QList<SeatCode> &seats, bool checkInMissing);

    Database &m_db;
    const Actor &m_actor;
    AccessControl m_access;
};

} // namespace kiosk
