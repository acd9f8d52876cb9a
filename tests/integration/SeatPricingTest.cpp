// Fares and seat surcharges (issue 18, item 2; FareSettings, SurchargeSettings, SeatPricing):
// a seat sells for its cabin's fare plus the surcharges of its characteristics, the route's
// winning over the airline's; a change re-prices the free seats only, so a held booking
// keeps the price on its lines; bad input and users below admin change nothing and a
// refusal is audited. On SQLite and PostgreSQL.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "booking/FareSettings.h"
#include "booking/FlightCatalog.h"
#include "booking/SurchargeSettings.h"
#include "storage/AccessLogRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SeatPricingTest : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        kioskService = std::make_unique<BookingService>(*db, gateway, atKiosk);
    }
    void TearDown() override
    {
        kioskService.reset();
        BackendTest::TearDown();
    }

    Result<FareChange> setFare(const QString &amount, const Actor &as, Cabin cabin = Cabin::Economy,
                               const QString &currency = QString())
    {
        return FareSettings(*db, as).set(FareTarget{FlightRef::byId(flight.id), {}, {}, {}}, cabin, amount, currency);
    }
    Result<SurchargeChange> setSurcharge(const QString &scope, const QString &characteristic, const QString &amount,
                                         const Actor &as, const QString &currency = QString())
    {
        return SurchargeSettings(*db, as).set(scope, characteristic, amount, currency);
    }
    Seat seat(const QString &code)
    {
        auto map = FlightCatalog(*db).seats(flight.id, SalesChannel::Kiosk);
        EXPECT_TRUE(map.ok());
        for (const Seat &s : map.value())
            if (s.code.toString() == code)
                return s;
        ADD_FAILURE() << "no seat " << code.toStdString();
        return {};
    }
    qint64 heldPrice(const QString &reference)
    {
        auto booking = service->find(reference);
        EXPECT_TRUE(booking.ok());
        return booking ? booking->passengers.value(0).price.minorUnits() : -1;
    }
    // Everything a price change may touch.
    QString prices()
    {
        QString rows;
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT code, price_minor, surcharge_minor FROM seats WHERE flight_id = %1 "
                                              "ORDER BY id").arg(flight.id)));
        while (query.next())
            rows += QStringLiteral("%1=%2/%3,").arg(query.value(0).toString()).arg(query.value(1).toLongLong())
                        .arg(query.value(2).toLongLong());
        return rows + QStringLiteral("fares %1 surcharges %2 lines %3")
                          .arg(countRows(*db, QStringLiteral("flight_fares")))
                          .arg(countRows(*db, QStringLiteral("seat_surcharges")))
                          .arg(scalar(*db, QStringLiteral("SELECT COALESCE(SUM(price_minor), 0) FROM booking_lines")));
    }

    const Actor atKiosk{QStringLiteral("gate-3"), QStringLiteral("kiosk"), Role::Kiosk};
    const Actor agent{QStringLiteral("desk-1"), QStringLiteral("alice"), Role::Agent};
    const Actor admin{QStringLiteral("ops-1"), QStringLiteral("root"), Role::Admin};
    std::unique_ptr<BookingService> kioskService;
};

