#pragma once

#include "auth/AccessControl.h"
#include "domain/SalesReport.h"

namespace kiosk {

class Database;
class ReadReplica;

// The sales and operations report for supervisors and up: AccessControl first (a refusal
// is ErrorCode::Forbidden, reads nothing and is written to the access log, exactly as for
// BookingService), then ReportRepository. The agent UI, kioskctl report and the benchmark
// all come here, each saying with every report who asks (the signed-in user of that
// moment). With a read replica the report's queries run on the standby; the access log and
// the clock stay on `db`, the primary.
class ReportService {
public:
    explicit ReportService(Database &db);
    ReportService(Database &db, ReadReplica &reads);

    Result<SalesReport> report(const Actor &asking, const ReportPeriod &period);
    // The last ReportPeriod::DefaultDays days up to today, by the database server's clock
    // (UTC): what a report shows when nobody picked dates.
    Result<ReportPeriod> defaultPeriod();

private:
    Database &m_db;
    ReadReplica *m_reads = nullptr; // null: the queries run on m_db too
    AccessControl m_access;
};

} // namespace kiosk
