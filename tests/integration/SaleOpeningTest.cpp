// Imported flights go on sale when they enter the sales horizon (SalesHorizon, migration
// 0023), on both databases: an import makes the seats of the legs inside it only; opening
// later makes exactly the layout's seats at the import's prices, once however often or
// however many openers; a flight not on sale yet is refused for holds, waitlists and seat
// maps with its opening date, is not on the board, and takes a new aircraft with no refit.
#include "ScheduleImportFixture.h"

#include "booking/FlightCatalog.h"
#include "schedule/SalesOpener.h"
#include "storage/Transaction.h"

#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SaleOpeningTest : public ScheduleImportFixture {
protected:
    // XX100 departs 10 to 12 days ahead (inside the 28-day horizon), XX200 40 to 42 days
    // ahead (outside), same route and times, so the same fares.
    void SetUp() override
    {
        ScheduleImportFixture::SetUp();
        firstDay = QDate::currentDate().addDays(10);
    }

    SsimBuilder season() const
    {
        SsimBuilder::Leg near = leg(3);
        SsimBuilder::Leg far = leg(3);
        far.number = QStringLiteral("200");
        far.from = ssimDate(firstDay.addDays(30));
        far.to = ssimDate(firstDay.addDays(32));
        return SsimBuilder().add(near).add(far);
    }

    // XXnumber daily for `days` days from 40 days ahead (beyond the horizon).
    SsimBuilder::Leg farLegs(int number, int days) const
    {
        SsimBuilder::Leg far = leg(days);
        far.number = QString::number(number);
        far.from = ssimDate(firstDay.addDays(30));
        far.to = ssimDate(firstDay.addDays(30 + days - 1));
        return far;
    }

    qint64 seatCount(const Flight &f)
    {
        return scalar(*db, QStringLiteral("SELECT COUNT(*) FROM seats WHERE flight_id = %1").arg(f.id));
    }

    // code, cabin, features and price of every seat, in layout order.
    QStringList seatRows(const Flight &f)
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT code, cabin, features, price_minor, currency, blocked, deck "
                                              "FROM seats WHERE flight_id = %1 ORDER BY id").arg(f.id)));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5 %6 %7").arg(query.value(0).toString(), query.value(1).toString())
                        .arg(query.value(2).toInt()).arg(query.value(3).toLongLong()).arg(query.value(4).toString())
                        .arg(query.value(5).toBool()).arg(query.value(6).toInt());
        return rows;
    }

    Result<OpenedFlight> open(const Flight &f) { return SalesOpener(*db, admin).openFlight(FlightRef::byId(f.id)); }
};

TEST_P(SaleOpeningTest, TheImportOpensOnlyTheLegsInsideTheHorizon)
{
    auto summary = import(season());
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 6);
    EXPECT_EQ(summary->opened, 3);
    EXPECT_EQ(summary->seatsMade, 3 * seatCount(imported(0)));
    for (int day = 0; day < 3; ++day) {
        EXPECT_EQ(seatCount(imported(day)), 168) << day; // the A320's J12Y156
        EXPECT_EQ(seatCount(imported(30 + day, 200)), 0) << day;
    }
    // Which are not on sale yet (kioskctl flights shows it).
    auto closed = SaleOpening(*db).notOnSale({imported(0).id, imported(30, 200).id, imported(32, 200).id});
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(*closed, (QSet<qint64>{imported(30, 200).id, imported(32, 200).id}));
    // Per flight: business, economy, economy with extra legroom.
    EXPECT_EQ(countRows(*db, QStringLiteral("flight_fares"), QStringLiteral("1 = 1")), 6 * 3);

    // The board lists what is on sale only.
    DepartureQuery query;
    query.limit = 100;
    auto board = FlightCatalog(*db).departures(query);
    ASSERT_TRUE(board.ok());
    QStringList numbers;
    for (const FlightSummary &line : std::as_const(*board))
        numbers << line.flight.designator();
    EXPECT_EQ(numbers.count(QStringLiteral("XX100")), 3);
    EXPECT_EQ(numbers.count(QStringLiteral("XX200")), 0);
}

TEST_P(SaleOpeningTest, OpeningLaterMakesExactlyTheLayoutsSeatsAtTheImportsPrices)
{
    ASSERT_TRUE(import(season()).ok());
    const Flight far = imported(30, 200);
    auto opened = open(far);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE(opened->alreadyOpen);
    EXPECT_EQ(opened->seats, 168);
    EXPECT_TRUE(opened->openedAtUtc.isValid());
    EXPECT_EQ(seatRows(far), seatRows(imported(0))); // same aircraft, route and times: same seats and fares
    EXPECT_EQ(seatCount(imported(31, 200)), 0);      // only that one

    // It can be sold now.
    auto held = holdOn(far, {QStringLiteral("20A")});
    EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
}

