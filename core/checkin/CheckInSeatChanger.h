#pragma once

#include "CheckInBooking.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class Database;

// A traveller changes a passenger's seat while checking in: the booking proven as for
// check-in (reference and surname, CheckInService::find, with its rate limit), inside the
// check-in window, before that passenger is checked in (afterwards it is the desk's); then
// the existing atomic seat change (SeatChanger: same cabin, both seats locked, the new one
// taken and the old one released together). Kiosks may do this for the booking they
// proved, without the agents' ChangeSeat permission.
class CheckInSeatChanger {
    Q_DECLARE_TR_FUNCTIONS(CheckInSeatChanger)
public:
    CheckInSeatChanger(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // The booking as check-in shows it after the change.
    Result<CheckInBooking> change(const QString &reference, const QString &surname, const SeatCode &from,
                                  const SeatCode &to);

private:
    Database &m_db;
    const Actor &m_actor;
};

} // namespace kiosk
