#pragma once

#include "CancellationPolicy.h"
#include "CancellationRequest.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QFuture>
#include <QObject>

namespace kiosk {

class BookingEvents;
class Database;
class RefundProcessor;
struct RefundRecord;

// Cancels a confirmed booking, or one passenger of it, and refunds what the cancellation
// policy allows (or a supervisor's override) through RefundProcessor: the seats are
// released, the cancellation audited and the refund recorded PENDING in one transaction,
// then the refund is paid under a key of its own (REF-pay-N-cancel, or -lineID for one
// passenger), so it is paid at most once, by this call or after a crash by the reconciler. The service has already checked the acting user's rights.
class BookingCanceller {
public:
    BookingCanceller(Database &db, BookingEvents &events, const Actor &actor, RefundProcessor &refunds,
                     const CancellationPolicy &policy)
        : m_db(db), m_events(events), m_actor(actor), m_refunds(refunds), m_policy(policy) {}

    Result<RefundQuote> quote(const Booking &booking, const std::optional<SeatCode> &passengerSeat);
    QFuture<Result<CancellationOutcome>> cancel(const Booking &booking, const CancellationRequest &request);

private:
    // The refund the cancellation owes, checked against the booking as it will be after it.
    Result<RefundRecord> prepareRefund(Booking booking, const Money &amount, bool whole, const Passenger &first,
                                       const QString &why);

    Database &m_db;
    BookingEvents &m_events;
    const Actor &m_actor;
    RefundProcessor &m_refunds;
    const CancellationPolicy &m_policy;
    QObject m_context; // the refund's continuation runs on this thread
};

} // namespace kiosk
