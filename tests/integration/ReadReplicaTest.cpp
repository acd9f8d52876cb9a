// Read replicas (docs/operations.md, "Read replicas"): the departures board and the sales
// report read from the --read-db connection; holds, the seat map that feeds them, the
// clock and the access log stay on the primary. First on both backends with a second
// database standing in for the replica (its data differs, so each answer shows where it
// came from), then with a real PostgreSQL hot standby whose replay is paused.
#include "BackendFixture.h"
#include "PrivateCluster.h"
#include "SqlProbe.h"

#include "booking/FlightCatalog.h"
#include "reporting/ReportService.h"
#include "storage/Migrator.h"
#include "storage/ReadReplica.h"

#include <QTest>
#include <QTimeZone>

using namespace kiosk;
using namespace kiosk::test;

namespace {

QStringList flightNumbers(const QList<FlightSummary> &board)
{
    QStringList numbers;
    for (const FlightSummary &summary : board)
        numbers << summary.flight.designator();
    return numbers;
}

DepartureQuery fromDublin()
{
    DepartureQuery query;
    query.origin = QStringLiteral("DUB");
    return query;
}

Result<SalesReport> todaysReport(ReportService &reports, const Actor &asking)
{
    auto period = reports.defaultPeriod();
    if (!period)
        return period.error();
    return reports.report(asking, *period);
}

class ReadReplicaTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        ASSERT_FALSE(HasFailure());
        m_other.emplace(GetParam());
        ASSERT_TRUE(m_other->ready()) << m_other->setupError().toStdString();
        replicaDb = m_other->connect(QStringLiteral("kiosk-replica-test"));
        ASSERT_NE(replicaDb, nullptr);
        TestFlightSpec spec;
        spec.number = 202;
        spec.rows = 5;
        replicaFlight = addTestFlight(*replicaDb, spec);
        auto opened = ReadReplica::open(m_other->url(), *db, QStringLiteral("kiosk-reads"));
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        replica = std::move(*opened);
    }

    void TearDown() override
    {
        replica.reset();
        replicaDb.reset();
        m_other.reset();
        BackendTest::TearDown();
    }

    std::optional<TestDatabase> m_other;
    std::unique_ptr<Database> replicaDb;
    std::unique_ptr<ReadReplica> replica;
    Flight replicaFlight;
};

TEST_P(ReadReplicaTest, TheBoardComesFromTheReplicaTheSeatMapAndHoldsFromThePrimary)
{
    ASSERT_TRUE(replica->readsFromStandby());
    FlightCatalog catalog(*db, *replica);
    auto board = catalog.departures(fromDublin());
    ASSERT_TRUE(board.ok()) << board.error().message.toStdString();
    EXPECT_EQ(flightNumbers(*board), QStringList{QStringLiteral("KX202")});
    auto destinations = catalog.destinationsFrom(QStringLiteral("DUB"));
    ASSERT_TRUE(destinations.ok());
    EXPECT_EQ(destinations->size(), 1);

    // The seat map of the primary's flight (10 rows), not the replica's (5 rows).
    auto seats = catalog.seats(flight.id);
    ASSERT_TRUE(seats.ok());
    EXPECT_EQ(seats->size(), 60);
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
    EXPECT_EQ(countRows(*replicaDb, QStringLiteral("bookings")), 0);
}

