#include "BackendFixture.h"

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
    ASSERT_TRUE(service->submitPayment(confirmed->reference, card()).ok());

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

} // namespace

KIOSK_ON_BOTH_BACKENDS(FlightRepositoryTest);