TEST_P(SaleOpeningTest, OpeningAgainChangesNothing)
{
    ASSERT_TRUE(import(season()).ok());
    const Flight far = imported(30, 200);
    ASSERT_TRUE(open(far).ok());
    auto again = open(far);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->alreadyOpen);
    EXPECT_EQ(again->seats, 0);
    EXPECT_EQ(seatCount(far), 168);
    // The flights inside the horizon are open already; the far ones stay closed.
    auto due = SalesOpener(*db, admin).openDue();
    ASSERT_TRUE(due.ok());
    EXPECT_EQ(due->flights, 0);
    // A wider horizon reaches the other two, once.
    auto wider = SalesOpener(*db, admin).openDue(SalesHorizon{60});
    ASSERT_TRUE(wider.ok());
    EXPECT_EQ(wider->flights, 2);
    EXPECT_EQ(wider->seats, 2 * 168);
    EXPECT_EQ(SalesOpener(*db, admin).openDue(SalesHorizon{60})->flights, 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id IN (SELECT id FROM flights WHERE "
                                                                     "carrier = 'XX')")),
              6 * 168);
}

// Fourteen flights beyond the horizon opened three at a time by the opener (a transaction
// per batch), and seven inside one transaction as an import does: every one once.
TEST_P(SaleOpeningTest, MoreFlightsThanOneBatchAreAllOpenedOnce)
{
    constexpr int Days = 7;
    constexpr int Batch = 3;
    ASSERT_TRUE(import(SsimBuilder().add(farLegs(200, Days)).add(farLegs(300, Days))).ok());
    ASSERT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("seats_opened_at IS NULL")), 2 * Days);

    auto opened = SalesOpener(*db, admin, Batch).openDue(SalesHorizon{60});
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened->flights, 2 * Days);
    EXPECT_EQ(opened->seats, 2 * Days * 168);
    for (int day = 0; day < Days; ++day) {
        EXPECT_EQ(seatCount(imported(30 + day, 200)), 168) << day;
        EXPECT_EQ(seatCount(imported(30 + day, 300)), 168) << day;
    }
    EXPECT_EQ(SalesOpener(*db, admin, Batch).openDue(SalesHorizon{60})->flights, 0);
}

TEST_P(SaleOpeningTest, MoreFlightsThanOneBatchInOneTransactionAreAllOpenedOnce)
{
    constexpr int Days = 7;
    ASSERT_TRUE(import(farLegs(200, Days)).ok());

    auto transaction = Transaction::begin(*db);
    ASSERT_TRUE(transaction.ok());
    auto opened = SaleOpening(*db, 3).openDeparting(60);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_TRUE(transaction->commit().ok());
    EXPECT_EQ(opened->flights, Days);
    EXPECT_EQ(opened->seats, Days * 168);
    for (int day = 0; day < Days; ++day)
        EXPECT_EQ(seatCount(imported(30 + day, 200)), 168) << day;
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("seats_opened_at IS NULL")), 0);
}