TEST_P(ReadReplicaTest, TheReportReadsTheReplicaAndARefusalIsLoggedOnThePrimary)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok()); // on the primary only
    const Actor sue{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};
    ReportService onPrimary(*db);
    ReportService onReplica(*db, *replica);
    auto primaryReport = todaysReport(onPrimary, sue);
    auto replicaReport = todaysReport(onReplica, sue);
    ASSERT_TRUE(primaryReport.ok()) << primaryReport.error().message.toStdString();
    ASSERT_TRUE(replicaReport.ok()) << replicaReport.error().message.toStdString();
    EXPECT_EQ(primaryReport->holdsPlaced, 1);
    EXPECT_EQ(replicaReport->holdsPlaced, 0);

    const qint64 refusalsBefore = countRows(*db, QStringLiteral("access_events"));
    auto refused = todaysReport(onReplica, Actor{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events")), refusalsBefore + 1);
    EXPECT_EQ(countRows(*replicaDb, QStringLiteral("access_events")), 0);
}

TEST_P(ReadReplicaTest, WithoutAReadUrlEverythingReadsThePrimary)
{
    auto none = ReadReplica::open(QString(), *db, QStringLiteral("kiosk-reads"));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE((*none)->hasStandbyUrl());
    FlightCatalog catalog(*db, **none);
    auto board = catalog.departures(fromDublin());
    ASSERT_TRUE(board.ok());
    EXPECT_EQ(flightNumbers(*board), QStringList{QStringLiteral("KX101")});
}

TEST_P(ReadReplicaTest, AMalformedReadUrlIsRefusedBeforeAnyConnection)
{
    auto bad = ReadReplica::open(QStringLiteral("mysql://db1/kiosk"), *db, QStringLiteral("kiosk-reads"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(bad.error().message.startsWith(QStringLiteral("read database: "))) << bad.error().message.toStdString();
}

KIOSK_ON_BOTH_BACKENDS(ReadReplicaTest);

// A real hot standby: with its replay paused it lags the primary for as long as the test
// wants, so a flight added on the primary shows where each read went.
TEST(ReadReplicaStandby, BoardAndReportFromTheStandbyHoldsOnThePrimaryAndBackToThePrimaryWhenItDies)
{
    PrivateCluster primary;
    ASSERT_TRUE(primary.create()) << primary.error().toStdString();
    auto db = Database::open(primary.url());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrator(**db).migrate().ok());
    const Flight early = addTestFlight(**db);
    PrivateCluster standby;
    ASSERT_TRUE(standby.createStandbyOf(primary)) << standby.error().toStdString();

    // prefer-standby over both hosts, as docs/operations.md advises: libpq picks the standby.
    const DatabaseUrl p = DatabaseUrl::parse(primary.url()).value();
    const DatabaseUrl s = DatabaseUrl::parse(standby.url()).value();
    const QString readUrl = QStringLiteral("postgresql://kiosk@/postgres?host=%1,%2&port=%3,%4&target_session_attrs=prefer-standby")
                                .arg(p.host, s.host)
                                .arg(p.port)
                                .arg(s.port);
    auto opened = ReadReplica::open(readUrl, **db, QStringLiteral("kiosk-reads"));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ReadReplica &replica = **opened;
    auto standbyDb = Database::open(standby.url());
    ASSERT_TRUE(standbyDb.ok());
    ASSERT_EQ(scalar(**standbyDb, QStringLiteral("SELECT pg_is_in_recovery()::int")), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return scalar(**standbyDb, QStringLiteral("SELECT COUNT(*) FROM flights")) == 1; },
                                20000));
    ASSERT_TRUE((*standbyDb)->execute(QStringLiteral("SELECT pg_wal_replay_pause()"), QStringLiteral("test")).ok());

    TestFlightSpec laterSpec;
    laterSpec.number = 303;
    const Flight later = addTestFlight(**db, laterSpec); // not on the paused standby
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk")});
    FlightCatalog catalog(**db, replica);
    auto board = catalog.departures(fromDublin());
    ASSERT_TRUE(board.ok()) << board.error().message.toStdString();
    EXPECT_EQ(flightNumbers(*board), QStringList{QStringLiteral("KX101")}) << "the board is the standby's";
    // The seat map and the hold of the flight the standby does not know yet: the primary.
    auto seats = catalog.seats(later.id);
    ASSERT_TRUE(seats.ok());
    EXPECT_EQ(seats->size(), 60);
    HoldRequest hold;
    hold.flight = FlightRef::byId(later.id);
    hold.seats << SeatCode::parse(QStringLiteral("1A")).value();
    auto held = service.hold(hold);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();

    ReportService reports(**db, replica);
    const Actor sue{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};
    auto stale = todaysReport(reports, sue);
    ASSERT_TRUE(stale.ok()) << stale.error().message.toStdString();
    EXPECT_EQ(stale->holdsPlaced, 0) << "the report is the standby's";
    ASSERT_TRUE((*standbyDb)->execute(QStringLiteral("SELECT pg_wal_replay_resume()"), QStringLiteral("test")).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { auto r = todaysReport(reports, sue); return r.ok() && r->holdsPlaced == 1; }, 20000));

    // The standby dies: the board comes from the primary (libpq's prefer-standby takes it).
    standbyDb->reset();
    ASSERT_TRUE(standby.stop());
    auto fallback = catalog.departures(fromDublin());
    ASSERT_TRUE(fallback.ok()) << fallback.error().message.toStdString();
    EXPECT_EQ(flightNumbers(*fallback), (QStringList{QStringLiteral("KX101"), QStringLiteral("KX303")}));
    EXPECT_GT(early.id, 0);
}

// Only the standby named: when it dies the reads fall back to the work connection, and
// stay there until ReadReplica::RetryStandbyAfterMs has passed.
TEST(ReadReplicaStandby, AStandbyOnlyUrlFallsBackToThePrimaryWhenTheStandbyIsDown)
{
    PrivateCluster primary;
    ASSERT_TRUE(primary.create()) << primary.error().toStdString();
    auto db = Database::open(primary.url());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrator(**db).migrate().ok());
    addTestFlight(**db);
    PrivateCluster standby;
    ASSERT_TRUE(standby.createStandbyOf(primary)) << standby.error().toStdString();
    auto opened = ReadReplica::open(standby.url(), **db, QStringLiteral("kiosk-reads"));
    ASSERT_TRUE(opened.ok());
    FlightCatalog catalog(**db, **opened);
    ASSERT_TRUE(catalog.departures(fromDublin()).ok());
    ASSERT_TRUE((*opened)->readsFromStandby());

    ASSERT_TRUE(standby.stop());
    auto board = catalog.departures(fromDublin());
    ASSERT_TRUE(board.ok()) << board.error().message.toStdString();
    EXPECT_EQ(flightNumbers(*board), QStringList{QStringLiteral("KX101")});
    EXPECT_FALSE((*opened)->readsFromStandby());

    // A standby that is down when the terminal starts is no reason not to start.
    auto downAtStart = ReadReplica::open(standby.url(), **db, QStringLiteral("kiosk-reads"));
    ASSERT_TRUE(downAtStart.ok()) << downAtStart.error().message.toStdString();
    EXPECT_FALSE((*downAtStart)->readsFromStandby());
}

} // namespace
