// A schedule import writes a flight's seats inside the database from the stored layout
// (layout_seats, migration 0021), on both databases: the seats are the layout's, in its
// order, priced by the fare rule per class; a layout is stored once; an aircraft change
// refits from the new layout and keeps its guarantees.
#include "BackendFixture.h"
#include "SqlProbe.h"
#include "SsimBuilder.h"
#include "demo/DemoDataGenerator.h"
#include "schedule/ScheduleImporter.h"
#include "schedule/ScheduleLayouts.h"
#include "storage/FlightRepository.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::test;

namespace {

QString ssimDate(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("ddMMMyy")).toUpper();
}

class LayoutSeatsTest : public BackendTest {
protected:
    Actor admin{QStringLiteral("test-terminal"), QStringLiteral("planner"), Role::Admin};
    // Inside the sales horizon (28 days): the import makes the seats.
    QDate firstDay = QDate::currentDate().addDays(10);

    // XX<number> DUB 0800 -> LHR 0920 local (80 minutes) for `days` days.
    SsimBuilder::Leg leg(const QString &aircraft, const QString &configuration, int days = 2,
                         const QString &number = QStringLiteral("100")) const
    {
        SsimBuilder::Leg l;
        l.number = number;
        l.from = ssimDate(firstDay);
        l.to = ssimDate(firstDay.addDays(days - 1));
        l.aircraft = aircraft;
        l.configuration = configuration;
        return l;
    }

    Result<ImportSummary> import(const SsimBuilder &file)
    {
        return ScheduleImporter(*db, admin).importSsim(file.build(), {});
    }

    Flight imported(int dayOffset, int number = 100)
    {
        auto found = FlightRepository(*db).find(FlightRef{0, QStringLiteral("XX"), number, firstDay.addDays(dayOffset)});
        EXPECT_TRUE(found.ok());
        return found ? *found : Flight{};
    }

    // code cabin features deck blocked price, one line per seat, in seat id order.
    QStringList storedSeats(qint64 flightId)
    {
        QSqlQuery query(db->connection());
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT code, cabin, features, deck, blocked, price_minor, currency "
                                              "FROM seats WHERE flight_id = %1 ORDER BY id")
                                   .arg(flightId)));
        QStringList seats;
        while (query.next())
            seats << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(query.value(0).toString(), query.value(1).toString())
                         .arg(query.value(2).toInt())
                         .arg(query.value(3).toInt())
                         .arg(query.value(4).toBool() ? 1 : 0)
                         .arg(query.value(5).toLongLong())
                         .arg(query.value(6).toString());
        return seats;
    }

    // What the layout says, priced as the importer's rule does for an 80-minute leg
    // (650 km) in euros.
    QStringList expectedSeats(const ChosenLayout &chosen)
    {
        QStringList seats;
        for (const SeatTemplate &seat : chosen.seats) {
            const Money price = DemoDataGenerator::fare(QStringLiteral("EUR"), 100, 650, seat.cabin,
                                                        seat.features.testFlag(SeatFeature::ExtraLegroom), 100);
            seats << QStringLiteral("%1 %2 %3 %4 %5 %6 EUR")
                         .arg(seat.code.toString(), QString(cabinCode(seat.cabin)))
                         .arg(seat.features.toInt())
                         .arg(seat.deck)
                         .arg(seat.features.testFlag(SeatFeature::Blocked) ? 1 : 0)
                         .arg(price.minorUnits());
        }
        return seats;
    }
};

TEST_P(LayoutSeatsTest, ANewFlightsSeatsAreItsLayoutsInOrderPricedByClass)
{
    SsimBuilder file;
    file.add(leg(QStringLiteral("789"), QStringLiteral("J32W35Y225")));
    file.add(leg(QStringLiteral("AT7"), QStringLiteral("Y70"), 2, QStringLiteral("200")));
    auto summary = import(file);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 4);

    ScheduleLayouts layouts;
    const ChosenLayout dreamliner = *layouts.choose(QStringLiteral("789"), QStringLiteral("J32W35Y225"));
    const ChosenLayout turboprop = *layouts.choose(QStringLiteral("AT7"), QStringLiteral("Y70"));
    EXPECT_TRUE(turboprop.generated);
    for (int day : {0, 1}) {
        EXPECT_EQ(storedSeats(imported(day).id), expectedSeats(dreamliner));
        EXPECT_EQ(storedSeats(imported(day, 200).id), expectedSeats(turboprop));
    }
    // More than one price: the classes are priced apart (business, premium, legroom).
    EXPECT_GT(scalar(*db, QStringLiteral("SELECT COUNT(DISTINCT price_minor) FROM seats WHERE flight_id = %1")
                              .arg(imported(0).id)),
              2);
}

