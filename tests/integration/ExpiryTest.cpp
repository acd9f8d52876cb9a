#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/HoldScheduler.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ExpiryTest : public BackendTest {};

TEST_P(ExpiryTest, ExpireDueReleasesOnlyLapsedHolds)
{
    auto soon = service->hold(request({QStringLiteral("1A"), QStringLiteral("1B")}, 1));
    auto later = service->hold(request({QStringLiteral("2A")}, 600));
    ASSERT_TRUE(soon.ok() && later.ok());
    QThread::msleep(1500);

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
    for (int row = 1; row <= 5; ++row)
        ASSERT_TRUE(service->hold(request({QStringLiteral("%1C").arg(row)}, 1)).ok());
    QThread::msleep(1500);
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

    QSignalSpy released(&scheduler, &HoldScheduler::holdsReleased);
    EXPECT_TRUE(released.wait(10000));
    ASSERT_EQ(released.count(), 1);
    EXPECT_EQ(released.first().first().toStringList(), QStringList{booking->reference});
    EXPECT_EQ(service->find(booking->reference)->state, BookingState::Expired);

    // How late the release came after the deadline is recorded for the log, not asserted.
    auto history = service->history(booking->reference);
    ASSERT_TRUE(history.ok());
    RecordProperty("release_lateness_ms", int(booking->holdDeadlineUtc.msecsTo(history->last().atUtc)));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ExpiryTest);
