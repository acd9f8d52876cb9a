#include "HoldReleaser.h"

#include "BookingEvents.h"
#include "common/Logging.h"
#include "storage/BookingRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<ExpiryReport> HoldReleaser::releaseLapsed()
{
    BookingRepository bookings(m_db);
    ExpiryReport report;
    // Batches keep each transaction short.
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

} // namespace kiosk
