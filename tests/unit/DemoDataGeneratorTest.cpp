#include "demo/DemoDataGenerator.h"
#include "demo/DemoNetwork.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const QDate december(2026, 12, 1); // Tuesday; winter time in Europe and North America

// Everything a schedule holds, as text: equal fingerprints mean equal schedules.
QByteArray fingerprint(const DemoSchedule &schedule)
{
    QByteArray out;
    for (const Airport &a : schedule.airports)
        out += QStringList{a.iata, a.city, a.name, a.country, a.timeZone}.join(u'|').toUtf8() + '\n';
    for (const GeneratedFlight &g : schedule.flights) {
        const Flight &f = g.flight;
        out += QStringLiteral("%1 %2 %3-%4 %5 %6 %7 %8 %9\n")
                   .arg(QString::number(f.id), f.key(), f.origin, f.destination,
                        f.departureUtc.toString(Qt::ISODateWithMs), f.arrivalUtc.toString(Qt::ISODateWithMs),
                        f.aircraft, f.currency)
                   .arg(int(f.departureUtc.timeSpec()))
                   .toUtf8();
        for (const Seat &s : g.seats)
            out += QStringLiteral(" %1 %2 %3 %4 %5 %6 %7 %8\n")
                       .arg(s.id)
                       .arg(s.flightId)
                       .arg(s.code.toString(), QString(cabinCode(s.cabin)))
                       .arg(s.features.toInt())
                       .arg(s.deck)
                       .arg(s.price.toString(), seatStatusName(s.status))
                       .toUtf8();
    }
    return out;
}

DemoSchedule generate(quint32 seed, QDate first = december, int days = 2)
{
    return DemoDataGenerator(seed, first, days).generate();
}

const GeneratedFlight *find(const DemoSchedule &schedule, const QString &key)
{
    for (const GeneratedFlight &g : schedule.flights) {
        if (g.flight.key() == key)
            return &g;
    }
    return nullptr;
}

} // namespace

TEST(DemoDataGenerator, SameSeedGivesTheSameScheduleByteForByte)
{
    const QByteArray first = fingerprint(generate(7));
    EXPECT_GT(first.size(), 100000);
    EXPECT_EQ(first, fingerprint(generate(7)));
}

TEST(DemoDataGenerator, AnotherSeedChangesPricesButNotTheTimetable)
{
    const DemoSchedule a = generate(7);
    const DemoSchedule b = generate(8);
    EXPECT_NE(fingerprint(a), fingerprint(b));
    ASSERT_EQ(a.flights.size(), b.flights.size());
    for (qsizetype i = 0; i < a.flights.size(); ++i) {
        EXPECT_EQ(a.flights.at(i).flight.key(), b.flights.at(i).flight.key());
        EXPECT_EQ(a.flights.at(i).flight.departureUtc, b.flights.at(i).flight.departureUtc);
    }
}

TEST(DemoDataGenerator, DaysSetsTheLengthAndEarlierDaysStayTheSame)
{
    const DemoSchedule one = generate(3, december, 1);
    const DemoSchedule three = generate(3, december, 3);
    EXPECT_EQ(one.flights.size(), 58);
    EXPECT_EQ(three.flights.size(), 3 * 58);
    for (const GeneratedFlight &g : three.flights) {
        EXPECT_GE(g.flight.departureDate, december);
        EXPECT_LE(g.flight.departureDate, december.addDays(2));
    }
    // Day one of a three-day schedule is the one-day schedule.
    for (const GeneratedFlight &g : one.flights) {
        const GeneratedFlight *same = find(three, g.flight.key());
        ASSERT_NE(same, nullptr) << g.flight.key().toStdString();
        EXPECT_EQ(fingerprint({{}, {g}}), fingerprint({{}, {*same}}));
    }
    EXPECT_TRUE(generate(3, december, 0).flights.isEmpty());
    EXPECT_TRUE(generate(3, QDate(), 2).flights.isEmpty());
    EXPECT_FALSE(generate(3, december, 0).airports.isEmpty());
}

