#include "ReportService.h"

#include "common/Logging.h"
#include "storage/Database.h"
#include "storage/ReadReplica.h"
#include "storage/ReportRepository.h"

#include <QElapsedTimer>
#include <QTimeZone>

namespace kiosk {

ReportService::ReportService(Database &db) : m_db(db), m_access(db) {}

ReportService::ReportService(Database &db, ReadReplica &reads) : m_db(db), m_reads(&reads), m_access(db) {}

Result<SalesReport> ReportService::report(const Actor &asking, const ReportPeriod &period)
{
    if (auto allowed = m_access.require(asking, Permission::ViewReports, period.toString()); !allowed)
        return allowed.error();
    QElapsedTimer timer;
    timer.start();
    const auto load = [&period](Database &db) { return ReportRepository(db).load(period); };
    auto report = m_reads ? m_reads->read(load) : load(m_db);
    if (report)
        qCInfo(lcReports) << "report" << period.toString() << "for" << asking.name << "in" << timer.elapsed() << "ms";
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
