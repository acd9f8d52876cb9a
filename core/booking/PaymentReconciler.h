#pragma once

#include "PaymentBookkeeper.h"
#include "ReconcileReport.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "storage/PaymentRepository.h"

#include <QFuture>
#include <QObject>

namespace kiosk {

class BookingEvents;
class Database;
class PaymentGateway;
class RefundProcessor;
struct GatewayCharge;

// Settles payment attempts that nobody is finishing: left PENDING or AUTHORIZED by a crash,
// a timeout or a gateway that did not answer. It asks the gateway what happened under the
// attempt's idempotency key and then either completes the payment (a CONFIRMED booking's
// authorization is captured) or gives the money back (an authorization is voided, a capture
// refunded) and frees the seats. It also finishes refunds left PENDING.
class PaymentReconciler {
public:
    // Who is waiting for the attempt. The terminal running it resolves its own attempt at
    // once and returns the seats to the hold, so the traveller can try again; an abandoned
    // attempt is resolved only after its deadline, and its seats are released.
    enum class Owner { ThisTerminal, Abandoned };

    // Whose attempt it is, and who settles it: `actor` is named in every audit row, a copy
    // taken when the run (or the payment that asked) began.
    struct Settler {
        Owner owner;
        Actor actor;
    };

    PaymentReconciler(Database &db, PaymentGateway &gateway, BookingEvents &events, RefundProcessor &refunds);

    // Every attempt past its deadline and every refund older than `refundAgeSeconds`, as `actor`.
    QFuture<Result<ReconcileReport>> run(int refundAgeSeconds, const Actor &actor);
    // Re-reads the attempt from the database first and decides on that; an attempt of
    // another gateway is left alone.
    QFuture<Result<ReconcileAction>> resolve(const PaymentRecord &attempt, const Settler &by);

private:
    QFuture<Result<ReconcileAction>> capture(PaymentRecord attempt, const Settler &by);
    Result<ReconcileAction> afterFailedCapture(PaymentRecord attempt, const Settler &by, const QString &why,
                                               const Result<std::optional<GatewayCharge>> &charge);
    ReconcileAction settledAlready(const PaymentRecord &attempt);
    QFuture<Result<ReconcileAction>> undo(PaymentRecord attempt, const Settler &by,
                                          const Result<std::optional<GatewayCharge>> &charge);
    Result<ReconcileAction> finish(PaymentRecord attempt, PaymentStatus fromStatus, const Settler &by,
                                   ReconcileOutcome outcome, const QString &detail);
    ReconcileAction left(const PaymentRecord &attempt, const QString &why);

    Database &m_db;
    PaymentGateway &m_gateway;
    PaymentBookkeeper m_bookkeeper;
    RefundProcessor &m_refunds;
    QObject m_context; // continuations run on this thread and stop when the service goes
};

} // namespace kiosk
