#pragma once

#include "domain/PaymentStatus.h"

#include <QList>
#include <QString>

namespace kiosk {

// What the reconciler did with one unfinished payment attempt or refund.
struct ReconcileAction {
    QString booking;       // booking reference
    QString paymentKey;    // the attempt's (or refund's) idempotency key
    ReconcileOutcome outcome = ReconcileOutcome::Left;
    QString bookingState;  // the booking's state afterwards
    QString detail;        // a sentence for the operator
};

struct ReconcileReport {
    QList<ReconcileAction> actions;
    int left() const
    {
        int n = 0;
        for (const ReconcileAction &action : actions)
            n += action.outcome == ReconcileOutcome::Left ? 1 : 0;
        return n;
    }
};

} // namespace kiosk
