// kioskctl report on SQLite and PostgreSQL: the figures of the hand-built data set
// (tests/support/ReportDataSet.h) as JSON, CSV and text; bad input (exit 2); roles (exit 6).
#include "CliFixture.h"
#include "ReportDataSet.h"
#include "booking/BookingService.h"
#include "payment/MockPaymentGateway.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliReportTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        ASSERT_FALSE(HasFailure());
        MockPaymentGateway gateway;
        BookingService service(*db, gateway, Actor{QStringLiteral("desk-1"), QStringLiteral("tester"), Role::Admin});
        ASSERT_TRUE(data.build(*db, service));
    }

    QStringList period() const
    {
        return {QStringLiteral("report"), QStringLiteral("--from"), ReportDataSet::day1().toString(Qt::ISODate),
                QStringLiteral("--to"), ReportDataSet::day2().toString(Qt::ISODate)};
    }
    // kioskctl without --json: text or CSV on stdout.
    CtlRun plain(const QStringList &arguments) const
    {
        return runner.run(QStringList{QStringLiteral("--db"), url(), QStringLiteral("--terminal"),
                                      QStringLiteral("cli-test")}
                          + arguments);
    }
    void expectBadInput(const QStringList &arguments, const QString &message) const
    {
        const CtlRun run = ctl(arguments);
        EXPECT_EQ(run.exitCode, 2) << run.describe();
        EXPECT_EQ(run.error()[QStringLiteral("error")].toString(), QStringLiteral("bad_input"));
        EXPECT_EQ(run.error()[QStringLiteral("message")].toString(), message);
        EXPECT_TRUE(run.out.isEmpty());
    }

    ReportDataSet data;
};

TEST_P(CliReportTest, JsonHasEveryFigureOfTheDataSet)
{
    const CtlRun run = ctl(period());
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QJsonObject r = run.json();
    EXPECT_EQ(r[QStringLiteral("period")][QStringLiteral("from")].toString(), QStringLiteral("2026-03-10"));
    EXPECT_EQ(r[QStringLiteral("period")][QStringLiteral("days")].toInt(), 2);
    EXPECT_EQ(r[QStringLiteral("period")][QStringLiteral("time_zone")].toString(), QStringLiteral("UTC"));
    const QJsonObject funnel = r[QStringLiteral("funnel")].toObject();
    EXPECT_EQ(funnel[QStringLiteral("initiated")].toInt(), 7);
    EXPECT_EQ(funnel[QStringLiteral("seat_held")].toInt(), 7);
    EXPECT_EQ(funnel[QStringLiteral("payment_pending")].toInt(), 4);
    EXPECT_EQ(funnel[QStringLiteral("confirmed")].toInt(), 4);
    const QJsonObject states = r[QStringLiteral("states")].toObject();
    EXPECT_EQ(states[QStringLiteral("CONFIRMED")].toInt(), 3);
    EXPECT_EQ(states[QStringLiteral("EXPIRED")].toInt(), 1);
    EXPECT_EQ(states[QStringLiteral("REFUNDED")].toInt(), 1);
    EXPECT_EQ(states[QStringLiteral("PAYMENT_PENDING")].toInt(-1), 0);
    EXPECT_DOUBLE_EQ(r[QStringLiteral("payments")][QStringLiteral("success_rate")].toDouble(), 0.8);
    EXPECT_EQ(r[QStringLiteral("payments")][QStringLiteral("declined")].toInt(), 1);
    EXPECT_EQ(r[QStringLiteral("holds")][QStringLiteral("expired")].toInt(), 1);
    EXPECT_EQ(r[QStringLiteral("revenue")][0][QStringLiteral("amount")].toInteger(), 24100);
    const QJsonArray flights = r[QStringLiteral("flights")].toArray();
    ASSERT_EQ(flights.size(), 2);
    EXPECT_EQ(flights[0][QStringLiteral("key")].toString(), QStringLiteral("KX501/2026-03-10"));
    EXPECT_EQ(flights[0][QStringLiteral("seats_sold")].toInt(), 4);
    EXPECT_EQ(flights[0][QStringLiteral("seat_capacity")].toInt(), 59);
    EXPECT_EQ(flights[0][QStringLiteral("revenue")][QStringLiteral("amount")].toInteger(), 19600);
    EXPECT_EQ(flights[1][QStringLiteral("departure")].toString(), QStringLiteral("2026-03-11T23:30:00Z"));
    const QJsonArray days = r[QStringLiteral("days")].toArray();
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days[1][QStringLiteral("date")].toString(), QStringLiteral("2026-03-11"));
    EXPECT_EQ(days[1][QStringLiteral("bookings")].toInt(), 3);
    EXPECT_EQ(days[1][QStringLiteral("revenue")][0][QStringLiteral("amount")].toInteger(), 3400);
}

