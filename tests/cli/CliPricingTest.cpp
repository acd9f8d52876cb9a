// kioskctl fare / surcharge (docs/cli.md): a price is the fare plus the seat's surcharges
// from the CLI's hold to the seat map, a held booking keeps its price, and every bad input
// and user below admin is refused with its message and exit code, nothing changed (a
// refusal in the access log). On SQLite and PostgreSQL.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliPricingTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("kim"), Role::Kiosk));
        ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("alice"), Role::Agent));
    }

    qint64 price(const QString &code) const
    {
        return seatMap().value(code)[QStringLiteral("price")][QStringLiteral("amount")].toInteger();
    }
    // Everything a fare or surcharge may change.
    QString prices() const
    {
        return QString::number(scalar(*db, QStringLiteral("SELECT SUM(price_minor) + SUM(surcharge_minor) FROM seats")))
            + QLatin1Char('/') + QString::number(countRows(*db, QStringLiteral("flight_fares")))
            + QLatin1Char('/') + QString::number(countRows(*db, QStringLiteral("seat_surcharges")))
            + QLatin1Char('/') + QString::number(scalar(*db, QStringLiteral("SELECT COALESCE(SUM(price_minor), 0) FROM booking_lines")));
    }
    static void expectError(const CtlRun &run, int exitCode, const QString &code, const QString &words)
    {
        EXPECT_EQ(run.exitCode, exitCode) << run.describe();
        EXPECT_EQ(run.error().value(QStringLiteral("error")).toString(), code) << run.describe();
        EXPECT_TRUE(run.error().value(QStringLiteral("message")).toString().contains(words)) << run.describe();
    }
    QString date() const { return flight.departureDate.toString(Qt::ISODate); }
};