TEST(DemoDataGenerator, EveryFlightIsSoundAndItsAirportsExist)
{
    const DemoSchedule schedule = generate(11, december, 2);
    QHash<QString, Airport> airports;
    for (const Airport &a : schedule.airports) {
        EXPECT_TRUE(a.isValid()) << a.iata.toStdString();
        EXPECT_FALSE(airports.contains(a.iata)) << "listed twice: " << a.iata.toStdString();
        airports.insert(a.iata, a);
    }
    EXPECT_GE(airports.size(), 15);
    EXPECT_LE(airports.size(), 25);

    QSet<QString> keys;
    QDateTime previous;
    for (const GeneratedFlight &g : schedule.flights) {
        const Flight &f = g.flight;
        SCOPED_TRACE(f.key().toStdString());
        EXPECT_EQ(f.id, 0);
        EXPECT_FALSE(keys.contains(f.key()));
        keys << f.key();
        ASSERT_TRUE(airports.contains(f.origin));
        ASSERT_TRUE(airports.contains(f.destination));
        EXPECT_NE(f.origin, f.destination);
        EXPECT_TRUE(f.number >= 1 && f.number <= 9999);
        EXPECT_TRUE(f.departureUtc.isValid());
        EXPECT_EQ(f.departureUtc.timeSpec(), Qt::UTC);
        EXPECT_LT(f.departureUtc, f.arrivalUtc);
        EXPECT_TRUE(!previous.isValid() || previous <= f.departureUtc) << "not in departure order";
        previous = f.departureUtc;
        // The flight's date is the local date where it leaves.
        const QTimeZone zone(airports.value(f.origin).timeZone.toLatin1());
        EXPECT_EQ(f.departureUtc.toTimeZone(zone).date(), f.departureDate);

        const auto layout = LayoutCatalog::builtIn().layout(f.aircraft);
        ASSERT_TRUE(layout.ok()) << f.aircraft.toStdString();
        const QList<SeatTemplate> plan = layout->seats();
        ASSERT_EQ(g.seats.size(), plan.size());
        for (qsizetype i = 0; i < plan.size(); ++i) {
            const Seat &s = g.seats.at(i);
            EXPECT_EQ(s.code, plan.at(i).code);
            EXPECT_EQ(s.cabin, plan.at(i).cabin);
            EXPECT_EQ(s.features, plan.at(i).features);
            EXPECT_EQ(s.deck, plan.at(i).deck);
            EXPECT_EQ(s.id, 0);
            EXPECT_EQ(s.flightId, 0);
            EXPECT_EQ(s.status, SeatStatus::Free);
            EXPECT_EQ(s.price.currency(), f.currency);
            EXPECT_GT(s.price.minorUnits(), 0);
        }
    }
}

TEST(DemoDataGenerator, FaresRiseWithTheCabinAndExtraLegroomCostsMore)
{
    for (const GeneratedFlight &g : generate(5, december, 1).flights) {
        SCOPED_TRACE(g.flight.key().toStdString());
        QMap<Cabin, qint64> cheapest, dearest, plain, legroom;
        for (const Seat &s : g.seats) {
            const qint64 price = s.price.minorUnits();
            cheapest[s.cabin] = cheapest.contains(s.cabin) ? qMin(cheapest[s.cabin], price) : price;
            dearest[s.cabin] = qMax(dearest.value(s.cabin), price);
            (s.features.testFlag(SeatFeature::ExtraLegroom) ? legroom : plain)[s.cabin] = price;
        }
        // Cabins ordered First..Economy: every seat of a better cabin costs more than
        // any seat, surcharged or not, of the cabin below.
        const QList<Cabin> cabins = cheapest.keys();
        for (qsizetype i = 0; i + 1 < cabins.size(); ++i)
            EXPECT_GT(cheapest.value(cabins.at(i)), dearest.value(cabins.at(i + 1)));
        for (Cabin cabin : legroom.keys()) {
            if (plain.contains(cabin)) {
                EXPECT_GT(legroom.value(cabin), plain.value(cabin));
            }
        }
    }
}

