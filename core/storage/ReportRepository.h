#pragma once

#include "domain/Result.h"
#include "Statement.h"
#include "domain/SalesReport.h"

namespace kiosk {

class Database;

// The SQL of the sales report. Every query starts from an index range over the period
// (bookings.created_at, booking_events (to_state, at), refunds (status, updated_at),
// flights.departure_at) and reaches the rows behind it by primary or foreign-key indexes,
// so a day's report reads a day's rows however many bookings the database holds
// (tests/bench/report_bench, docs/benchmarks.md). All queries run in one read-only
// snapshot, so the figures agree with each other while terminals keep selling.
class ReportRepository {
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    Result<SalesReport> load(const ReportPeriod &period);

private:
    // Funnel, states, holds and bookings per day: the bookings made in the period.
    Status loadCohort(SalesReport &report);
    Status loadPayments(SalesReport &report);
    // Confirmations and captured money per day; refunds paid per day.
    Status loadConfirmations(SalesReport &report);
    Status loadRefunds(SalesReport &report);
    Status loadFlights(SalesReport &report);
    Status loadVouchers(SalesReport &report);
    DailySales &day(SalesReport &report, qint64 epochDay);
    // Prepares `sql`, binds the period's bounds to :from and :to, and runs it.
    Result<Statement> periodQuery(const QString &sql, const ReportPeriod &period, const QString &what);

    Database &m_db;
};

} // namespace kiosk