TEST_P(CliReportTest, CsvIsOneTableASectionOrEveryTableUnderItsName)
{
    const CtlRun flights = plain(period() + QStringList{QStringLiteral("--csv"), QStringLiteral("--section"),
                                                         QStringLiteral("flights")});
    ASSERT_EQ(flights.exitCode, 0) << flights.describe();
    EXPECT_EQ(flights.out,
              "flight,from,to,departure_utc,seats_sold,capacity,load_factor_pct,revenue,currency\r\n"
              "KX501/2026-03-10,DUB,LHR,2026-03-10 18:00:00Z,4,59,6.8,196.00,EUR\r\n"
              "KX502/2026-03-11,DUB,LHR,2026-03-11 23:30:00Z,0,60,0.0,45.00,EUR\r\n");
    const CtlRun days = plain(period() + QStringList{QStringLiteral("--csv"), QStringLiteral("--section"),
                                                      QStringLiteral("days")});
    ASSERT_EQ(days.exitCode, 0) << days.describe();
    EXPECT_EQ(days.out, "date,bookings,confirmed,revenue_EUR\r\n2026-03-10,4,3,207.00\r\n2026-03-11,3,1,34.00\r\n");

    const CtlRun all = plain(period() + QStringList{QStringLiteral("--csv")});
    ASSERT_EQ(all.exitCode, 0) << all.describe();
    EXPECT_TRUE(all.out.startsWith("summary\r\nmetric,value\r\nfrom,2026-03-10\r\n")) << all.out.left(80).data();
    EXPECT_TRUE(all.out.contains("\r\n\r\nfunnel\r\nstep,bookings,pct_of_initiated\r\nINITIATED,7,100.0\r\n"));
    EXPECT_TRUE(all.out.contains("payment_success_pct,80.0\r\n"));
    EXPECT_TRUE(all.out.contains("revenue_EUR,241.00\r\n"));
    EXPECT_TRUE(all.out.contains("\r\n\r\nflights\r\n"));
}

TEST_P(CliReportTest, TextIsTablesForPeople)
{
    const CtlRun run = plain(period());
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Report 2026-03-10 to 2026-03-11 (UTC days, both included)")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nFLIGHTS\nflight ")));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("KX501/2026-03-10 +DUB +LHR .* 4 +59 +6.8 +196.00  EUR"))))
        << run.out.data();
}

