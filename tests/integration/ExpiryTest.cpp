#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "booking/HoldScheduler.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ExpiryTest : public BackendTest {};

TEST_P(ExpiryTest, ExpireDueReleasesOnlyLapsedHolds)
{
    auto soon = service->hold(request({QStringLiteral("1A"), QStringLiteral("1B")}));
    auto later = service->hold(request({QStringLiteral("2A")}, 600));
    ASSERT_TRUE(soon.ok() && later.ok());
    auto early = service->expireDue(); // neither has lapsed yet
    ASSERT_TRUE(early.ok()) << early.error().message.toStdString();
    EXPECT_TRUE(early->released.isEmpty());
    makeLapse(*db, soon->reference);

    QSignalSpy changes(&service->events(), &BookingEvents::stateChanged);
    auto report = service->expireDue();
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->released, QStringList{soon->reference});
    EXPECT_EQ(changes.count(), 1);
    EXPECT_EQ(service->find(soon->reference)->state, BookingState::Expired);
    EXPECT_EQ(service->find(later->reference)->state, BookingState::SeatHeld);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 1);

    auto again = service->expireDue(); // nothing left: a no-op, not an error
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->released.isEmpty());
}

TEST_P(ExpiryTest, TwoTerminalsExpiringAtOnceExpireEachHoldOnce)
{
    for (int row = 1; row <= 5; ++row) {
        auto held = service->hold(request({QStringLiteral("%1C").arg(row)}));
        ASSERT_TRUE(held.ok());
        makeLapse(*db, held->reference);
    }
    auto otherDb = connectAgain();
    BookingService other(*otherDb, gateway, Actor{QStringLiteral("terminal-2"), QStringLiteral("kiosk")});
    auto mine = service->expireDue();
    auto theirs = other.expireDue();
    ASSERT_TRUE(mine.ok() && theirs.ok());
    EXPECT_EQ(mine->released.size() + theirs->released.size(), 5);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"), QStringLiteral("to_state = 'EXPIRED'")), 5);
}

TEST_P(ExpiryTest, SchedulerArmsAtTheNextDeadlineAndReleasesTheHold)
{
    HoldScheduler scheduler(*service);
    scheduler.start();
    EXPECT_TRUE(scheduler.isArmed());
    EXPECT_EQ(scheduler.remainingMs() > HoldScheduler::MaxSleepMs - 1000, true); // nothing held: idle re-check

    auto booking = service->hold(request({QStringLiteral("4D")}, 2));
    ASSERT_TRUE(booking.ok());
    // The new hold re-arms the timer for its own deadline, not a fixed poll.
    EXPECT_LE(scheduler.remainingMs(), 2000);
    EXPECT_GE(scheduler.remainingMs(), 500);

    // The deadline passes (moved, not waited for); the seat change re-arms the timer, as
    // LiveSync does, and the timer fires at once.
    QSignalSpy released(&scheduler, &HoldScheduler::holdsReleased);
    makeLapse(*db, booking->reference);
    scheduler.rearmSoon();
    EXPECT_TRUE(released.wait(10000));
    ASSERT_EQ(released.count(), 1);
    EXPECT_EQ(released.first().first().toStringList(), QStringList{booking->reference});
    EXPECT_EQ(service->find(booking->reference)->state, BookingState::Expired);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ExpiryTest);