TEST_P(SaleOpeningTest, TwoOpenersAtOnceMakeOneSetOfSeats)
{
    ASSERT_TRUE(import(season()).ok());
    const Flight far = imported(30, 200);
    constexpr int Openers = 4;
    std::latch ready(Openers);
    std::atomic<int> made{0}, failed{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < Openers; ++i) {
        threads.emplace_back([&, i] {
            auto connection = Database::open(url(), QStringLiteral("opener-%1").arg(i));
            ready.arrive_and_wait();
            if (!connection) {
                ++failed;
                return;
            }
            // Half open the one flight, half everything within 60 days.
            SalesOpener opener(**connection, admin);
            if (i % 2 == 0) {
                auto opened = opener.openFlight(FlightRef::byId(far.id));
                opened ? void(made += int(opened->seats)) : void(++failed);
            } else {
                auto opened = opener.openDue(SalesHorizon{60});
                opened ? void(made += int(opened->seats)) : void(++failed);
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(failed.load(), 0);
    EXPECT_EQ(made.load(), 3 * 168);
    EXPECT_EQ(seatCount(far), 168);
    EXPECT_EQ(seatCount(imported(32, 200)), 168);
}

TEST_P(SaleOpeningTest, AFlightNotOnSaleYetIsRefusedWithItsOpeningDate)
{
    ASSERT_TRUE(import(season()).ok());
    const Flight far = imported(30, 200);
    const QString opens = SalesHorizon().opensAt(far.departureUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    auto held = holdOn(far, {QStringLiteral("20A")});
    ASSERT_FALSE(held.ok());
    EXPECT_EQ(held.error().code, ErrorCode::WrongState);
    EXPECT_EQ(held.error().details, QStringList{QStringLiteral("not_on_sale")});
    EXPECT_TRUE(held.error().message.contains(QStringLiteral("is not on sale yet: sales open on ") + opens))
        << held.error().message.toStdString();

    auto map = FlightCatalog(*db).seats(far.id);
    ASSERT_FALSE(map.ok());
    EXPECT_EQ(map.error().details, QStringList{QStringLiteral("not_on_sale")});

    WaitlistRequest wait;
    wait.flight = FlightRef::byId(far.id);
    wait.cabin = QLatin1Char('Y');
    wait.passengers << QStringLiteral("ADA LOVELACE");
    wait.contact.email = QStringLiteral("ada@example.com");
    auto joined = service->waitlist().join(wait);
    ASSERT_FALSE(joined.ok());
    EXPECT_EQ(joined.error().details, QStringList{QStringLiteral("not_on_sale")});
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("flight_id = %1").arg(far.id)), 0);

    // A cancelled flight is not opened; an unknown one is not found.
    QSqlQuery cancel(db->connection());
    ASSERT_TRUE(cancel.exec(QStringLiteral("UPDATE flights SET status = 'CANCELLED' WHERE id = %1").arg(far.id)));
    auto refused = open(far);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::WrongState);
    EXPECT_EQ(seatCount(far), 0);
    auto unknown = SalesOpener(*db, admin).openFlight(FlightRef{0, QStringLiteral("XX"), 999, firstDay});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
}

TEST_P(SaleOpeningTest, AnAgentOpensOneFlightAndOperationsTheRest)
{
    ASSERT_TRUE(import(season()).ok());
    const Flight far = imported(30, 200);
    const Actor kiosk{QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), Role::Kiosk};
    auto refused = SalesOpener(*db, kiosk).openFlight(FlightRef::byId(far.id));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("open a flight for sale is not allowed for role kiosk")))
        << refused.error().message.toStdString();
    EXPECT_EQ(seatCount(far), 0);
    const Actor agent{QStringLiteral("desk-1"), QStringLiteral("agent"), Role::Agent};
    auto due = SalesOpener(*db, agent).openDue(SalesHorizon{60}); // every flight: operations' job
    ASSERT_FALSE(due.ok());
    EXPECT_EQ(due.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(due.error().message.startsWith(
        QStringLiteral("open the flights entering the sales horizon is not allowed for role agent")))
        << due.error().message.toStdString();
    EXPECT_EQ(seatCount(far), 0);
    EXPECT_TRUE(SalesOpener(*db, agent).openFlight(FlightRef::byId(far.id)).ok());
    EXPECT_EQ(seatCount(far), 168);
}

TEST_P(SaleOpeningTest, ANewAircraftBeforeOpeningIsTheOneItOpensWith)
{
    ASSERT_TRUE(import(season()).ok());
    SsimBuilder::Leg near = leg(3);
    SsimBuilder::Leg far = leg(3);
    far.number = QStringLiteral("200");
    far.from = ssimDate(firstDay.addDays(30));
    far.to = ssimDate(firstDay.addDays(32));
    far.aircraft = QStringLiteral("789");
    far.configuration = QStringLiteral("J32W35Y225");
    // And one retimed by two hours: no bookings, so no disruption either.
    SsimBuilder::Leg retimed = far;
    far.to = ssimDate(firstDay.addDays(31));
    retimed.from = retimed.to = ssimDate(firstDay.addDays(32));
    retimed.departure = QStringLiteral("1000");
    retimed.arrival = QStringLiteral("1120");
    auto changed = import(SsimBuilder().add(near).add(far).add(retimed));
    ASSERT_TRUE(changed.ok()) << changed.error().message.toStdString();
    EXPECT_EQ(changed->updated, 3);
    EXPECT_EQ(changed->disruptions, 0);
    EXPECT_EQ(changed->opened, 0);
    const Flight refitted = imported(30, 200);
    EXPECT_NE(refitted.aircraft, imported(0).aircraft);
    EXPECT_EQ(seatCount(refitted), 0);

    auto opened = open(refitted);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->seats, 32 + 35 + 225);
    EXPECT_EQ(countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1 AND cabin = 'W'").arg(refitted.id)), 35);
    EXPECT_EQ(countRows(*db, QStringLiteral("flight_fares"), QStringLiteral("flight_id = %1 AND cabin = 'F'").arg(refitted.id)), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(SaleOpeningTest);
