#include "DisruptionDesk.h"

#include "storage/AccessLogRepository.h"
#include "storage/BookingRepository.h"
#include "storage/Transaction.h"

namespace kiosk {

Result<QList<Disruption>> DisruptionDesk::list(const DisruptionFilter &filter)
{
    if (auto allowed = m_access.require(m_actor, Permission::LookUpBookings, QStringLiteral("disruptions")); !allowed)
        return allowed.error();
    return DisruptionRepository(m_db).list(filter);
}

Result<Disruption> DisruptionDesk::markHandled(qint64 id, const QString &note)
{
    const QString target = QStringLiteral("disruption %1").arg(id);
    if (auto allowed = m_access.require(m_actor, Permission::HandleDisruptions, target); !allowed)
        return allowed.error();
    DisruptionRepository disruptions(m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto found = disruptions.find(id);
    if (!found)
        return found.error();
    if (auto handled = disruptions.markHandled(id, m_actor.name, note); !handled)
        return handled.error();
    const auto state = bookingStateFromName(found->bookingState);
    const QString reason = QStringLiteral("disruption %1 (%2) handled%3")
                               .arg(id)
                               .arg(disruptionKindName(found->kind),
                                    note.isEmpty() ? QString() : QStringLiteral(": ") + note);
    if (state) {
        if (auto audited = BookingRepository(m_db).note(found->bookingId, *state, m_actor, reason); !audited)
            return audited.error();
    }
    if (auto logged = AccessLogRepository(m_db).record(m_actor, QStringLiteral("handle disruption"), found->reference,
                                                       QStringLiteral("allowed"), reason);
        !logged)
        return logged.error();
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return disruptions.find(id);
}

} // namespace kiosk
