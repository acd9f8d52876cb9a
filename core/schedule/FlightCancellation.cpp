#include "FlightCancellation.h"

#include "ChangeableLeg.h"
#include "ScheduleReconciler.h"
#include "common/Logging.h"
#include "storage/AccessLogRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<FlightCancellationOutcome> FlightCancellation::cancel(const FlightRef &ref, const QString &reason, bool dryRun)
{
    const QString target = QStringLiteral("flight %1").arg(ref.toString());
    if (auto allowed = m_access.require(m_actor, Permission::CancelFlights, target); !allowed)
        return allowed.error();
    const QString why = reason.simplified();
    if (why.isEmpty() && !dryRun) // a dry run asks what would happen, before anyone says why
        return makeError(ErrorCode::BadInput, tr("say why the flight is cancelled"));

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto stored = changeableLeg(m_db, ref, tr("it can no longer be cancelled"));
    if (!stored)
        return stored.error();

    // Nothing here chooses a layout; the reconciler only needs somewhere to count.
    ImportOptions options;
    options.dryRun = dryRun;
    ImportSummary summary;
    summary.dryRun = dryRun;
    summary.source = QString::fromLatin1(Source);
    ScheduleLayouts layouts;
    ScheduleReconciler reconciler(m_db, m_actor, options, layouts, summary);
    const QString detail = QStringLiteral("flight cancelled by %1: %2").arg(m_actor.name, why);
    if (auto cancelled = reconciler.cancelFlight(summary.source, *stored, detail); !cancelled)
        return cancelled.error();

    FlightCancellationOutcome outcome;
    outcome.flight = stored->flight;
    outcome.dryRun = dryRun;
    outcome.bookingsAffected = summary.disruptions;
    if (dryRun) {
        transaction->rollback();
        return outcome;
    }
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("cancel flight"), target,
                                                       QStringLiteral("allowed"),
                                                       QStringLiteral("%1 booking(s) affected: %2")
                                                           .arg(outcome.bookingsAffected)
                                                           .arg(why));
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    qCInfo(lcStorage).noquote() << "flight" << stored->flight.key() << "cancelled by" << m_actor.name << "-"
                                << outcome.bookingsAffected << "booking(s) affected";
    return outcome;
}

} // namespace kiosk
