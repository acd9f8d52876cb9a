#include "BagTagger.h"

#include "BcbpEncoder.h"
#include "CheckInService.h"
#include "auth/AccessControl.h"
#include "common/Logging.h"
#include "domain/Booking.h"
#include "storage/BagRepository.h"
#include "storage/BookingRepository.h"
#include "storage/CheckInRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

QString BagTagger::licencePlate(const QString &numericCode, int serial)
{
    return QLatin1Char('0') + numericCode + QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

int BagTagger::standardAllowance(Cabin cabin)
{
    return cabin == Cabin::First || cabin == Cabin::Business ? 2 : 1;
}

Result<int> BagTagger::allowance(const QString &carrier, Cabin cabin)
{
    auto stored = BagRepository(m_db).allowance(carrier, cabinCode(cabin));
    if (!stored)
        return stored.error();
    return stored->value_or(standardAllowance(cabin));
}

Result<const CheckInPassenger *> BagTagger::checkedIn(const CheckInBooking &found, const SeatCode &seat) const
{
    const auto it = std::find_if(found.passengers.cbegin(), found.passengers.cend(),
                                 [&](const CheckInPassenger &p) { return p.passenger.seat == seat; });
    if (it == found.passengers.cend())
        return makeError(ErrorCode::BadInput,
                         tr("booking %1 has no passenger in seat %2").arg(found.booking.reference, seat.toString()));
    if (!it->sequence)
        return makeError(ErrorCode::WrongState, tr("%1 in seat %2 is not checked in; bags come after check-in")
                                                    .arg(it->passenger.name, seat.toString()));
    return &*it;
}

Result<QList<BagTag>> BagTagger::declare(const QString &reference, const QString &surname, const SeatCode &seat, int count)
{
    if (count < 0 || count > MaxBags)
        return makeError(ErrorCode::BadInput, tr("the number of bags is 0 to %1, not %2").arg(MaxBags).arg(count));
    auto found = CheckInService(m_db, m_actor).find(reference, surname);
    if (!found)
        return found.error();
    auto passenger = checkedIn(*found, seat);
    if (!passenger)
        return passenger.error();
    auto limit = allowance(found->flight.carrier, (*passenger)->passenger.cabin);
    if (!limit)
        return limit.error();
    if (count > *limit)
        return makeError(ErrorCode::BadInput, tr("%1 allows %2 checked bag(s) per passenger in %3, not %4")
                                                  .arg(found->flight.carrier)
                                                  .arg(*limit)
                                                  .arg(cabinName((*passenger)->passenger.cabin))
                                                  .arg(count));
    if (auto tagged = tagMore(*found, **passenger, count); !tagged)
        return tagged.error();
    return tagsOf(*found, **passenger);
}

Result<QHash<qint64, QStringList>> BagTagger::tagNumbers(const Booking &booking)
{
    if (auto allowed = AccessControl(m_db).require(m_actor, Permission::LookUpBookings, booking.reference); !allowed)
        return allowed.error();
    QList<qint64> lines;
    for (const Passenger &passenger : booking.passengers)
        lines << passenger.lineId;
    auto stored = BagRepository(m_db).forLines(lines);
    if (!stored)
        return stored.error();
    QHash<qint64, QStringList> numbers;
    for (auto line = stored->cbegin(); line != stored->cend(); ++line) {
        for (const BagRecord &bag : line.value())
            numbers[line.key()] << bag.tagNumber;
    }
    return numbers;
}

Result<QList<BagTag>> BagTagger::tags(const QString &reference, const QString &surname, const SeatCode &seat)
{
    auto found = CheckInService(m_db, m_actor).find(reference, surname);
    if (!found)
        return found.error();
    auto passenger = checkedIn(*found, seat);
    if (!passenger)
        return passenger.error();
    return tagsOf(*found, **passenger);
}

Status BagTagger::tagMore(const CheckInBooking &found, const CheckInPassenger &passenger, int count)
{
    const qint64 line = passenger.passenger.lineId;
    BagRepository bags(m_db);
    auto before = bags.forLines({line});
    if (!before)
        return before.error();
    const int tagged = int(before->value(line).size());
    if (count == tagged)
        return Done{}; // the same tags again
    if (count < tagged)
        return makeError(ErrorCode::WrongState, tr("%1 has %2 bag(s) tagged already; a tag is taken back at the "
                                                   "airline's desk")
                                                    .arg(passenger.passenger.name)
                                                    .arg(tagged));
    if (!found.windowOpen())
        return makeError(ErrorCode::WrongState, tr("check-in for %1 is closed; bags are taken at the airline's "
                                                   "desk")
                                                    .arg(found.flight.designator()));
    CheckInRepository checkIns(m_db);
    auto numericCode = checkIns.airlineNumericCode(found.flight.carrier);
    if (!numericCode)
        return numericCode.error();
    if (numericCode->isEmpty())
        return makeError(ErrorCode::WrongState, tr("airline %1 has no numeric code on file, which a bag tag "
                                                   "needs; ask at the airline's desk")
                                                    .arg(found.flight.carrier));

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto state = checkIns.lockBookingState(found.booking.id);
    if (!state)
        return state.error();
    if (*state != bookingStateName(BookingState::Confirmed))
        return makeError(ErrorCode::WrongState, tr("booking %1 changed on another terminal (now %2)")
                                                    .arg(found.booking.reference, *state));
    // Read again under the booking's lock: an offload or another terminal's tags may have won.
    auto stillCheckedIn = checkIns.forLines({line});
    if (!stillCheckedIn)
        return stillCheckedIn.error();
    if (!stillCheckedIn->contains(line))
        return makeError(ErrorCode::WrongState, tr("%1 was offloaded on another terminal meanwhile")
                                                    .arg(passenger.passenger.name));
    auto current = bags.forLines({line});
    if (!current)
        return current.error();
    const int already = int(current->value(line).size());
    auto last = bags.lockSerial(found.flight.carrier);
    if (!last)
        return last.error();
    int serial = *last;
    QStringList plates;
    for (int bag = already; bag < count; ++bag) {
        if (++serial > MaxSerial)
            return makeError(ErrorCode::Internal,
                             tr("airline %1 has given out all %2 bag tag numbers").arg(found.flight.carrier).arg(MaxSerial));
        plates << licencePlate(*numericCode, serial);
        if (auto stored = bags.insert(plates.last(), line, found.flight.id, m_actor); !stored)
            return stored;
    }
    if (serial != *last) {
        if (auto stored = bags.storeSerial(found.flight.carrier, serial); !stored)
            return stored;
        if (auto noted = BookingRepository(m_db).note(found.booking.id, BookingState::Confirmed, m_actor,
                                                      QStringLiteral("tagged %1 bag(s) of %2 in %3: %4")
                                                          .arg(plates.size())
                                                          .arg(passenger.passenger.name, passenger.passenger.seat.toString(),
                                                               plates.join(QStringLiteral(", "))));
            !noted)
            return noted;
    }
    if (auto committed = transaction->commit(); !committed)
        return committed;
    qCInfo(lcBooking) << "tagged bags" << found.booking.reference << passenger.passenger.seat.toString() << plates;
    return Done{};
}

Result<QList<BagTag>> BagTagger::tagsOf(const CheckInBooking &found, const CheckInPassenger &passenger)
{
    const qint64 line = passenger.passenger.lineId;
    auto stored = BagRepository(m_db).forLines({line});
    if (!stored)
        return stored.error();
    auto bcbpName = BcbpEncoder::nameField(passenger.passenger.name);
    if (!bcbpName)
        return bcbpName.error();
    const QList<BagRecord> records = stored->value(line);
    QList<BagTag> tags;
    for (qsizetype i = 0; i < records.size(); ++i) {
        tags << BagTag{records.at(i).tagNumber, found.booking.reference, passenger.passenger.name, bcbpName->trimmed(),
                       passenger.passenger.seat, found.flight, int(i + 1), int(records.size())};
    }
    return tags;
}

} // namespace kiosk
