#include "BookingService.h"

#include "common/Logging.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace kiosk {

BookingService::BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds)
    : m_db(db),
      m_actor(std::move(actor)),
      m_holdSeconds(holdSeconds),
      m_holder(db, m_events, m_actor, holdSeconds),
      m_payments(db, gateway, m_events, m_actor)
{
}

Result<Booking> BookingService::hold(const HoldRequest &request)
{
    return m_holder.hold(request);
}

Result<Booking> BookingService::submitPayment(const QString &reference, const CardDetails &card)
{
    return m_payments.submit(reference, card);
}

Result<Booking> BookingService::confirm(const QString &reference, const QString &gatewayReference)
{
    return m_payments.confirm(reference, gatewayReference);
}

Result<Booking> BookingService::fail(const QString &reference, const QString &reason)
{
    return m_payments.fail(reference, reason);
}

Result<Booking> BookingService::refund(const QString &reference)
{
    return m_payments.refund(reference);
}

Result<Booking> BookingService::cancel(const QString &reference, const QString &reason)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(reference);
    if (!booking)
        return booking.error();
    const BookingState from = booking->state;
    if (!BookingTransitions::isAllowed(from, BookingState::Cancelled))
        return makeError(ErrorCode::WrongState, QStringLiteral("booking %1 is %2 and cannot be cancelled")
                                                    .arg(booking->reference, bookingStateName(from)));
    {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        const QString why = reason.isEmpty() ? QStringLiteral("cancelled") : reason;
        if (auto moved = bookings.transition(booking->id, from, BookingState::Cancelled, m_actor, why); !moved)
            return moved.error();
        if (auto committed = transaction->commit(); !committed)
            return committed.error();
    }
    Q_EMIT m_events.stateChanged(booking->reference, from, BookingState::Cancelled);
    if (from == BookingState::PaymentPending) {
        if (auto voided = m_payments.voidOpenAuthorizations(booking->id); !voided)
            qCWarning(lcPayment) << "could not void the authorization of" << booking->reference << ':'
                                 << voided.error().message;
    }
    return bookings.find(booking->reference);
}

Result<ExpiryReport> BookingService::expireDue()
{
    BookingRepository bookings(m_db);
    ExpiryReport report;
    // Batches keep each transaction short; several terminals may run this at once and the
    // guarded update lets exactly one of them expire each hold.
    for (;;) {
        auto due = bookings.lapsedHolds(200);
        if (!due)
            return due.error();
        int expiredNow = 0;
        for (qint64 id : *due) {
            auto transaction = Transaction::begin(m_db);
            if (!transaction)
                return transaction.error();
            auto moved = bookings.transition(id, BookingState::SeatHeld, BookingState::Expired, m_actor,
                                             QStringLiteral("hold deadline passed"));
            if (!moved && moved.error().code == ErrorCode::WrongState)
                continue; // another terminal was faster
            if (!moved)
                return moved.error();
            if (auto committed = transaction->commit(); !committed)
                return committed.error();
            ++expiredNow;
            auto expired = bookings.findById(id);
            if (expired) {
                report.released << expired->reference;
                Q_EMIT m_events.stateChanged(expired->reference, BookingState::SeatHeld, BookingState::Expired);
            }
        }
        if (due->size() < 200 || expiredNow == 0)
            break;
    }
    if (!report.released.isEmpty())
        qCInfo(lcBooking) << "released" << report.released.size() << "lapsed hold(s)";
    return report;
}

Result<Booking> BookingService::find(const QString &referenceOrId)
{
    return BookingRepository(m_db).find(referenceOrId);
}

Result<QList<AuditEntry>> BookingService::history(const QString &referenceOrId)
{
    BookingRepository bookings(m_db);
    auto booking = bookings.find(referenceOrId);
    if (!booking)
        return booking.error();
    return bookings.history(booking->id);
}

Result<std::optional<QDateTime>> BookingService::nextHoldDeadline()
{
    return BookingRepository(m_db).nextHoldDeadline();
}

Result<QDateTime> BookingService::serverNow()
{
    return m_db.serverNow();
}

} // namespace kiosk