TEST(DemoDataGenerator, A380SeatsKeepTheirDeck)
{
    // EK1 is always flown by an A380: upper deck J (56) and W (48).
    const DemoSchedule schedule = generate(6, december, 1);
    const GeneratedFlight *ek1 = find(schedule, QStringLiteral("EK1/2026-12-01"));
    ASSERT_NE(ek1, nullptr);
    ASSERT_EQ(ek1->flight.aircraft, QStringLiteral("A380-800"));
    int upper = 0;
    for (const Seat &s : ek1->seats) {
        if (s.deck == 1) {
            ++upper;
            EXPECT_TRUE(s.cabin == Cabin::Business || s.cabin == Cabin::PremiumEconomy) << s.code.toString().toStdString();
        }
    }
    EXPECT_EQ(upper, 56 + 48);
}

TEST(DemoDataGenerator, AircraftFitTheRoute)
{
    for (const GeneratedFlight &g : generate(9, december, 1).flights) {
        const Flight &f = g.flight;
        SCOPED_TRACE(f.key().toStdString());
        const auto layout = LayoutCatalog::builtIn().layout(f.aircraft);
        ASSERT_TRUE(layout.ok());
        const int km = DemoNetwork::distanceKm(*DemoNetwork::airport(f.origin), *DemoNetwork::airport(f.destination));
        EXPECT_LE(km, layout->rangeKm());
        if (km < 3000) {
            EXPECT_FALSE(layout->isWidebody()) << km << " km";
        }
        if (km > 6000) {
            EXPECT_TRUE(layout->isWidebody()) << km << " km";
        }
    }
}

TEST(DemoDataGenerator, FlightNumbersKeepTheirRouteAndLocalTimeEveryDay)
{
    const DemoSchedule schedule = generate(2, QDate(2026, 3, 27), 4); // across Europe's change to summer time
    QHash<QString, QString> routeOf;
    QHash<QString, QTime> timeOf;
    for (const GeneratedFlight &g : schedule.flights) {
        const Flight &f = g.flight;
        const QTimeZone zone(DemoNetwork::airport(f.origin)->airport.timeZone.toLatin1());
        const QString route = f.origin + u'-' + f.destination;
        const QTime local = f.departureUtc.toTimeZone(zone).time();
        EXPECT_EQ(routeOf.value(f.designator(), route), route) << f.key().toStdString();
        EXPECT_EQ(timeOf.value(f.designator(), local), local) << f.key().toStdString();
        routeOf.insert(f.designator(), route);
        timeOf.insert(f.designator(), local);
    }
    EXPECT_EQ(routeOf.size(), 58);
}

