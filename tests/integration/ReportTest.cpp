// The sales report on both databases: every figure of a hand-built data set
// (tests/support/ReportDataSet.h), the period's boundaries, and who may see it.
#include "BackendFixture.h"
#include "ReportDataSet.h"
#include "SqlProbe.h"
#include "reporting/ReportService.h"

#include <QTimeZone>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ReportTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        ASSERT_FALSE(HasFailure());
        ASSERT_TRUE(data.build(*db, *service));
    }

    Result<SalesReport> report(QDate from, QDate to, Role role = Role::Supervisor)
    {
        auto period = ReportPeriod::between(from, to);
        EXPECT_TRUE(period.ok());
        return ReportService(*db).report(Actor{QStringLiteral("desk-1"), QStringLiteral("sue"), role}, *period);
    }

    static QList<Money> eur(qint64 minor) { return {Money(minor, QStringLiteral("EUR"))}; }

    ReportDataSet data;
};

TEST_P(ReportTest, FiguresOfTheKnownDataSet)
{
    auto r = report(ReportDataSet::day1(), ReportDataSet::day2());
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->funnel.initiated, 7);
    EXPECT_EQ(r->funnel.seatHeld, 7);
    EXPECT_EQ(r->funnel.paymentPending, 4);
    EXPECT_EQ(r->funnel.confirmed, 4); // B4 counts: it was confirmed before its refund
    EXPECT_EQ(r->bookingsIn(BookingState::Confirmed), 3);
    EXPECT_EQ(r->bookingsIn(BookingState::Expired), 1);
    EXPECT_EQ(r->bookingsIn(BookingState::Refunded), 1);
    EXPECT_EQ(r->bookingsIn(BookingState::SeatHeld), 1);
    EXPECT_EQ(r->bookingsIn(BookingState::Cancelled), 1);
    EXPECT_EQ(r->bookingsIn(BookingState::PaymentPending), 0);
    EXPECT_EQ(r->states.size(), allBookingStates().size());

    EXPECT_EQ(r->paymentAttempts, 5);
    EXPECT_EQ(r->paymentsApproved, 4);
    EXPECT_EQ(r->paymentsDeclined, 1);
    EXPECT_DOUBLE_EQ(r->paymentSuccessRate().value_or(-1), 0.8);
    EXPECT_EQ(r->holdsPlaced, 7);
    EXPECT_EQ(r->holdsExpired, 1);
    EXPECT_DOUBLE_EQ(r->expiredHoldRate().value_or(-1), 1.0 / 7);

    ASSERT_EQ(r->flights.size(), 2); // C departs at the first instant after the period
    const FlightSales &a = r->flights[0];
    EXPECT_EQ(a.key, QStringLiteral("KX501/2026-03-10"));
    EXPECT_EQ(a.seatsSold, 4);
    EXPECT_EQ(a.seatCapacity, 59); // 3B is blocked
    EXPECT_DOUBLE_EQ(a.loadFactor().value_or(-1), 4.0 / 59);
    EXPECT_EQ(a.revenue, Money(19600, QStringLiteral("EUR")));
    const FlightSales &b = r->flights[1];
    EXPECT_EQ(b.key, QStringLiteral("KX502/2026-03-11"));
    EXPECT_EQ(b.origin, QStringLiteral("DUB"));
    EXPECT_EQ(b.destination, QStringLiteral("LHR"));
    EXPECT_EQ(b.seatsSold, 0);
    EXPECT_EQ(b.seatCapacity, 60);
    EXPECT_EQ(b.revenue, Money(4500, QStringLiteral("EUR"))); // 60.00 captured - 15.00 refunded

    ASSERT_EQ(r->days.size(), 2);
    EXPECT_EQ(r->days[0].day, ReportDataSet::day1());
    EXPECT_EQ(r->days[0].bookings, 4);
    EXPECT_EQ(r->days[0].confirmed, 3);
    EXPECT_EQ(r->days[0].revenue, eur(20700));
    EXPECT_EQ(r->days[1].day, ReportDataSet::day2());
    EXPECT_EQ(r->days[1].bookings, 3);
    EXPECT_EQ(r->days[1].confirmed, 1);
    EXPECT_EQ(r->days[1].revenue, eur(3400)); // B7's 49.00 minus B4's refund paid that day
    EXPECT_EQ(r->totalRevenue(), eur(24100));
    EXPECT_TRUE(r->generatedUtc.isValid());
}

