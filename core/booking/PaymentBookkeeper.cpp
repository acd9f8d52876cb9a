#include "PaymentBookkeeper.h"

#include "BookingEvents.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/PaymentFunctions.h"
#include "storage/Transaction.h"

namespace kiosk {

Status PaymentBookkeeper::record(const PaymentRecord &payment, PaymentStatus fromStatus,
                                 PaymentRepository::Deadline deadline, const std::optional<BookingMove> &move,
                                 const Actor &actor)
{
    if (auto written = write(payment, fromStatus, deadline, move, actor); !written)
        return written;
    if (move)
        Q_EMIT m_events.stateChanged(move->reference, move->from, move->to);
    return Done{};
}

Status PaymentBookkeeper::write(const PaymentRecord &payment, PaymentStatus fromStatus,
                                PaymentRepository::Deadline deadline, const std::optional<BookingMove> &move,
                                const Actor &actor)
{
    if (move && !BookingTransitions::isAllowed(move->from, move->to))
        return makeError(ErrorCode::Internal, tr("%1 -> %2 is not in the booking state table")
                                                  .arg(bookingStateName(move->from), bookingStateName(move->to)));
    if (m_db.dialect().isPostgres()) { // one round trip: kiosk_payment_record (migration 0012)
        std::optional<PaymentBookingMove> booking;
        if (move)
            booking = PaymentBookingMove{move->from, move->to, move->reason};
        return PaymentFunctions(m_db).record(payment, fromStatus, deadline, booking, actor);
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (auto updated = PaymentRepository(m_db).update(payment, fromStatus, deadline); !updated)
        return updated;
    if (move) {
        if (auto moved = BookingRepository(m_db).transition(payment.bookingId, move->from, move->to, actor,
                                                            move->reason);
            !moved)
            return moved;
    }
    return transaction->commit();
}

} // namespace kiosk
