#include "PrivateCluster.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/LiveSync.h"
#include "payment/MockPaymentGateway.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The database server goes away under a running terminal and comes back: the terminal says
// so once, retries on its own, listens again and carries on from the database's state.
TEST(Reconnect, TerminalSurvivesADatabaseRestartAndHoldsAgain)
{
    PrivateCluster cluster;
    ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
    auto db = Database::open(cluster.url());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    ASSERT_TRUE(Migrator(**db).migrate().ok());
    const Flight flight = addTestFlight(**db);
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk")});
    auto live = LiveSync::open(cluster.url(), service, **db);
    ASSERT_TRUE(live.ok());
    (*live)->start();
    QSignalSpy lost(live->get(), &LiveSync::connectionLost);
    QSignalSpy retries(live->get(), &LiveSync::retryScheduled);
    QSignalSpy restored(live->get(), &LiveSync::connectionRestored);
    QSignalSpy changed(live->get(), &LiveSync::seatsChanged);

    auto before = service.hold(holdOf(flight.id, {QStringLiteral("1A")}));
    ASSERT_TRUE(before.ok());

    ASSERT_TRUE(cluster.stop()) << cluster.error().toStdString();
    // Nobody touches the terminal: the heartbeat notices.
    ASSERT_TRUE(QTest::qWaitFor([&] { return lost.count() > 0; }, ChangeListener::HeartbeatMs * 3));
    auto whileDown = service.hold(holdOf(flight.id, {QStringLiteral("2A")}));
    ASSERT_FALSE(whileDown.ok());
    EXPECT_EQ(whileDown.error().code, ErrorCode::DatabaseUnavailable) << whileDown.error().message.toStdString();
    (*live)->reportFailure(whileDown.error());
    EXPECT_EQ(lost.count(), 1); // one report, not a storm
    EXPECT_FALSE((*live)->isConnected());
    ASSERT_TRUE(QTest::qWaitFor([&] { return retries.count() >= 2; }, 5000)); // it keeps trying by itself

    ASSERT_TRUE(cluster.start()) << cluster.error().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored.count() > 0; }, 20000));
    EXPECT_TRUE((*live)->isConnected());

    // The hold made before the restart is still the database's truth; new holds work.
    auto found = service.find(before->reference);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    EXPECT_EQ(found->state, BookingState::SeatHeld);
    auto taken = service.hold(holdOf(flight.id, {QStringLiteral("1A")}));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::SeatTaken);
    auto after = service.hold(holdOf(flight.id, {QStringLiteral("2A")}));
    ASSERT_TRUE(after.ok()) << after.error().message.toStdString();

    // Listening again: a change made on another connection is heard.
    changed.clear();
    auto otherDb = Database::open(cluster.url());
    ASSERT_TRUE(otherDb.ok());
    BookingService other(**otherDb, gateway, Actor{QStringLiteral("kiosk-2"), QStringLiteral("kiosk")});
    ASSERT_TRUE(other.hold(holdOf(flight.id, {QStringLiteral("3A")})).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::any_of(changed.begin(), changed.end(), [&](const QList<QVariant> &arguments) {
                return arguments.at(0).toLongLong() == flight.id
                    && arguments.at(1).toStringList().contains(QStringLiteral("3A"));
            });
        },
        5000));
}

} // namespace
