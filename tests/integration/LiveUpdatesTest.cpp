#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/SeatWatch.h"
#include "storage/ChangeListener.h"

#include <QSignalSpy>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Another terminal on its own connection: what it does must reach this one's listener.
class LiveUpdatesTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        otherDb = connectAgain();
        ASSERT_NE(otherDb, nullptr);
        other = std::make_unique<BookingService>(*otherDb, gateway,
                                                 Actor{QStringLiteral("terminal-2"), QStringLiteral("kiosk")});
    }
    void TearDown() override
    {
        other.reset();
        otherDb.reset();
        BackendTest::TearDown();
    }

    static bool heardFlight(const QSignalSpy &spy, qint64 flightId, const QString &seat)
    {
        // SQLite says only that something committed (flight 0); PostgreSQL names flight and seat.
        return std::any_of(spy.begin(), spy.end(), [&](const QList<QVariant> &arguments) {
            const qint64 id = arguments.at(0).toLongLong();
            return id == 0 || (id == flightId && arguments.at(1).toStringList().contains(seat));
        });
    }

    std::unique_ptr<Database> otherDb;
    std::unique_ptr<BookingService> other;
};

TEST_P(LiveUpdatesTest, ListenerHearsAHoldCommittedByAnotherConnection)
{
    auto listener = ChangeListener::open(url());
    ASSERT_TRUE(listener.ok()) << listener.error().message.toStdString();
    QSignalSpy changed(listener->get(), &ChangeListener::seatsChanged);

    ASSERT_TRUE(other->hold(request({QStringLiteral("3C")})).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardFlight(changed, flight.id, QStringLiteral("3C")); }, 5000));
    if (GetParam() == Backend::PostgreSQL) { // the payload names the flight and the seat
        ASSERT_EQ(changed.count(), 1);
        EXPECT_EQ(changed.first().at(0).toLongLong(), flight.id);
        EXPECT_EQ(changed.first().at(1).toStringList(), QStringList{QStringLiteral("3C")});
    }
}

TEST_P(LiveUpdatesTest, NothingIsHeardFromAHoldThatFailed)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("4B")})).ok());
    auto listener = ChangeListener::open(url());
    ASSERT_TRUE(listener.ok());
    QTest::qWait(ChangeListener::SqlitePollMs * 2);
    QSignalSpy changed(listener->get(), &ChangeListener::seatsChanged);

    // 4B is taken, so the hold of 4A and 4B rolls back as a whole: no commit, no news.
    auto failed = other->hold(request({QStringLiteral("4A"), QStringLiteral("4B")}));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::SeatTaken);
    QTest::qWait(ChangeListener::SqlitePollMs * 3);
    EXPECT_EQ(changed.count(), 0);

    ASSERT_TRUE(other->hold(request({QStringLiteral("5A")})).ok()); // a commit is heard
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardFlight(changed, flight.id, QStringLiteral("5A")); }, 5000));
}

TEST_P(LiveUpdatesTest, SeatWatchReportsEachTransitionWithItsBooking)
{
    FlightCatalog catalog(*db);
    SeatWatch watch(catalog, flight);
    ASSERT_TRUE(watch.start().ok());
    EXPECT_EQ(watch.seatCount(), 60);
    QSignalSpy changes(&watch, &SeatWatch::seatChanged);

    auto held = other->hold(request({QStringLiteral("2A"), QStringLiteral("2B")}));
    ASSERT_TRUE(held.ok());
    watch.onSeatsChanged(flight.id + 1000); // another flight: not even re-read
    EXPECT_EQ(changes.count(), 0);
    watch.onSeatsChanged(flight.id);
    ASSERT_EQ(changes.count(), 2);
    const auto first = changes.at(0).at(0).value<SeatChange>();
    EXPECT_EQ(first.seat.toString(), QStringLiteral("2A"));
    EXPECT_EQ(first.from, SeatStatus::Free);
    EXPECT_EQ(first.to, SeatStatus::Held);
    EXPECT_EQ(first.reference, held->reference);
    EXPECT_EQ(first.flight, flight.key());

    ASSERT_TRUE(other->cancel(held->reference, QStringLiteral("changed mind")).ok());
    watch.onSeatsChanged(0);
    ASSERT_EQ(changes.count(), 4);
    const auto freed = changes.at(3).at(0).value<SeatChange>();
    EXPECT_EQ(freed.to, SeatStatus::Free);
    EXPECT_TRUE(freed.reference.isEmpty());
}