TEST_P(LayoutSeatsTest, ALayoutIsStoredOnceUnderAKeyNamingItsContent)
{
    ASSERT_TRUE(import(SsimBuilder().add(leg(QStringLiteral("320"), QStringLiteral("J12Y156"), 3))).ok());
    ASSERT_TRUE(import(SsimBuilder().add(leg(QStringLiteral("320"), QStringLiteral("J12Y156"), 5))).ok());
    const ChosenLayout a320 = *ScheduleLayouts().choose(QStringLiteral("320"), QStringLiteral("J12Y156"));
    EXPECT_TRUE(a320.key.startsWith(QStringLiteral("A320@"))) << a320.key.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("layout_seats")), a320.seats.size());
    EXPECT_EQ(countRows(*db, QStringLiteral("layout_seats"), QStringLiteral("layout_key = '%1'").arg(a320.key)),
              a320.seats.size());
    // Another configuration is another layout with a key of its own.
    const ChosenLayout small = *ScheduleLayouts().choose(QStringLiteral("320"), QStringLiteral("C4Y120"));
    EXPECT_NE(small.key, a320.key);
    EXPECT_EQ(small.key, ScheduleLayouts().choose(QStringLiteral("320"), QStringLiteral("C4Y120"))->key);
}

TEST_P(LayoutSeatsTest, AnAircraftChangeRefitsFromTheNewLayoutAndKeepsWhatHistoryPointsAt)
{
    ASSERT_TRUE(import(SsimBuilder().add(leg(QStringLiteral("320"), QStringLiteral("J12Y156VV168"), 1))).ok());
    const Flight flight0 = imported(0); // A320: rows 1-30
    auto hold = [&](const QString &seat) {
        HoldRequest r;
        r.flight = FlightRef::byId(flight0.id);
        r.seats << *SeatCode::parse(seat);
        return service->hold(r);
    };
    auto moves = hold(QStringLiteral("29A"));
    auto history = hold(QStringLiteral("28A"));
    ASSERT_TRUE(moves.ok() && history.ok());
    ASSERT_TRUE(service->cancel(history->reference, QStringLiteral("changed their mind")).ok());

    // A smaller aircraft: business one row of four, economy rows 2-21.
    auto summary = import(SsimBuilder().add(leg(QStringLiteral("320"), QStringLiteral("C4Y120"), 1)));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->disruptions, 1); // 29A moved: row 29 is gone

    // Every code of the new layout is there as the layout has it, at its prices.
    const ChosenLayout small = *ScheduleLayouts().choose(QStringLiteral("320"), QStringLiteral("C4Y120"));
    QSet<QString> codes;
    for (const SeatTemplate &seat : small.seats)
        codes.insert(seat.code.toString());
    QStringList expected = expectedSeats(small), refitted, retired;
    for (const QString &seat : storedSeats(flight0.id))
        (codes.contains(seat.section(QLatin1Char(' '), 0, 0)) ? refitted : retired) << seat;
    std::sort(expected.begin(), expected.end());
    std::sort(refitted.begin(), refitted.end());
    EXPECT_EQ(refitted, expected);
    // Of the seats the new aircraft lacks, only 28A stays, blocked: the cancelled booking's
    // line still points at it. 29A's passenger moved, so 29A went with the rest.
    ASSERT_EQ(retired.size(), 1) << retired.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(retired.first().startsWith(QStringLiteral("28A "))) << retired.first().toStdString();
    EXPECT_EQ(retired.first().section(QLatin1Char(' '), 4, 4), QStringLiteral("1"));
    const QString movedTo = service->find(moves->reference)->seats().value(0).toString();
    EXPECT_TRUE(codes.contains(movedTo)) << movedTo.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT seat_id) FROM booking_lines WHERE active")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(LayoutSeatsTest);