TEST_P(CliPricingTest, AHoldPaysTheFarePlusTheSurchargeAndAHeldBookingKeepsItsPrice)
{
    const QString kept = holdSeats(QStringLiteral("5C"));
    ASSERT_FALSE(kept.isEmpty());

    const CtlRun fare = ctl({QStringLiteral("fare"), QStringLiteral("set"), flightId(), QStringLiteral("Y"),
                             QStringLiteral("120.00"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    ASSERT_EQ(fare.exitCode, 0) << fare.describe();
    EXPECT_EQ(fare.json().value(QStringLiteral("repriced_seats")).toInt(), 59);
    EXPECT_EQ(fare.json().value(QStringLiteral("kept_seats")).toInt(), 1);
    const CtlRun exit = ctl({QStringLiteral("surcharge"), QStringLiteral("set"), QStringLiteral("KX"),
                             QStringLiteral("exit_row"), QStringLiteral("20")});
    ASSERT_EQ(exit.exitCode, 0) << exit.describe();
    EXPECT_EQ(exit.json()[QStringLiteral("amount")][QStringLiteral("display")].toString(), QStringLiteral("EUR 20.00"));
    EXPECT_TRUE(exit.json().value(QStringLiteral("warning")).isNull());

    // The seat map shows the price and its surcharge; the hold pays exactly that.
    const QJsonObject seat = seatMap().value(QStringLiteral("1B"));
    EXPECT_EQ(seat[QStringLiteral("price")][QStringLiteral("amount")].toInteger(), 14000);
    EXPECT_EQ(seat[QStringLiteral("surcharge")][QStringLiteral("amount")].toInteger(), 2000);
    EXPECT_EQ(price(QStringLiteral("5D")), 12000);
    const CtlRun held = ctl({QStringLiteral("hold"), flightId(), QStringLiteral("1B,5D")});
    ASSERT_EQ(held.exitCode, 0) << held.describe();
    EXPECT_EQ(held.json()[QStringLiteral("total")][QStringLiteral("amount")].toInteger(), 26000) << held.out.toStdString();

    // The booking held before the change keeps its price, on its line and its total.
    const CtlRun shown = ctl({QStringLiteral("show"), kept});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    const QJsonArray passengers = shown.json().value(QStringLiteral("passengers")).toArray();
    ASSERT_EQ(passengers.size(), 1);
    EXPECT_EQ(passengers.at(0)[QStringLiteral("price")][QStringLiteral("amount")].toInteger(), 4900);
    EXPECT_EQ(shown.json()[QStringLiteral("total")][QStringLiteral("amount")].toInteger(), 4900);
    EXPECT_EQ(price(QStringLiteral("5C")), 4900);

    // The text seat map names the surcharge; the lists show what was set.
    KioskctlRunner text = runner;
    const CtlRun map = text.run({QStringLiteral("--db"), url(), QStringLiteral("seats"), flightId()});
    ASSERT_EQ(map.exitCode, 0) << map.describe();
    EXPECT_TRUE(map.out.contains("EUR 140.00 incl. seat surcharge 20.00")) << map.out.toStdString();
    const CtlRun fares = ctl({QStringLiteral("fare"), QStringLiteral("list"), QStringLiteral("--route"), QStringLiteral("DUB-LHR"),
                              QStringLiteral("--from"), date(), QStringLiteral("--to"), date()});
    ASSERT_EQ(fares.exitCode, 0) << fares.describe();
    const QJsonObject cabin = fares.json()[QStringLiteral("flights")][0][QStringLiteral("cabins")][0].toObject();
    EXPECT_EQ(cabin[QStringLiteral("fares")][0][QStringLiteral("fare")][QStringLiteral("amount")].toInteger(), 12000);
    const CtlRun surcharges = ctl({QStringLiteral("surcharge"), QStringLiteral("list")});
    ASSERT_EQ(surcharges.exitCode, 0) << surcharges.describe();
    EXPECT_EQ(surcharges.json()[QStringLiteral("surcharges")][0][QStringLiteral("characteristic")].toString(),
              QStringLiteral("exit_row"));

    // A route's fare for its dates re-prices the free seats again; removing the surcharge too.
    const CtlRun route = ctl({QStringLiteral("fare"), QStringLiteral("set"), QStringLiteral("--route"), QStringLiteral("dub-lhr"),
                              QStringLiteral("--from"), date(), QStringLiteral("--to"), date(), QStringLiteral("economy"),
                              QStringLiteral("100")});
    ASSERT_EQ(route.exitCode, 0) << route.describe();
    EXPECT_EQ(price(QStringLiteral("1C")), 12000);
    const CtlRun removed = ctl({QStringLiteral("surcharge"), QStringLiteral("remove"), QStringLiteral("KX"),
                                QStringLiteral("exit_row")});
    ASSERT_EQ(removed.exitCode, 0) << removed.describe();
    EXPECT_EQ(price(QStringLiteral("1C")), 10000);
    EXPECT_EQ(price(QStringLiteral("1B")), 14000); // held at that price
}

TEST_P(CliPricingTest, EachBadInputIsRefusedWithItsMessageAndExitCodeAndNothingChanges)
{
    ASSERT_FALSE(holdSeats(QStringLiteral("2A")).isEmpty());
    const QString before = prices();
    const QString set = QStringLiteral("set");
    const auto fareSet = [&](const QStringList &rest) {
        return ctl(QStringList{QStringLiteral("fare"), set} + rest);
    };
    expectError(fareSet({flightId(), QStringLiteral("Y"), QStringLiteral("-10")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("the fare cannot be negative"));
    expectError(fareSet({flightId(), QStringLiteral("Y"), QStringLiteral("1000000.01")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("above the largest one accepted, EUR 1000000.00"));
    expectError(fareSet({flightId(), QStringLiteral("Y"), QStringLiteral("12,50")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("must be an amount in EUR"));
    expectError(fareSet({flightId(), QStringLiteral("Y"), QStringLiteral("10"), QStringLiteral("--currency"),
                         QStringLiteral("EUX")}),
                2, QStringLiteral("bad_input"), QStringLiteral("'EUX' is not an ISO 4217 currency code"));
    expectError(fareSet({flightId(), QStringLiteral("Y"), QStringLiteral("10"), QStringLiteral("--currency"),
                         QStringLiteral("GBP")}),
                2, QStringLiteral("bad_input"), QStringLiteral("is sold in EUR, not GBP"));
    expectError(fareSet({flightId(), QStringLiteral("Q"), QStringLiteral("10")}), 2, QStringLiteral("bad_input"),
                QStringLiteral("CABIN must be F, J, W, Y"));
    expectError(fareSet({flightId(), QStringLiteral("J"), QStringLiteral("10")}), 4, QStringLiteral("not_found"),
                QStringLiteral("has no business cabin"));
    expectError(fareSet({QStringLiteral("KX999/2030-01-01"), QStringLiteral("Y"), QStringLiteral("10")}), 4,
                QStringLiteral("not_found"), QStringLiteral("KX999"));
    expectError(fareSet({QStringLiteral("--route"), QStringLiteral("DUB-JFK"), QStringLiteral("--from"), date(),
                         QStringLiteral("--to"), date(), QStringLiteral("Y"), QStringLiteral("10")}),
                4, QStringLiteral("not_found"), QStringLiteral("no flight from DUB to JFK"));
    expectError(fareSet({QStringLiteral("--route"), QStringLiteral("DUBJFK"), QStringLiteral("--from"), date(),
                         QStringLiteral("--to"), date(), QStringLiteral("Y"), QStringLiteral("10")}),
                2, QStringLiteral("bad_input"), QStringLiteral("DUBJFK"));
    expectError(fareSet({QStringLiteral("--route"), QStringLiteral("DUB-LHR"), QStringLiteral("Y"), QStringLiteral("10")}),
                2, QStringLiteral("bad_input"), QStringLiteral("--route needs --from DATE and --to DATE"));
    expectError(fareSet({QStringLiteral("--route"), QStringLiteral("DUB-LHR"), QStringLiteral("--from"), QStringLiteral("1.12.2026"),
                         QStringLiteral("--to"), date(), QStringLiteral("Y"), QStringLiteral("10")}),
                2, QStringLiteral("bad_input"), QStringLiteral("--from must be a date as YYYY-MM-DD"));
    expectError(fareSet({flightId(), QStringLiteral("Y")}), 2, QStringLiteral("bad_input"), QStringLiteral("expected fare set"));
    const auto surchargeSet = [&](const QStringList &rest) {
        return ctl(QStringList{QStringLiteral("surcharge"), set} + rest);
    };
    expectError(surchargeSet({QStringLiteral("KX"), QStringLiteral("exit_row"), QStringLiteral("-1")}), 2,
                QStringLiteral("bad_input"), QStringLiteral("the surcharge cannot be negative"));
    expectError(surchargeSet({QStringLiteral("KX"), QStringLiteral("bassinet"), QStringLiteral("5")}), 2,
                QStringLiteral("bad_input"), QStringLiteral("'bassinet' is not a seat characteristic"));
    expectError(surchargeSet({QStringLiteral("KX/DUB-DUB"), QStringLiteral("window"), QStringLiteral("5")}), 2,
                QStringLiteral("bad_input"), QStringLiteral("DUB-DUB"));
    expectError(surchargeSet({QStringLiteral("KX"), QStringLiteral("window"), QStringLiteral("5"), QStringLiteral("--currency"),
                              QStringLiteral("XXQ")}),
                2, QStringLiteral("bad_input"), QStringLiteral("ISO 4217"));

    // A kiosk user and an agent: exit 6, in the access log.
    expectError(as(QStringLiteral("kim"), {QStringLiteral("fare"), set, flightId(), QStringLiteral("Y"), QStringLiteral("1")}),
                6, QStringLiteral("forbidden"), QStringLiteral("set fares and seat surcharges"));
    expectError(as(QStringLiteral("alice"), {QStringLiteral("surcharge"), set, QStringLiteral("KX"), QStringLiteral("window"),
                                             QStringLiteral("1")}),
                6, QStringLiteral("forbidden"), QStringLiteral("set fares and seat surcharges"));
    EXPECT_EQ(prices(), before);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied' AND actor IN ('kim', 'alice')")),
              2);

    // A surcharge no seat of the airline's flights has: stored, with a warning.
    const CtlRun warned = surchargeSet({QStringLiteral("KX"), QStringLiteral("extra_legroom"), QStringLiteral("25")});
    ASSERT_EQ(warned.exitCode, 0) << warned.describe();
    EXPECT_TRUE(warned.json().value(QStringLiteral("warning")).toString().contains(QStringLiteral("no seat")))
        << warned.out.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("seat_surcharges")), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CliPricingTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
