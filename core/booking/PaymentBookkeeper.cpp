#include "PaymentBookkeeper.h"

#include "BookingEvents.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace kiosk {

Status PaymentBookkeeper::record(const PaymentRecord &payment, const QString &fromStatus,
                                 PaymentRepository::Deadline deadline, const std::optional<BookingMove> &move)
{
    return record(payment, fromStatus, deadline, move, m_actor);
}

Status PaymentBookkeeper::record(const PaymentRecord &payment, const QString &fromStatus,
                                 PaymentRepository::Deadline deadline, const std::optional<BookingMove> &move,
                                 const Actor &actor)
{
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
    if (auto committed = transaction->commit(); !committed)
        return committed;
    if (move)
        Q_EMIT m_events.stateChanged(move->reference, move->from, move->to);
    return Done{};
}

} // namespace kiosk
