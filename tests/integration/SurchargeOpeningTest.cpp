// A flight opening for sale (SaleOpening, migration 0023/0024) prices its new seats as a
// fare change does: the fare of the seat's class plus the airline's seat surcharges
// (SeatPricing, the one place a price is computed). On SQLite and PostgreSQL.
#include "ScheduleImportFixture.h"

#include "booking/SurchargeSettings.h"
#include "schedule/SalesOpener.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SurchargeOpeningTest : public ScheduleImportFixture {
protected:
    // code -> price, surcharge and fare (flight_fares of its class) of every seat
    QMap<QString, QList<qint64>> seatPrices(const Flight &f)
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT s.code, s.price_minor, s.surcharge_minor, fa.price_minor FROM seats s "
                                              "JOIN flight_fares fa ON fa.flight_id = s.flight_id AND fa.cabin = s.cabin "
                                              "AND fa.extra_legroom = (s.features & 16 <> 0) "
                                              "WHERE s.flight_id = %1").arg(f.id)));
        QMap<QString, QList<qint64>> prices;
        while (query.next())
            prices.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong(),
                                                      query.value(3).toLongLong()});
        return prices;
    }
};

TEST_P(SurchargeOpeningTest, OpeningAFlightPricesItsSeatsAtFarePlusSurcharge)
{
    SsimBuilder::Leg far = leg(1);
    far.from = ssimDate(firstDay.addDays(30));
    far.to = far.from;
    ASSERT_TRUE(import(SsimBuilder().add(leg(1)).add(far)).ok());
    const Flight open = imported(0);
    const Flight later = imported(30);

    auto set = SurchargeSettings(*db, admin).set(QStringLiteral("XX"), QStringLiteral("extra_legroom"),
                                                 QStringLiteral("25"), QString());
    ASSERT_TRUE(set.ok()) << set.error().message.toStdString();
    EXPECT_GT(set->seatsWith, 0);
    EXPECT_TRUE(set->warning.isEmpty());

    auto opened = SalesOpener(*db, admin).openFlight(FlightRef::byId(later.id));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_GT(opened->seats, 0);

    for (const Flight &f : {open, later}) {
        const auto prices = seatPrices(f);
        ASSERT_FALSE(prices.isEmpty());
        int charged = 0;
        for (auto seat = prices.cbegin(); seat != prices.cend(); ++seat) {
            const qint64 price = seat.value().at(0), surcharge = seat.value().at(1), fare = seat.value().at(2);
            EXPECT_EQ(price, fare + surcharge) << seat.key().toStdString();
            EXPECT_TRUE(surcharge == 0 || surcharge == 2500) << seat.key().toStdString();
            charged += surcharge > 0 ? 1 : 0;
        }
        EXPECT_GT(charged, 0) << f.key().toStdString();
        EXPECT_EQ(seatPrices(open).size(), prices.size()); // the same aircraft
    }
    // Same aircraft, same fares: the flight opened later is priced exactly as the open one.
    EXPECT_EQ(seatPrices(later), seatPrices(open));
}

INSTANTIATE_TEST_SUITE_P(Backends, SurchargeOpeningTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
