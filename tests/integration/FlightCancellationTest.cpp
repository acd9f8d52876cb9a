// An admin cancels one flight by hand (FlightCancellation, the Schedule tab), on both
// databases: a dry run that counts the bookings and leaves every row as it was; the
// cancellation with the schedule's rules (holds end, confirmed bookings stay, one
// disruption per booking, audited); and the refusals that change nothing.
#include "BackendFixture.h"
#include "SqlProbe.h"
#include "schedule/FlightCancellation.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class FlightCancellationTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        paid = confirmed({QStringLiteral("1A"), QStringLiteral("1B")}, {QStringLiteral("Ada Byron"), QStringLiteral("Ann Byron")});
        auto hold = service->hold(request({QStringLiteral("7D")}));
        ASSERT_TRUE(hold.ok()) << hold.error().message.toStdString();
        held = *hold;
    }

    Result<FlightCancellationOutcome> cancel(const QString &reason, bool dryRun, const Actor &by, qint64 flightId)
    {
        return FlightCancellation(*db, by).cancel(FlightRef::byId(flightId), reason, dryRun);
    }
    QStringList everything() const
    {
        QStringList rows = dumpDatabase(*db).split(QLatin1Char('\n'));
        rows.sort();
        return rows;
    }

    Actor admin{QStringLiteral("ops-1"), QStringLiteral("planner"), Role::Admin};
    Booking paid;
    Booking held;
};

TEST_P(FlightCancellationTest, ADryRunCountsTheBookingsThenTheCancellationEndsHoldsAndRecordsDisruptions)
{
    const QStringList before = everything();
    auto dry = cancel(QString(), true, admin, flight.id);
    ASSERT_TRUE(dry.ok()) << dry.error().message.toStdString();
    EXPECT_TRUE(dry->dryRun);
    EXPECT_EQ(dry->bookingsAffected, 2);
    EXPECT_EQ(everything(), before);

    auto done = cancel(QStringLiteral("  aircraft   unserviceable "), false, admin, flight.id);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->bookingsAffected, 2);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("id = %1 AND state = 'CANCELLED'").arg(held.id)), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("id = %1 AND state = 'CONFIRMED'").arg(paid.id)), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions"),
                        QStringLiteral("source = 'cancel-flight' AND kind = 'CANCELLED' "
                                       "AND detail LIKE 'flight cancelled by planner: aircraft unserviceable%'")),
              2);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'cancel flight' AND outcome = 'allowed' AND actor = 'planner'")),
              1);

    auto again = cancel(QStringLiteral("strike"), false, admin, flight.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_EQ(again.error().message, QStringLiteral("flight %1 is cancelled; it can no longer be cancelled").arg(flight.key()));
}

TEST_P(FlightCancellationTest, RefusalsChangeNothing)
{
    const QStringList before = everything();
    auto noReason = cancel(QStringLiteral("   "), false, admin, flight.id);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().code, ErrorCode::BadInput);
    EXPECT_EQ(noReason.error().message, QStringLiteral("say why the flight is cancelled"));

    auto unknown = cancel(QStringLiteral("strike"), false, admin, 999999);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(everything(), before);

    const Actor supervisor{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};
    auto refused = cancel(QStringLiteral("strike"), false, supervisor, flight.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'cancel a flight' AND outcome = 'denied' AND actor = 'sue'")),
              1);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 0);

    TestFlightSpec past;
    past.number = 102;
    past.departsInSeconds = -3600;
    const Flight departed = addTestFlight(*db, past);
    auto late = cancel(QStringLiteral("strike"), false, admin, departed.id);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(late.error().message.endsWith(QStringLiteral("UTC; it can no longer be cancelled"))) << late.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(FlightCancellationTest);