TEST_P(ReportTest, ABookingOnTheLastDayCountsOneTheDayAfterDoesNot)
{
    auto lastDay = report(ReportDataSet::day2(), ReportDataSet::day2());
    ASSERT_TRUE(lastDay.ok()) << lastDay.error().message.toStdString();
    EXPECT_EQ(lastDay->funnel.initiated, 3); // B5, B6 and B7 at 23:59:59
    EXPECT_EQ(lastDay->funnel.confirmed, 1);
    ASSERT_EQ(lastDay->flights.size(), 1);
    EXPECT_EQ(lastDay->flights[0].key, QStringLiteral("KX502/2026-03-11"));
    EXPECT_EQ(lastDay->totalRevenue(), eur(3400));

    auto dayAfter = report(ReportDataSet::dayAfter(), ReportDataSet::dayAfter());
    ASSERT_TRUE(dayAfter.ok());
    EXPECT_EQ(dayAfter->funnel.initiated, 1); // B8 at 00:00:00
    ASSERT_EQ(dayAfter->flights.size(), 1);
    EXPECT_EQ(dayAfter->flights[0].key, QStringLiteral("KX503/2026-03-12"));
    EXPECT_EQ(dayAfter->flights[0].seatsSold, 1);
    EXPECT_EQ(dayAfter->totalRevenue(), eur(7000));

    auto all = report(ReportDataSet::day1(), ReportDataSet::dayAfter());
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->funnel.initiated, 8);
    EXPECT_EQ(all->flights.size(), 3);
    EXPECT_EQ(all->days.size(), 3);
    EXPECT_EQ(all->totalRevenue(), eur(31100));

    auto before = report(ReportDataSet::day1().addDays(-7), ReportDataSet::day1().addDays(-1));
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->funnel.initiated, 0);
    EXPECT_TRUE(before->flights.isEmpty());
    EXPECT_EQ(before->days.size(), 7);
    EXPECT_FALSE(before->paymentSuccessRate().has_value()); // nothing to divide
    EXPECT_FALSE(before->expiredHoldRate().has_value());
    EXPECT_TRUE(before->totalRevenue().isEmpty());
}

TEST_P(ReportTest, KioskAndAgentAreRefusedAndLoggedSupervisorAndAdminMaySee)
{
    for (Role role : {Role::Kiosk, Role::Agent}) {
        const qint64 denied = countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'"));
        auto refused = report(ReportDataSet::day1(), ReportDataSet::day2(), role);
        ASSERT_FALSE(refused.ok()) << roleName(role).toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
        EXPECT_TRUE(refused.error().message.startsWith(
            QStringLiteral("view reports is not allowed for role %1").arg(roleName(role))))
            << refused.error().message.toStdString();
        EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'")), denied + 1);
        EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                            QStringLiteral("id = (SELECT MAX(id) FROM access_events) AND action = 'view reports' "
                                           "AND role = '%1' AND target = '2026-03-10..2026-03-11'")
                                .arg(roleName(role))),
                  1);
    }
    for (Role role : {Role::Supervisor, Role::Admin}) {
        auto allowed = report(ReportDataSet::day1(), ReportDataSet::day2(), role);
        ASSERT_TRUE(allowed.ok()) << allowed.error().message.toStdString();
        EXPECT_EQ(allowed->funnel.initiated, 7);
    }
}

TEST_P(ReportTest, TheDefaultPeriodIsTheLastThirtyDaysByTheServerClock)
{
    ReportService reports(*db);
    auto period = reports.defaultPeriod();
    ASSERT_TRUE(period.ok());
    auto now = db->serverNow();
    ASSERT_TRUE(now.ok());
    EXPECT_EQ(period->to(), now->toUTC().date());
    EXPECT_EQ(period->days(), 30);
}

KIOSK_ON_BOTH_BACKENDS(ReportTest);

TEST(ReportPeriodTest, RefusesAPeriodThatEndsBeforeItStartsOrIsInvalid)
{
    auto reversed = ReportPeriod::between(QDate(2026, 3, 11), QDate(2026, 3, 10));
    ASSERT_FALSE(reversed.ok());
    EXPECT_EQ(reversed.error().code, ErrorCode::BadInput);
    EXPECT_EQ(reversed.error().message,
              QStringLiteral("the report period starts after it ends: from 2026-03-11 is after to 2026-03-10"));
    EXPECT_FALSE(ReportPeriod::between(QDate(), QDate(2026, 3, 10)).ok());
    EXPECT_FALSE(ReportPeriod::between(QDate(2020, 1, 1), QDate(2026, 3, 10)).ok()); // over MaxDays
    auto one = ReportPeriod::between(QDate(2026, 3, 10), QDate(2026, 3, 10));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->days(), 1);
    EXPECT_EQ(one->endMs() - one->startMs(), 86400000);
    EXPECT_EQ(one->startMs(), QDateTime(QDate(2026, 3, 10), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

} // namespace
