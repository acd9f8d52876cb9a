#include "BackendFixture.h"
#include "ServerClock.h"

#include "storage/FlightRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class FlightRepositoryTest : public BackendTest {};

TEST_P(FlightRepositoryTest, FindsByIdAndByDesignatorAndDate)
{
    FlightRepository flights(*db);
    auto byId = flights.find(FlightRef::byId(flight.id));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->key(), flight.key());
    EXPECT_EQ(byId->departureUtc, flight.departureUtc.addMSecs(0));
    EXPECT_EQ(byId->origin, QStringLiteral("DUB"));

    auto byKey = flights.find(*FlightRef::parse(flight.key()));
    ASSERT_TRUE(byKey.ok());
    EXPECT_EQ(byKey->id, flight.id);

    auto missing = flights.find(*FlightRef::parse(QStringLiteral("KX101/2001-01-01")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_EQ(flights.find(FlightRef::byId(987654)).error().code, ErrorCode::NotFound);
}

TEST_P(FlightRepositoryTest, ListsWithFilters)
{
    FlightRepository flights(*db);
    FlightFilter filter;
    filter.origin = QStringLiteral("dub");
    EXPECT_EQ(flights.list(filter)->size(), 1);
    filter.destination = QStringLiteral("JFK");
    EXPECT_TRUE(flights.list(filter)->isEmpty());
    FlightFilter byDate;
    byDate.date = flight.departureDate;
    EXPECT_EQ(flights.list(byDate)->size(), 1);
    byDate.date = flight.departureDate.addDays(1);
    EXPECT_TRUE(flights.list(byDate)->isEmpty());
}

TEST_P(FlightRepositoryTest, SeatMapCarriesFeaturesPricesAndStatus)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("1A")})).ok());
    auto confirmed = service->hold(request({QStringLiteral("1B")}));
    ASSERT_TRUE(confirmed.ok());
    ASSERT_TRUE(pay(confirmed->reference, card()).ok());

    auto seats = FlightRepository(*db).seats(flight.id);
    ASSERT_TRUE(seats.ok());
    ASSERT_EQ(seats->size(), 60);
    const Seat &first = seats->first();
    EXPECT_EQ(first.code.toString(), QStringLiteral("1A"));
    EXPECT_TRUE(first.features.testFlag(SeatFeature::Window));
    EXPECT_TRUE(first.features.testFlag(SeatFeature::ExitRow));
    EXPECT_EQ(first.price, Money(4900, QStringLiteral("EUR")));
    EXPECT_EQ(first.status, SeatStatus::Held);
    EXPECT_EQ(seats->at(1).status, SeatStatus::Sold);
    EXPECT_EQ(seats->at(2).status, SeatStatus::Free);
}

TEST_P(FlightRepositoryTest, DeparturesCountSeatsLeftAndPageByDepartureTime)
{
    TestFlightSpec later;
    later.number = 103;
    later.departsInSeconds = 72 * 3600;
    later.priceMinor = 2900;
    later.blocked = {QStringLiteral("1A")};
    const Flight second = addTestFlight(*db, later);
    ASSERT_TRUE(service->hold(request({QStringLiteral("2A"), QStringLiteral("2B")})).ok());
    auto lapsing = service->hold(request({QStringLiteral("3A")}));
    ASSERT_TRUE(lapsing.ok());
    makeLapse(*db, lapsing->reference); // lapsed: counts as free again

    FlightRepository flights(*db);
    DepartureQuery query;
    query.origin = QStringLiteral("DUB");
    auto board = flights.departures(query);
    ASSERT_TRUE(board.ok()) << board.error().message.toStdString();
    ASSERT_EQ(board->size(), 2);
    const FlightSummary &first = board->at(0);
    EXPECT_EQ(first.flight.id, flight.id);
    EXPECT_EQ(first.destinationCity, QStringLiteral("London"));
    EXPECT_EQ(first.seatsLeft.value(Cabin::Economy), 58);
    EXPECT_FALSE(first.seatsLeft.contains(Cabin::Business));
    EXPECT_EQ(first.lowestFare, Money(4900, QStringLiteral("EUR")));
    EXPECT_EQ(board->at(1).seatsLeft.value(Cabin::Economy), 59); // one blocked
    EXPECT_EQ(board->at(1).lowestFare, Money(2900, QStringLiteral("EUR")));

    // Keyset paging: one row per page, then nothing.
    query.limit = 1;
    auto page1 = flights.departures(query);
    ASSERT_EQ(page1->size(), 1);
    query.afterDepartureMs = page1->last().flight.departureUtc.toMSecsSinceEpoch();
    query.afterId = page1->last().flight.id;
    auto page2 = flights.departures(query);
    ASSERT_EQ(page2->size(), 1);
    EXPECT_EQ(page2->first().flight.id, second.id);
    query.afterDepartureMs = page2->last().flight.departureUtc.toMSecsSinceEpoch();
    query.afterId = page2->last().flight.id;
    EXPECT_TRUE(flights.departures(query)->isEmpty());

    auto destinations = flights.destinationsFrom(QStringLiteral("DUB"));
    ASSERT_TRUE(destinations.ok());
    ASSERT_EQ(destinations->size(), 1);
    EXPECT_EQ(destinations->first().iata, QStringLiteral("LHR"));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(FlightRepositoryTest);
