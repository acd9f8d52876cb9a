// The sales cut-off on both databases: a flight minutes from departure is no longer sold
// (60 minutes by default, or the airline's or route's own, the route's winning); the hold
// is refused with a clear message and nothing is held; the departures board marks the
// flight closed; only an admin changes a cut-off, bad input changes nothing, every change
// is in the access log.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/FlightCatalog.h"
#include "booking/SalesCutoffSettings.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SalesCutoffTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.departsInSeconds = 30 * 60; // inside the standard hour before departure
        return spec;
    }
    SalesCutoffSettings as(Role role) { return SalesCutoffSettings(*db, Actor{QStringLiteral("desk-9"), roleName(role), role}); }
    Flight departingIn(qint64 seconds, int number)
    {
        TestFlightSpec spec;
        spec.number = number;
        spec.departsInSeconds = seconds;
        return addTestFlight(*db, spec);
    }
    Result<Booking> holdOn(const Flight &on, const QString &seat)
    {
        HoldRequest r;
        r.flight = FlightRef::byId(on.id);
        r.seats << *SeatCode::parse(seat);
        return service->hold(r);
    }
    qint64 bookings() { return countRows(*db, QStringLiteral("bookings"), QStringLiteral("1 = 1")); }
    bool closedOnTheBoard(const Flight &which)
    {
        DepartureQuery query;
        query.origin = QStringLiteral("DUB");
        auto board = FlightCatalog(*db).departures(query);
        if (!board) {
            ADD_FAILURE() << board.error().message.toStdString();
            return false;
        }
        for (const FlightSummary &summary : *board) {
            if (summary.flight.id == which.id)
                return summary.salesClosed;
        }
        ADD_FAILURE() << "flight not on the board";
        return false;
    }
};

TEST_P(SalesCutoffTest, AFlightWithinTheStandardHourIsRefusedAndNothingIsHeld)
{
    auto refused = holdOn(flight, QStringLiteral("3A"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(refused.error().details.contains(QStringLiteral("sales_closed")));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("closed for sale"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1 hour before departure"))) << refused.error().message.toStdString();
    EXPECT_EQ(bookings(), 0);
    EXPECT_TRUE(closedOnTheBoard(flight));

    const Flight later = departingIn(2 * 3600, 102);
    EXPECT_TRUE(holdOn(later, QStringLiteral("3A")).ok());
    EXPECT_FALSE(closedOnTheBoard(later));
}

TEST_P(SalesCutoffTest, TheRoutesCutOffWinsOverTheAirlinesAndResetGoesBack)
{
    const Flight later = departingIn(2 * 3600, 102);
    // The airline closes sales 3 h ahead: the flight in 2 h is closed.
    ASSERT_TRUE(as(Role::Admin).set(QStringLiteral("kx"), QString(), 180).ok());
    EXPECT_FALSE(holdOn(later, QStringLiteral("4A")).ok());
    EXPECT_TRUE(closedOnTheBoard(later));
    // The route's own 20 minutes win: both flights are sold again.
    auto route = as(Role::Admin).set(QStringLiteral("KX"), QStringLiteral("dub-lhr"), 20);
    ASSERT_TRUE(route.ok()) << route.error().message.toStdString();
    EXPECT_EQ(route->route, QStringLiteral("DUB-LHR"));
    EXPECT_TRUE(holdOn(later, QStringLiteral("4A")).ok());
    EXPECT_TRUE(holdOn(flight, QStringLiteral("4B")).ok());
    EXPECT_FALSE(closedOnTheBoard(flight));

    auto reset = as(Role::Admin).reset(QStringLiteral("KX"), QStringLiteral("DUB-LHR"));
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(*reset);
    EXPECT_FALSE(*as(Role::Admin).reset(QStringLiteral("KX"), QStringLiteral("DUB-LHR"))); // nothing left to reset
    EXPECT_FALSE(holdOn(later, QStringLiteral("5A")).ok()); // the airline's 3 h again
    auto listed = as(Role::Kiosk).cutoffs(); // anyone may read them
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).closesMinutes, 180);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'set sales cut-off' AND target = 'airline KX route DUB-LHR' "
                                       "AND detail = 'standard -> closes 20 minutes before departure'")),
              1);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("action = 'reset sales cut-off'")), 1);
}

// A terminal whose hold committed before the cut-off, but whose answer was lost, asks again
// with the same idempotency key after it: it gets its hold, not "closed".
TEST_P(SalesCutoffTest, AHoldMadeBeforeTheCutOffIsStillAnsweredToItsRetry)
{
    const Flight later = departingIn(2 * 3600, 102);
    HoldRequest first;
    first.flight = FlightRef::byId(later.id);
    first.seats << *SeatCode::parse(QStringLiteral("6A"));
    first.idempotencyKey = QStringLiteral("kiosk-7-retry-1");
    auto held = service->hold(first);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_TRUE(as(Role::Admin).set(QStringLiteral("KX"), QString(), 180).ok()); // now closed
    auto again = service->hold(first);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->reference, held->reference);
    HoldRequest other = first;
    other.seats = {*SeatCode::parse(QStringLiteral("6B"))};
    other.idempotencyKey = QStringLiteral("kiosk-7-retry-2");
    EXPECT_FALSE(service->hold(other).ok()); // a new hold is not sold
    EXPECT_EQ(bookings(), 1);
}

TEST_P(SalesCutoffTest, OnlyAnAdminChangesACutOffAndBadInputChangesNothing)
{
    auto refused = as(Role::Agent).set(QStringLiteral("KX"), QString(), 10);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    for (const auto &[carrier, route, minutes, says] :
         {std::tuple{QStringLiteral("K"), QString(), 30, "designator"},
          std::tuple{QStringLiteral("KX"), QStringLiteral("DUB-DUB"), 30, "two different airport codes"},
          std::tuple{QStringLiteral("KX"), QString(), -1, "from 0 minutes up to 168 hours"},
          std::tuple{QStringLiteral("KX"), QString(), 7 * 24 * 60 + 1, "from 0 minutes up to 168 hours"}}) {
        auto bad = as(Role::Admin).set(carrier, route, minutes);
        ASSERT_FALSE(bad.ok());
        EXPECT_EQ(bad.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(bad.error().message.contains(QString::fromLatin1(says))) << bad.error().message.toStdString();
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("sales_cutoffs"), QStringLiteral("1 = 1")), 0);
    EXPECT_FALSE(holdOn(flight, QStringLiteral("3A")).ok()); // still the standard hour
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(SalesCutoffTest);