TEST_P(LiveUpdatesTest, EveryTerminalShowsALapsedHoldFreeWithoutAnyonePressingAnything)
{
    // Two running terminals; a third (the `other` service) holds a seat for one second and
    // is never heard from again. Both running terminals must see the seat free again.
    auto secondDb = connectAgain();
    BookingService second(*secondDb, gateway, Actor{QStringLiteral("terminal-3"), QStringLiteral("kiosk")});
    auto liveA = LiveSync::open(url(), *service, *db);
    auto liveB = LiveSync::open(url(), second, *secondDb);
    ASSERT_TRUE(liveA.ok() && liveB.ok());
    FlightCatalog catalogA(*db);
    FlightCatalog catalogB(*secondDb);
    SeatWatch watchA(catalogA, flight);
    SeatWatch watchB(catalogB, flight);
    ASSERT_TRUE(watchA.start().ok() && watchB.start().ok());
    QObject::connect(liveA->get(), &LiveSync::seatsChanged, &watchA,
                     [&watchA](qint64 id, const QStringList &) { watchA.onSeatsChanged(id); });
    QObject::connect(liveB->get(), &LiveSync::seatsChanged, &watchB,
                     [&watchB](qint64 id, const QStringList &) { watchB.onSeatsChanged(id); });
    QSignalSpy seenA(&watchA, &SeatWatch::seatChanged);
    QSignalSpy seenB(&watchB, &SeatWatch::seatChanged);
    (*liveA)->start();
    (*liveB)->start();

    auto held = other->hold(request({QStringLiteral("6F")}, 1));
    ASSERT_TRUE(held.ok());
    const auto freedOn = [](const QSignalSpy &spy) {
        for (const auto &arguments : spy) {
            const auto change = arguments.at(0).value<SeatChange>();
            if (change.seat.toString() == QLatin1String("6F") && change.to == SeatStatus::Free)
                return true;
        }
        return false;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return freedOn(seenA) && freedOn(seenB); }, 8000));
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Expired);
    // Both schedulers woke at the deadline; the guarded update let exactly one expire it.
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"), QStringLiteral("to_state = 'EXPIRED'")), 1);
}

TEST_P(LiveUpdatesTest, ALostConnectionIsReportedOnceAndAnUnknownErrorIsNot)
{
    auto live = LiveSync::open(url(), *service, *db);
    ASSERT_TRUE(live.ok());
    QSignalSpy lost(live->get(), &LiveSync::connectionLost);
    (*live)->reportFailure(makeError(ErrorCode::SeatTaken, QStringLiteral("seat taken")));
    EXPECT_EQ(lost.count(), 0);
    EXPECT_TRUE((*live)->isConnected());
}

// PostgreSQL: commits queue their changes and one listener announces them (migration 0015).
TEST_P(LiveUpdatesTest, AChangeMadeWhileNoTerminalListenedReachesTheFirstThatStarts)
{
    if (GetParam() == Backend::SQLite)
        GTEST_SKIP() << "by design: SQLite queues nothing; a terminal that starts reads everything anyway";
    ASSERT_TRUE(other->hold(request({QStringLiteral("6A")})).ok());
    auto listener = ChangeListener::open(url());
    ASSERT_TRUE(listener.ok());
    QSignalSpy changed(listener->get(), &ChangeListener::seatsChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardFlight(changed, flight.id, QStringLiteral("6A")); }, 5000));
}

TEST_P(LiveUpdatesTest, WhenTheAnnouncingTerminalStopsAnotherTakesOver)
{
    auto first = ChangeListener::open(url());
    ASSERT_TRUE(first.ok());
    auto second = ChangeListener::open(url());
    ASSERT_TRUE(second.ok());
    QSignalSpy heardBySecond(second->get(), &ChangeListener::seatsChanged);

    ASSERT_TRUE(other->hold(request({QStringLiteral("7A")})).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardFlight(heardBySecond, flight.id, QStringLiteral("7A")); }, 5000));
    if (GetParam() == Backend::PostgreSQL) {
        EXPECT_EQ(heardBySecond.count(), 1) << "one hold, one announcement, whoever announces";
    }

    first->reset(); // the announcer's terminal stops: its connection, and its lock, go
    ASSERT_TRUE(other->hold(request({QStringLiteral("7B")})).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return heardFlight(heardBySecond, flight.id, QStringLiteral("7B")); },
                                ChangeListener::HeartbeatMs * 3));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(LiveUpdatesTest);
