#include "ReportService.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/ReadReplica.h"
#include "storage/ReportRepository.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace kiosk {

ReportService::ReportService(Database &db, Actor actor) : m_db(db), m_actor(std::move(actor)), m_access(db) {}

ReportService::ReportService(Database &db, ReadReplica &reads, Actor actor)
    : m_db(db), m_reads(&reads), m_actor(std::move(actor)), m_access(db)
{
}

Result<SalesReport> ReportService::report(const ReportPeriod &period)
{
    if (auto allowed = m_access.require(m_actor, Permission::ViewReports, period.toString()); !allowed)
        return allowed.error();
    QElapsedTimer timer;
    timer.start();
    const auto load = [&period](Database &db) { return ReportRepository(db).load(period); };
    auto report = m_reads ? m_reads->read(load) : load(m_db);
    if (report)
        qCInfo(lcReports) << "report" << period.toString() << "for" << m_actor.name << "in" << timer.elapsed() << "ms";
    return report;
}

Result<ReportPeriod> ReportService::defaultPeriod()
{
    auto now = m_db.serverNow();
    if (!now)
        return now.error();
    return ReportPeriod::endingOn(now->toTimeZone(QTimeZone::utc()).date());
}

} // namespace kiosk
