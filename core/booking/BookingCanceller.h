#pragma once

#include "CancellationPolicy.h"
#include "CancellationRequest.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/RefundRepository.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

namespace kiosk {

class BookingEvents;
class Database;
class RefundProcessor;

// Cancels a confirmed booking, or one passenger of it, and refunds what the cancellation
// policy allows (or a supervisor's override) through RefundProcessor: the seats are
// released, the cancellation audited and the refund recorded PENDING in one transaction,
// then the refund is paid under a key of its own (REF-pay-N-cancel, or -lineID for one
// passenger), so it is paid at most once, by this call or after a crash by the reconciler. The
// booking is read and locked inside that transaction, so concurrent cancellations of one
// booking are decided one after the other. An unpaid booking is cancelled without money.
// The service has already checked the acting user's rights and passes the actor and the
// policy in force with each call; the refund's continuation keeps its own copy of the
// actor, so a sign-out meanwhile changes nothing.
class BookingCanceller {
    Q_DECLARE_TR_FUNCTIONS(BookingCanceller)
public:
    BookingCanceller(Database &db, BookingEvents &events, RefundProcessor &refunds)
        : m_db(db), m_events(events), m_refunds(refunds) {}

    Result<RefundQuote> quote(const Booking &booking, const std::optional<SeatCode> &passengerSeat,
                              const CancellationPolicy &policy);
    QFuture<Result<CancellationOutcome>> cancel(const Booking &booking, const CancellationRequest &request,
                                                const CancellationPolicy &policy, const Actor &actor);
    // An unpaid booking (SEAT_HELD, PAYMENT_PENDING); a CONFIRMED one is WrongState: money
    // was taken, so it is cancelled with cancel() above, which records what is owed back.
    Result<Booking> cancelUnpaid(const Booking &booking, const QString &reason, const Actor &actor);

private:
    // What a cancellation of `booking` (as read under its lock) does and owes.
    struct Decision {
        Booking booking;
        CancellationOutcome outcome; // the quote and whether it was overridden
        Money amount;
        QString refundWhy;
        QString reason;
        bool whole = false;
        std::optional<RefundRecord> refund;
    };
    Result<Decision> decide(const Booking &booking, const CancellationRequest &request,
                            const CancellationPolicy &policy, const Actor &actor);
    // The refund the cancellation owes, checked against the booking as it will be after it.
    Result<RefundRecord> prepareRefund(Booking booking, const Money &amount, bool whole, const Passenger &first,
                                       const QString &why);

    Database &m_db;
    BookingEvents &m_events;
    RefundProcessor &m_refunds;
    QObject m_context; // the refund's continuation runs on this thread
};

} // namespace kiosk
