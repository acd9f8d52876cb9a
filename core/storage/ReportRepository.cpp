#include "ReportRepository.h"

#include "Database.h"
#include "Statement.h"

namespace kiosk {

namespace {

constexpr qint64 MsPerDay = 86400000;

// A read-only snapshot for the report's queries: PostgreSQL REPEATABLE READ; SQLite's
// deferred BEGIN reads one WAL snapshot and takes no write lock. Nothing is written, so
// it always ends with ROLLBACK.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    Status begin()
    {
        auto begun = m_db.execute(m_db.dialect().isPostgres()
                                      ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                      : QStringLiteral("BEGIN"),
                                  QStringLiteral("starting the report's snapshot"));
        m_open = begun.ok();
        if (!m_open || !m_db.dialect().isPostgres())
            return begun;
        // The statements are prepared once per connection, and after five runs PostgreSQL
        // may switch to one generic plan for every period: the plan of a year's full scan
        // then serves a one-day report too (measured: 0.55 s instead of milliseconds on a
        // million bookings). A report is rare, so it plans for its own period every time,
        // and a long period may take longer than a terminal's 30 s statement timeout: a
        // read-only snapshot holds no lock that could stop a sale. With the default random
        // page cost (4, for spinning disks) the planner preferred a full scan of payments to
        // 2,740 index probes for one day of a million bookings; the tables of a kiosk
        // database live in memory or on SSD, where a probe costs about what a scan step does.
        return m_db.execute(QStringLiteral("SET LOCAL plan_cache_mode = force_custom_plan; "
                                           "SET LOCAL statement_timeout = '300s'; SET LOCAL random_page_cost = 1.1"),
                            QStringLiteral("configuring the report's snapshot"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.execute(QStringLiteral("ROLLBACK"), QStringLiteral("ending the report's snapshot"));
    }

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

Result<SalesReport> ReportRepository::load(const ReportPeriod &period)
{
    ReadSnapshot snapshot(m_db);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();
    SalesReport report;
    report.period = period;
    auto now = m_db.serverNow();
    if (!now)
        return now.error();
    report.generatedUtc = *now;
    for (const BookingState state : allBookingStates())
        report.states.append({state, 0});
    for (QDate d = period.from(); d <= period.to(); d = d.addDays(1))
        report.days.append(DailySales{d, 0, 0, {}});
    for (auto step : {&ReportRepository::loadCohort, &ReportRepository::loadPayments,
                      &ReportRepository::loadConfirmations, &ReportRepository::loadRefunds,
                      &ReportRepository::loadFlights, &ReportRepository::loadVouchers}) {
        if (auto done = (this->*step)(report); !done)
            return done.error();
    }
    return report;
}

Result<Statement> ReportRepository::periodQuery(const QString &sql, const ReportPeriod &period, const QString &what)
{
    auto query = Statement::prepare(m_db, sql);
    if (!query)
        return query.error();
    query->bind(QStringLiteral(":from"), period.startMs()).bind(QStringLiteral(":to"), period.endMs());
    if (auto done = query->exec(what); !done)
        return done.error();
    return query;
}

DailySales &ReportRepository::day(SalesReport &report, qint64 epochDay)
{
    // Rows come from inside the period's bounds, so the index is always in range.
    const QDate date = QDate(1970, 1, 1).addDays(epochDay);
    return report.days[qBound(qsizetype(0), qsizetype(report.period.from().daysTo(date)), report.days.size() - 1)];
}

Status ReportRepository::loadCohort(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    // One row per booking made in the period with the steps its audit trail reached, then
    // counted per creation day and current state. Every booking row starts as INITIATED.
    auto query = periodQuery(
        QStringLiteral(
            "SELECT c.day, c.state, COUNT(*), SUM(c.held), SUM(c.pending), SUM(c.confirmed), SUM(c.expired) FROM ("
            "SELECT b.id, b.state, %1 / %2 AS day, "
            "MAX(CASE WHEN e.to_state = 'SEAT_HELD' THEN 1 ELSE 0 END) AS held, "
            "MAX(CASE WHEN e.to_state = 'PAYMENT_PENDING' THEN 1 ELSE 0 END) AS pending, "
            "MAX(CASE WHEN e.to_state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed, "
            "MAX(CASE WHEN e.to_state = 'EXPIRED' THEN 1 ELSE 0 END) AS expired "
            "FROM bookings b LEFT JOIN booking_events e ON e.booking_id = b.id "
            "WHERE b.created_at >= %3 AND b.created_at < %4 GROUP BY b.id, b.state, b.created_at) c "
            "GROUP BY c.day, c.state")
            .arg(sql.epochMs(QStringLiteral("b.created_at")))
            .arg(MsPerDay)
            .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("counting the bookings of the report"));
    if (!query)
        return query.error();
    while (query->next()) {
        const qint64 count = query->value(2).toLongLong();
        day(report, query->value(0).toLongLong()).bookings += count;
        if (auto state = bookingStateFromName(query->value(1).toString())) {
            for (auto &entry : report.states)
                if (entry.first == *state)
                    entry.second += count;
        }
        report.funnel.initiated += count;
        report.funnel.seatHeld += query->value(3).toLongLong();
        report.funnel.paymentPending += query->value(4).toLongLong();
        report.funnel.confirmed += query->value(5).toLongLong();
        report.holdsExpired += query->value(6).toLongLong();
    }
    report.holdsPlaced = report.funnel.seatHeld;
    return Done{};
}

Status ReportRepository::loadPayments(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = periodQuery(
        QStringLiteral("SELECT p.status, COUNT(*) FROM bookings b JOIN payments p ON p.booking_id = b.id "
                             "WHERE b.created_at >= %1 AND b.created_at < %2 GROUP BY p.status")
                  .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("counting the payment attempts of the report"));
    if (!query)
        return query.error();
    static const QStringList approved{QStringLiteral("AUTHORIZED"), QStringLiteral("CAPTURED"),
                                      QStringLiteral("REFUNDED")};
    while (query->next()) {
        const QString status = query->value(0).toString();
        const qint64 count = query->value(1).toLongLong();
        report.paymentAttempts += count;
        if (approved.contains(status))
            report.paymentsApproved += count;
        else if (status == QLatin1String("DECLINED"))
            report.paymentsDeclined += count;
    }
    return Done{};
}

Status ReportRepository::loadVouchers(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = periodQuery(
        QStringLiteral("SELECT r.currency, COUNT(*), SUM(r.discount_minor) FROM bookings b JOIN voucher_redemptions r "
                       "ON r.booking_id = b.id WHERE b.created_at >= %1 AND b.created_at < %2 AND r.status = 'REDEEMED' "
                       "GROUP BY r.currency")
            .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("adding up the vouchers of the report"));
    if (!query)
        return query.error();
    while (query->next()) {
        report.vouchersRedeemed += query->value(1).toLongLong();
        SalesReport::addTo(report.voucherDiscounts,
                           Money(query->value(2).toLongLong(), query->value(0).toString().trimmed()));
    }
    return Done{};
}

Status ReportRepository::loadConfirmations(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    // The confirmation is the sale's commit point (capture follows it): its day is the
    // day the money counts. A seat change is a CONFIRMED -> CONFIRMED row, not a sale.
    auto query = periodQuery(
        QStringLiteral("SELECT %1 / %2, b.currency, COUNT(DISTINCT e.id), COALESCE(SUM(p.captured_minor), 0) "
                             "FROM booking_events e JOIN bookings b ON b.id = e.booking_id "
                             "LEFT JOIN payments p ON p.booking_id = b.id " // declined attempts add nothing
                             "WHERE e.to_state = 'CONFIRMED' AND e.at >= %3 AND e.at < %4 "
                             "AND e.from_state = 'PAYMENT_PENDING' GROUP BY 1, 2")
                  .arg(sql.epochMs(QStringLiteral("e.at")))
                  .arg(MsPerDay)
                  .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("reading the confirmations of the report"));
    if (!query)
        return query.error();
    while (query->next()) {
        DailySales &d = day(report, query->value(0).toLongLong());
        d.confirmed += query->value(2).toLongLong();
        const qint64 captured = query->value(3).toLongLong();
        if (captured != 0)
            SalesReport::addTo(d.revenue, Money(captured, query->value(1).toString()));
    }
    return Done{};
}

Status ReportRepository::loadRefunds(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    // A refund counts on the day the gateway paid it (the row turned DONE).
    auto query = periodQuery(
        QStringLiteral("SELECT %1 / %2, p.currency, SUM(r.amount_minor) FROM refunds r "
                             "JOIN payments p ON p.id = r.payment_id "
                             "WHERE r.status = 'DONE' AND r.updated_at >= %3 AND r.updated_at < %4 GROUP BY 1, 2")
                  .arg(sql.epochMs(QStringLiteral("r.updated_at")))
                  .arg(MsPerDay)
                  .arg(sql.fromEpochMs(QStringLiteral(":from")), sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("reading the refunds of the report"));
    if (!query)
        return query.error();
    while (query->next())
        SalesReport::addTo(day(report, query->value(0).toLongLong()).revenue,
                           Money(-query->value(2).toLongLong(), query->value(1).toString()));
    return Done{};
}

Status ReportRepository::loadFlights(SalesReport &report)
{
    const SqlDialect &sql = m_db.dialect();
    auto query = periodQuery(
        QStringLiteral("SELECT f.id, f.carrier, f.number, f.departure_date, %1, f.origin, f.destination, "
                             "f.currency, "
                             "(SELECT COUNT(*) FROM seats s WHERE s.flight_id = f.id AND NOT s.blocked), "
                             "(SELECT COUNT(*) FROM bookings b JOIN booking_lines l ON l.booking_id = b.id "
                             " WHERE b.flight_id = f.id AND b.state = 'CONFIRMED' AND l.active), "
                             "(SELECT COALESCE(SUM(p.captured_minor - p.refunded_minor), 0) FROM bookings b "
                             " JOIN payments p ON p.booking_id = b.id WHERE b.flight_id = f.id), "
                             "f.status, f.seats_opened_at IS NOT NULL "
                             "FROM flights f WHERE f.departure_at >= %2 AND f.departure_at < %3 "
                             "ORDER BY f.departure_at, f.id")
                  .arg(sql.epochMs(QStringLiteral("f.departure_at")), sql.fromEpochMs(QStringLiteral(":from")),
                       sql.fromEpochMs(QStringLiteral(":to"))),
        report.period, QStringLiteral("reading the flights of the report"));
    if (!query)
        return query.error();
    while (query->next()) {
        FlightSales f;
        f.flightId = query->value(0).toLongLong();
        f.key = query->value(1).toString() + query->value(2).toString() + QLatin1Char('/')
            + query->value(3).toString().left(10);
        f.departureUtc = utcFromEpochMs(query->value(4));
        f.origin = query->value(5).toString();
        f.destination = query->value(6).toString();
        f.seatCapacity = query->value(8).toLongLong();
        f.seatsSold = query->value(9).toLongLong();
        f.revenue = Money(query->value(10).toLongLong(), query->value(7).toString());
        if (query->value(11).toString() == QLatin1String("CANCELLED"))
            f.status = FlightStatus::Cancelled;
        else if (f.departureUtc <= report.generatedUtc)
            f.status = FlightStatus::Departed;
        else
            f.status = query->value(12).toBool() ? FlightStatus::OnSale : FlightStatus::NotOnSaleYet;
        report.flights << f;
    }
    return Done{};
}

} // namespace kiosk
