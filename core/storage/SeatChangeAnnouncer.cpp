#include "SeatChangeAnnouncer.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

Result<bool> SeatChangeAnnouncer::tryToLead()
{
    if (m_leads)
        return true;
    // One lock per schema: two systems in one database each have their announcer.
    auto query = Statement::prepare(
        m_db, QStringLiteral("SELECT pg_try_advisory_lock(hashtext('kiosk_seat_announcer.' || current_schema()))"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("asking to announce seat changes")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("pg_try_advisory_lock answered nothing"));
    m_leads = query->value(0).toBool();
    return m_leads;
}

Result<int> SeatChangeAnnouncer::announce()
{
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT kiosk_announce_seat_changes()"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("announcing seat changes")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::Internal, tr("kiosk_announce_seat_changes answered nothing"));
    return query->value(0).toInt();
}

} // namespace kiosk
