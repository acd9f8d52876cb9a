#include "SeatBlocker.h"

#include "BookingEvents.h"
#include "SeatHolder.h"
#include "common/Logging.h"
#include "domain/InputLimits.h"
#include "storage/AccessLogRepository.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/SeatBlockRepository.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace kiosk {

namespace {

QString codesText(const QList<SeatCode> &codes)
{
    QStringList names;
    for (const SeatCode &code : codes)
        names << code.toString();
    return names.join(QLatin1Char(','));
}

} // namespace

Result<Flight> SeatBlocker::block(const FlightRef &flight, const SeatBlockRequest &request)
{
    SeatBlockRequest checked = request;
    checked.reason = request.reason.simplified();
    if (checked.reason.isEmpty())
        return makeError(ErrorCode::BadInput, tr("a block needs a reason (--reason): why the seat is not sold"));
    if (auto tooLong = InputLimits::check(checked.reason, InputLimits::Reason, QStringLiteral("the reason")); !tooLong)
        return tooLong.error();
    return apply(flight, request.seats, Change::Block, checked);
}

Result<Flight> SeatBlocker::unblock(const FlightRef &flight, const QList<SeatCode> &seats)
{
    return apply(flight, seats, Change::Unblock, {});
}

Result<Flight> SeatBlocker::apply(const FlightRef &ref, QList<SeatCode> seats, Change change,
                                  const SeatBlockRequest &request)
{
    if (seats.isEmpty())
        return makeError(ErrorCode::BadInput, tr("name at least one seat"));
    std::sort(seats.begin(), seats.end());
    seats.erase(std::unique(seats.begin(), seats.end()), seats.end());
    const QString action = change == Change::Block ? QStringLiteral("block seats") : QStringLiteral("unblock seats");
    if (auto allowed = m_access.require(m_actor, Permission::BlockSeats, ref.toString() + QLatin1Char(' ') + codesText(seats));
        !allowed)
        return allowed.error();
    auto flight = FlightRepository(m_db).find(ref);
    if (!flight)
        return flight.error();
    const QString target = flight->key() + QLatin1Char(' ') + codesText(seats);

    BookingRepository bookings(m_db);
    QStringList expired;
    QStringList was; // each seat's block before, for the audit row
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto locked = bookings.lockSeats(flight->id, seats); // as a hold locks them (rule 1)
        if (!locked)
            return locked.error();
        if (locked->size() != seats.size()) {
            QStringList missing;
            for (const SeatCode &code : std::as_const(seats)) {
                if (std::none_of(locked->cbegin(), locked->cend(), [&](const LockedSeat &s) { return s.code == code; }))
                    missing << code.toString();
            }
            return makeError(ErrorCode::NotFound, tr("flight %1 has no seat %2; nothing was blocked or unblocked")
                                                      .arg(flight->key(), missing.join(QStringLiteral(", "))),
                             missing);
        }
        if (change == Change::Unblock) {
            QStringList notBlocked;
            for (const LockedSeat &seat : std::as_const(*locked)) {
                if (!seat.blocked)
                    notBlocked << seat.code.toString();
            }
            if (!notBlocked.isEmpty())
                return makeError(ErrorCode::WrongState, tr("seat %1 on %2 is not blocked; nothing was unblocked")
                                                            .arg(notBlocked.join(QStringLiteral(", ")), flight->key()),
                                 notBlocked);
        } else {
            QList<qint64> seatIds;
            for (const LockedSeat &seat : std::as_const(*locked))
                seatIds << seat.id;
            auto occupants = SeatHolder(m_db, m_events, m_actor, 0).occupantsAfterLapsed(bookings, seatIds, expired);
            if (!occupants)
                return occupants.error();
            if (!occupants->isEmpty()) {
                const SeatOccupant &first = occupants->first();
                const auto seat = std::find_if(locked->cbegin(), locked->cend(),
                                               [&](const LockedSeat &s) { return s.id == first.seatId; });
                auto booking = bookings.findById(first.bookingId);
                if (!booking)
                    return booking.error();
                const QString code = seat->code.toString();
                const QString message =
                    first.state == BookingState::Confirmed
                        ? tr("seat %1 on %2 is sold to booking %3; move that passenger to another seat first "
                             "(change-seat); nothing was blocked")
                        : tr("seat %1 on %2 is held by booking %3; wait until it is paid or released, or cancel "
                             "it, then block; nothing was blocked");
                return makeError(ErrorCode::SeatTaken, message.arg(code, flight->key(), booking->reference),
                                 {code, booking->reference});
            }
        }
        SeatBlockRepository writer(m_db);
        for (const LockedSeat &seat : std::as_const(*locked)) {
            if (seat.blocked)
                was << QStringLiteral("%1 was %2 (%3)")
                           .arg(seat.code.toString(), seat.deskOnly ? QStringLiteral("desk only") : QStringLiteral("blocked"),
                                seat.blockReason.isEmpty() ? QStringLiteral("no reason") : seat.blockReason);
            auto written = change == Change::Block ? writer.block(seat.id, request.deskOnly, request.reason)
                                                   : writer.unblock(seat.id);
            if (!written)
                return written.error();
        }
        QString detail = change == Change::Block
                             ? QStringLiteral("%1: %2").arg(request.deskOnly ? QStringLiteral("desk only")
                                                                             : QStringLiteral("no channel"),
                                                            request.reason)
                             : QStringLiteral("for sale");
        if (!was.isEmpty())
            detail += QStringLiteral("; ") + was.join(QStringLiteral("; "));
        if (auto logged = AccessLogRepository(m_db).record(m_actor, action, target, QStringLiteral("allowed"), detail);
            !logged)
            return logged.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    for (const QString &reference : std::as_const(expired))
        Q_EMIT m_events.stateChanged(reference, BookingState::SeatHeld, BookingState::Expired);
    qCInfo(lcBooking) << action << target << "by" << m_actor.name;
    return *flight;
}

} // namespace kiosk