TEST_P(CliReportTest, BadInputIsExitTwoWithTheReason)
{
    expectBadInput({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-02-30")},
                   QStringLiteral("--from must be a date as YYYY-MM-DD, not '2026-02-30'"));
    expectBadInput({QStringLiteral("report"), QStringLiteral("--to"), QStringLiteral("11/03/2026")},
                   QStringLiteral("--to must be a date as YYYY-MM-DD, not '11/03/2026'"));
    expectBadInput({QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-03-11"),
                    QStringLiteral("--to"), QStringLiteral("2026-03-10")},
                   QStringLiteral("--from 2026-03-11 is after --to 2026-03-10"));
    expectBadInput(period() + QStringList{QStringLiteral("--csv")},
                   QStringLiteral("--csv and --json exclude each other: pick one output format"));
    const CtlRun section = plain(period() + QStringList{QStringLiteral("--section"), QStringLiteral("seats")});
    EXPECT_EQ(section.exitCode, 2) << section.describe();
    EXPECT_TRUE(section.err.contains("--section must be one of summary, funnel, states, flights, days, not 'seats'"))
        << section.err.data();
}

TEST_P(CliReportTest, WithoutDatesItIsTheLastThirtyDays)
{
    const CtlRun run = ctl({QStringLiteral("report")});
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    const QString today = db->serverNow()->toUTC().date().toString(Qt::ISODate);
    EXPECT_EQ(run.json()[QStringLiteral("period")][QStringLiteral("to")].toString(), today);
    EXPECT_EQ(run.json()[QStringLiteral("period")][QStringLiteral("days")].toInt(), 30);
    EXPECT_EQ(run.json()[QStringLiteral("days")].toArray().size(), 30);
}

TEST_P(CliReportTest, KioskAndAgentExitSixSupervisorSeesIt)
{
    for (const auto &[name, role] : {std::pair{QStringLiteral("kiosk1"), Role::Kiosk},
                                     std::pair{QStringLiteral("agent1"), Role::Agent},
                                     std::pair{QStringLiteral("supervisor1"), Role::Supervisor}})
        ASSERT_NO_FATAL_FAILURE(addStaff(name, role));
    for (const QString &role : {QStringLiteral("kiosk"), QStringLiteral("agent")}) {
        const CtlRun refused = as(role + QStringLiteral("1"), period());
        EXPECT_EQ(refused.exitCode, 6) << refused.describe();
        EXPECT_EQ(refused.error()[QStringLiteral("error")].toString(), QStringLiteral("forbidden"));
        EXPECT_TRUE(refused.error()[QStringLiteral("message")].toString().startsWith(
            QStringLiteral("view reports is not allowed for role %1").arg(role)));
        EXPECT_TRUE(refused.out.isEmpty());
    }
    const CtlRun allowed = as(QStringLiteral("supervisor1"), period());
    ASSERT_EQ(allowed.exitCode, 0) << allowed.describe();
    EXPECT_EQ(allowed.json()[QStringLiteral("funnel")][QStringLiteral("initiated")].toInt(), 7);
}

// --read-db (or $KIOSK_READ_DB) is where the report is read: here an empty second database
// stands in for a standby, so its zeros show the report came from there.
TEST_P(CliReportTest, ReadDbServesTheReportAndAMalformedOneIsExitTwo)
{
    TestDatabase replica(GetParam());
    ASSERT_TRUE(replica.ready()) << replica.setupError().toStdString();
    const CtlRun fromReplica = ctl(QStringList{QStringLiteral("--read-db"), replica.url()} + period());
    ASSERT_EQ(fromReplica.exitCode, 0) << fromReplica.describe();
    EXPECT_EQ(fromReplica.json()[QStringLiteral("funnel")][QStringLiteral("initiated")].toInt(), 0);

    KioskctlRunner withEnvironment = runner;
    withEnvironment.environment().insert(QStringLiteral("KIOSK_READ_DB"), replica.url());
    const CtlRun fromEnvironment = withEnvironment.run(globalArguments() + period());
    ASSERT_EQ(fromEnvironment.exitCode, 0) << fromEnvironment.describe();
    EXPECT_EQ(fromEnvironment.json()[QStringLiteral("funnel")][QStringLiteral("initiated")].toInt(), 0);
    const CtlRun flagWins = withEnvironment.run(globalArguments() + QStringList{QStringLiteral("--read-db"), url()} + period());
    ASSERT_EQ(flagWins.exitCode, 0) << flagWins.describe();
    EXPECT_EQ(flagWins.json()[QStringLiteral("funnel")][QStringLiteral("initiated")].toInt(), 7);

    const CtlRun malformed = ctl(QStringList{QStringLiteral("--read-db"), QStringLiteral("mysql://db1/kiosk")} + period());
    EXPECT_EQ(malformed.exitCode, 2) << malformed.describe();
    EXPECT_EQ(malformed.error()[QStringLiteral("error")].toString(), QStringLiteral("bad_input"));
    EXPECT_TRUE(malformed.error()[QStringLiteral("message")].toString().startsWith(QStringLiteral("--read-db: ")))
        << malformed.describe();
}

KIOSK_ON_BOTH_BACKENDS(CliReportTest);

} // namespace
