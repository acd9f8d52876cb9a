#pragma once

#include "auth/AccessControl.h"
#include "domain/SalesReport.h"

namespace kiosk {

class Database;
class ReadReplica;

// The sales and operations report for supervisors and up: AccessControl first (a refusal
// is ErrorCode::Forbidden, reads nothing and is written to the access log, exactly as for
// BookingService), then ReportRepository. The agent UI, kioskctl report and the benchmark
// all come here. With a read replica the report's queries run on the standby; the access
// log and the clock stay on `db`, the primary.
class ReportService {
public:
    ReportService(Database &db, Actor actor);
    ReportService(Database &db, ReadReplica &reads, Actor actor);

    const Actor &actor() const { return m_actor; }
    // Who asks from now on (sign-in, sign-out on a shared workstation).
    void setActor(const Actor &actor) { m_actor = actor; }

    Result<SalesReport> report(const ReportPeriod &period);
    // The last ReportPeriod::DefaultDays days up to today, by the database server's clock
    // (UTC): what a report shows when nobody picked dates.
    Result<ReportPeriod> defaultPeriod();

private:
    Database &m_db;
    ReadReplica *m_reads = nullptr; // null: the queries run on m_db too
    Actor m_actor;
    AccessControl m_access;
};

} // namespace kiosk