TEST_P(SeatPricingTest, APriceIsTheFarePlusTheSeatsSurchargesOnTheKiosksPath)
{
    auto fare = setFare(QStringLiteral("120.00"), admin);
    ASSERT_TRUE(fare.ok()) << fare.error().message.toStdString();
    EXPECT_EQ(fare->repriced.seats, 60);
    ASSERT_TRUE(setSurcharge(QStringLiteral("KX"), QStringLiteral("exit_row"), QStringLiteral("20"), admin).ok());
    ASSERT_TRUE(setSurcharge(QStringLiteral("kx"), QStringLiteral("window"), QStringLiteral("5.50"), admin).ok());
    ASSERT_TRUE(setSurcharge(QStringLiteral("KX"), QStringLiteral("front_rows"), QStringLiteral("10"), admin).ok());

    // 1A: exit row, window, front row; 2B front row; 3F window, front row; 4C nothing.
    EXPECT_EQ(seat(QStringLiteral("1A")).price, Money(15550, QStringLiteral("EUR")));
    EXPECT_EQ(seat(QStringLiteral("1A")).surcharge, Money(3550, QStringLiteral("EUR")));
    EXPECT_EQ(seat(QStringLiteral("2B")).price, Money(13000, QStringLiteral("EUR")));
    EXPECT_EQ(seat(QStringLiteral("3F")).price, Money(13550, QStringLiteral("EUR")));
    EXPECT_EQ(seat(QStringLiteral("4C")).price, Money(12000, QStringLiteral("EUR")));
    EXPECT_EQ(seat(QStringLiteral("4C")).surcharge.minorUnits(), 0);

    // What the kiosk holds is what the seat map showed: the line and the booking's total.
    auto held = kioskService->hold(request({QStringLiteral("1A"), QStringLiteral("4C")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_EQ(held->passengers.value(0).price.minorUnits(), 15550);
    EXPECT_EQ(held->passengers.value(1).price.minorUnits(), 12000);
    EXPECT_EQ(held->total, Money(27550, QStringLiteral("EUR")));

    // The route's surcharge wins over the airline's, one characteristic at a time.
    ASSERT_TRUE(setSurcharge(QStringLiteral("KX/DUB-LHR"), QStringLiteral("front_rows"), QStringLiteral("15"), admin).ok());
    EXPECT_EQ(seat(QStringLiteral("2B")).price.minorUnits(), 13500);
    EXPECT_EQ(seat(QStringLiteral("3F")).price.minorUnits(), 14050);
    // Removing a surcharge takes it off the free seats again.
    auto removed = SurchargeSettings(*db, admin).remove(QStringLiteral("KX"), QStringLiteral("window"));
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(removed->removed);
    EXPECT_EQ(seat(QStringLiteral("3F")).price.minorUnits(), 13500);
}

TEST_P(SeatPricingTest, AHeldBookingKeepsThePriceOnItsLinesWhenTheFareOrSurchargeChanges)
{
    auto held = kioskService->hold(request({QStringLiteral("5A")}));
    ASSERT_TRUE(held.ok());
    auto sold = service->hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(sold.ok());
    ASSERT_TRUE(pay(sold->reference).ok());

    auto fare = setFare(QStringLiteral("99.00"), admin);
    ASSERT_TRUE(fare.ok()) << fare.error().message.toStdString();
    EXPECT_EQ(fare->repriced.kept, 2);
    auto surcharge = setSurcharge(QStringLiteral("KX"), QStringLiteral("window"), QStringLiteral("7"), admin);
    ASSERT_TRUE(surcharge.ok());
    EXPECT_EQ(surcharge->repriced.kept, 2);

    EXPECT_EQ(heldPrice(held->reference), 4900);
    EXPECT_EQ(heldPrice(sold->reference), 4900);
    EXPECT_EQ(service->find(held->reference)->total.minorUnits(), 4900);
    // The held and the sold seat were not re-priced; the free one beside them was.
    EXPECT_EQ(seat(QStringLiteral("5A")).price.minorUnits(), 4900);
    EXPECT_EQ(seat(QStringLiteral("6A")).price.minorUnits(), 4900);
    EXPECT_EQ(seat(QStringLiteral("5F")).price.minorUnits(), 10600);
    // Paying the hold charges what it was held at.
    auto paid = pay(*kioskService, held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->captured.minorUnits(), 4900);
}

TEST_P(SeatPricingTest, BadInputAndUsersBelowAdminChangeNothingAndARefusalIsAudited)
{
    ASSERT_TRUE(setFare(QStringLiteral("100"), admin).ok());
    ASSERT_TRUE(kioskService->hold(request({QStringLiteral("9C")})).ok());
    const QString before = prices();
    const auto expectRefused = [&](const auto &result, ErrorCode code, const QString &words) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(words)) << result.error().message.toStdString();
        EXPECT_EQ(prices(), before);
    };
    expectRefused(setFare(QStringLiteral("-5.00"), admin), ErrorCode::BadInput, QStringLiteral("cannot be negative"));
    expectRefused(setFare(QStringLiteral("1000000.01"), admin), ErrorCode::BadInput, QStringLiteral("EUR 1000000.00"));
    expectRefused(setFare(QStringLiteral("12.345"), admin), ErrorCode::BadInput, QStringLiteral("at most 2 decimals"));
    expectRefused(setFare(QStringLiteral("100"), admin, Cabin::Economy, QStringLiteral("EURO")), ErrorCode::BadInput,
                  QStringLiteral("'EURO' is not an ISO 4217 currency code"));
    expectRefused(setFare(QStringLiteral("100"), admin, Cabin::Economy, QStringLiteral("XYZ")), ErrorCode::BadInput,
                  QStringLiteral("ISO 4217"));
    expectRefused(setFare(QStringLiteral("100"), admin, Cabin::Economy, QStringLiteral("USD")), ErrorCode::BadInput,
                  QStringLiteral("is sold in EUR, not USD"));
    expectRefused(setFare(QStringLiteral("100"), admin, Cabin::Business), ErrorCode::NotFound,
                  QStringLiteral("has no business cabin"));
    expectRefused(FareSettings(*db, admin).set(FareTarget{FlightRef::byId(flight.id + 999), {}, {}, {}}, Cabin::Economy,
                                               QStringLiteral("100"), QString()),
                  ErrorCode::NotFound, QString::number(flight.id + 999));
    const QDate day = flight.departureDate;
    expectRefused(FareSettings(*db, admin).set(FareTarget{std::nullopt, QStringLiteral("DUB-JFK"), day, day},
                                               Cabin::Economy, QStringLiteral("100"), QString()),
                  ErrorCode::NotFound, QStringLiteral("no flight from DUB to JFK"));
    expectRefused(FareSettings(*db, admin).set(FareTarget{std::nullopt, QStringLiteral("DUB-LHR"), day, day.addDays(-1)},
                                               Cabin::Economy, QStringLiteral("100"), QString()),
                  ErrorCode::BadInput, QStringLiteral("is before the first"));
    expectRefused(setSurcharge(QStringLiteral("KX"), QStringLiteral("extra_legroom"), QStringLiteral("-1"), admin),
                  ErrorCode::BadInput, QStringLiteral("cannot be negative"));
    expectRefused(setSurcharge(QStringLiteral("KX"), QStringLiteral("sunroof"), QStringLiteral("1"), admin),
                  ErrorCode::BadInput, QStringLiteral("'sunroof' is not a seat characteristic"));
    expectRefused(setSurcharge(QStringLiteral("KX/DUB"), QStringLiteral("window"), QStringLiteral("1"), admin),
                  ErrorCode::BadInput, QStringLiteral("DUB"));
    expectRefused(setSurcharge(QStringLiteral("KX"), QStringLiteral("window"), QStringLiteral("1"), admin,
                               QStringLiteral("ABC")),
                  ErrorCode::BadInput, QStringLiteral("ISO 4217"));

    // A kiosk and an agent may not; each refusal is in the access log.
    expectRefused(setFare(QStringLiteral("1"), atKiosk), ErrorCode::Forbidden, QStringLiteral("set fares"));
    expectRefused(setFare(QStringLiteral("1"), agent), ErrorCode::Forbidden, QStringLiteral("set fares"));
    expectRefused(setSurcharge(QStringLiteral("KX"), QStringLiteral("window"), QStringLiteral("1"), atKiosk),
                  ErrorCode::Forbidden, QStringLiteral("set fares"));
    auto entries = AccessLogRepository(*db).entries(QString());
    ASSERT_TRUE(entries.ok());
    QStringList denied;
    for (const AccessEvent &event : entries.value())
        if (event.outcome == QLatin1String("denied"))
            denied << event.terminal;
    EXPECT_EQ(denied, (QStringList{QStringLiteral("gate-3"), QStringLiteral("desk-1"), QStringLiteral("gate-3")}));
}

TEST_P(SeatPricingTest, ASurchargeNoSeatHasIsStoredWithAWarning)
{
    auto stored = setSurcharge(QStringLiteral("KX"), QStringLiteral("extra_legroom"), QStringLiteral("25"), admin);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->seatsWith, 0);
    EXPECT_TRUE(stored->warning.contains(QStringLiteral("no seat"))) << stored->warning.toStdString();
    EXPECT_EQ(stored->repriced.seats, 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("seat_surcharges")), 1);
    auto window = setSurcharge(QStringLiteral("KX"), QStringLiteral("window"), QStringLiteral("3"), admin);
    ASSERT_TRUE(window.ok());
    EXPECT_EQ(window->seatsWith, 20);
    EXPECT_TRUE(window->warning.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SeatPricingTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