TEST(DemoDataGenerator, LocalDeparturesBecomeUtcWithDaylightSaving)
{
    const DemoSchedule winter = generate(1, QDate(2026, 12, 1), 1);
    const DemoSchedule summer = generate(1, QDate(2026, 7, 1), 1);
    // KX100 leaves Dublin at 06:45 local: GMT in winter, IST (UTC+1) in summer.
    ASSERT_NE(find(winter, QStringLiteral("KX100/2026-12-01")), nullptr);
    ASSERT_NE(find(summer, QStringLiteral("KX100/2026-07-01")), nullptr);
    EXPECT_EQ(find(winter, QStringLiteral("KX100/2026-12-01"))->flight.departureUtc,
              QDateTime(QDate(2026, 12, 1), QTime(6, 45), Qt::UTC));
    EXPECT_EQ(find(summer, QStringLiteral("KX100/2026-07-01"))->flight.departureUtc,
              QDateTime(QDate(2026, 7, 1), QTime(5, 45), Qt::UTC));
    // AA1 leaves New York at 08:00 EST (UTC-5).
    ASSERT_NE(find(winter, QStringLiteral("AA1/2026-12-01")), nullptr);
    EXPECT_EQ(find(winter, QStringLiteral("AA1/2026-12-01"))->flight.departureUtc,
              QDateTime(QDate(2026, 12, 1), QTime(13, 0), Qt::UTC));
    // JL35 leaves Tokyo at 11:00 JST (UTC+9, no daylight saving).
    ASSERT_NE(find(winter, QStringLiteral("JL35/2026-12-01")), nullptr);
    EXPECT_EQ(find(winter, QStringLiteral("JL35/2026-12-01"))->flight.departureUtc,
              QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
}

TEST(DemoDataGenerator, BlockTimesFollowDistanceAndWind)
{
    const auto dub = *DemoNetwork::airport(QStringLiteral("DUB"));
    const auto lhr = *DemoNetwork::airport(QStringLiteral("LHR"));
    const auto jfk = *DemoNetwork::airport(QStringLiteral("JFK"));
    EXPECT_NEAR(DemoNetwork::distanceKm(dub, lhr), 449, 5);
    EXPECT_NEAR(DemoNetwork::distanceKm(dub, jfk), 5103, 30);
    EXPECT_EQ(DemoNetwork::distanceKm(dub, jfk), DemoNetwork::distanceKm(jfk, dub));
    const int shortHop = DemoNetwork::blockMinutes(dub, lhr);
    EXPECT_GE(shortHop, 60);
    EXPECT_LE(shortHop, 95);
    EXPECT_EQ(shortHop % 5, 0);
    // Westbound against the jet stream takes longer: DUB-JFK about 7.5 h, back about 6.5 h.
    EXPECT_GT(DemoNetwork::blockMinutes(dub, jfk), DemoNetwork::blockMinutes(jfk, dub));
    EXPECT_NEAR(DemoNetwork::blockMinutes(dub, jfk), 7.5 * 60, 30);
    EXPECT_NEAR(DemoNetwork::blockMinutes(jfk, dub), 6.5 * 60, 30);
}

TEST(DemoDataGenerator, FaresAreInTheCarriersCurrencyAndRounded)
{
    const DemoSchedule schedule = generate(4, december, 1);
    QHash<QString, QString> currencies;
    for (const GeneratedFlight &g : schedule.flights) {
        const auto carrier = DemoNetwork::carrier(g.flight.carrier);
        ASSERT_TRUE(carrier.has_value()) << g.flight.carrier.toStdString();
        EXPECT_EQ(g.flight.currency, carrier->currency);
        currencies.insert(g.flight.carrier, g.flight.currency);
        // Whole euros, pounds, dollars and dirhams are 100 minor units; yen round to 100.
        for (const Seat &s : g.seats)
            EXPECT_EQ(s.price.minorUnits() % 100, 0) << s.price.toString().toStdString();
    }
    EXPECT_EQ(currencies.value(QStringLiteral("KX")), QStringLiteral("EUR"));
    EXPECT_EQ(currencies.value(QStringLiteral("BA")), QStringLiteral("GBP"));
    EXPECT_EQ(currencies.value(QStringLiteral("AA")), QStringLiteral("USD"));
    EXPECT_EQ(currencies.value(QStringLiteral("JL")), QStringLiteral("JPY"));

    // EUR 39 + 9 cents a km, rounded to whole euros: 449 km is EUR 79.
    EXPECT_EQ(DemoDataGenerator::fare(QStringLiteral("EUR"), 100, 449, Cabin::Economy, false, 100),
              Money(7900, QStringLiteral("EUR")));
    EXPECT_EQ(DemoDataGenerator::fare(QStringLiteral("EUR"), 100, 449, Cabin::Business, false, 100),
              Money(30200, QStringLiteral("EUR")));
    // Yen have no minor unit; fares round to 100 yen.
    EXPECT_EQ(DemoDataGenerator::fare(QStringLiteral("JPY"), 160, 449, Cabin::Economy, false, 100),
              Money(12700, QStringLiteral("JPY")));
}

TEST(Airport, NamesItselfAndChecksItsFields)
{
    const Airport dub{QStringLiteral("DUB"), QStringLiteral("Dublin"), QStringLiteral("Dublin Airport"),
                      QStringLiteral("IE"), QStringLiteral("Europe/Dublin")};
    EXPECT_EQ(dub.displayName(), QStringLiteral("Dublin (DUB)"));
    EXPECT_TRUE(dub.isValid());
    Airport bad = dub;
    bad.timeZone = QStringLiteral("Europe/Atlantis");
    EXPECT_FALSE(bad.isValid());
    bad = dub;
    bad.iata = QStringLiteral("dub");
    EXPECT_FALSE(bad.isValid());
    bad = dub;
    bad.country = QStringLiteral("IRL");
    EXPECT_FALSE(bad.isValid());
}
