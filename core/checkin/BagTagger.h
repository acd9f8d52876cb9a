#pragma once

#include "BagTag.h"
#include "domain/Actor.h"
#include "domain/Cabin.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace kiosk {

struct Booking;

class Database;
struct CheckInBooking;
struct CheckInPassenger;

// Checked bags of a checked-in passenger. The traveller declares how many bags they check
// (in all, so declaring the same count again prints the same tags); each new bag gets the
// next licence plate of the airline: '0', its 3-digit numeric code and a 6-digit serial
// from one counter row per airline, incremented under its lock in the same transaction, so
// plates are unique however many terminals tag at once. At most the cabin's allowance
// (bag_allowances, else 2 in first and business, 1 otherwise); a bag once tagged is
// removed at the desk only. Proof of the booking as for check-in (CheckInService::find).
class BagTagger {
    Q_DECLARE_TR_FUNCTIONS(BagTagger)
public:
    static constexpr int MaxSerial = 999999;
    static constexpr int MaxBags = 9;

    BagTagger(Database &db, const Actor &actor) : m_db(db), m_actor(actor) {}

    // The passenger in `seat` checks `count` bags in all; returns all their tags.
    Result<QList<BagTag>> declare(const QString &reference, const QString &surname, const SeatCode &seat, int count);
    // The tags of the passenger in `seat`, to print again (none: an empty list).
    Result<QList<BagTag>> tags(const QString &reference, const QString &surname, const SeatCode &seat);
    // The licence plates of every passenger of `booking`, by booking line, oldest first:
    // what the agent's booking detail lists (agents and up).
    Result<QHash<qint64, QStringList>> tagNumbers(const Booking &booking);
    // How many bags a passenger of `carrier` in `cabin` may check.
    Result<int> allowance(const QString &carrier, Cabin cabin);

    // "0" + numeric code + the serial in 6 digits: "0999000042".
    static QString licencePlate(const QString &numericCode, int serial);
    static int standardAllowance(Cabin cabin);

private:
    Result<const CheckInPassenger *> checkedIn(const CheckInBooking &found, const SeatCode &seat) const;
    Status tagMore(const CheckInBooking &found, const CheckInPassenger &passenger, int count);
    Result<QList<BagTag>> tagsOf(const CheckInBooking &found, const CheckInPassenger &passenger);

    Database &m_db;
    const Actor &m_actor;
};

} // namespace kiosk
