// Schedule imports on both databases: the real sample file, idempotence, atomicity, and
// every reconciliation case against real bookings (held, paying, confirmed).
#include "ScheduleImportFixture.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/FeedParser.h"

#include <QFile>

#include <algorithm>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ScheduleImportTest : public ScheduleImportFixture {};

TEST_P(ScheduleImportTest, TheRealSampleImportsAndASecondImportChangesNothing)
{
    QFile file(QStringLiteral(KIOSK_TEST_DATA "/ssim/sample.ssim"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray sample = file.readAll();
    const qint64 before = countRows(*db, QStringLiteral("flights"));

    auto first = ScheduleImporter(*db, admin).importSsim(sample, {});
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->source, QStringLiteral("ssim:XX"));
    EXPECT_GT(first->added, 514);
    EXPECT_EQ(first->added, first->legsInSchedule);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), before + first->added);
    // 733, 735, AT7 and 772 have no built-in layout: every one of them is generated.
    EXPECT_EQ(first->generatedLayouts,
              (QStringList{QStringLiteral("733-W18Y112"), QStringLiteral("733-Y133"), QStringLiteral("735-W18Y97"),
                           QStringLiteral("735-Y118"), QStringLiteral("772-J14W34Y316"), QStringLiteral("AT7-Y64")}));
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("layout_generated AND source = 'ssim:XX'")),
              first->added);
    // A multi-leg flight: one bookable flight per leg, same designator and date.
    EXPECT_GT(countRows(*db, QStringLiteral("flights f"),
                        QStringLiteral("EXISTS (SELECT 1 FROM flights g WHERE g.carrier = f.carrier AND g.number = "
                                       "f.number AND g.departure_date = f.departure_date AND g.origin <> f.origin)")),
              0);
    // The 772's configuration J14W34Y316 gives exactly those seats.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM seats WHERE flight_id = (SELECT MIN(id) FROM flights "
                                         "WHERE iata_aircraft = '772') AND cabin = 'W'")),
              34);
    const QString snapshot = dumpDatabase(*db);

    auto second = ScheduleImporter(*db, admin).importSsim(sample, {});
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_FALSE(second->changed());
    EXPECT_EQ(second->unchanged, first->added);
    EXPECT_EQ(dumpDatabase(*db), snapshot);
}

TEST_P(ScheduleImportTest, AMalformedFileOrADryRunChangesNothing)
{
    ASSERT_TRUE(import(leg()).ok());
    const QString snapshot = dumpDatabase(*db);
    SsimBuilder::Leg broken = leg(5);
    broken.days = QStringLiteral("1234X67");
    auto refused = import(SsimBuilder().add(leg(5)).add(broken));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("line 12, columns 29-35: days of operation \"1234X67\"")))
        << refused.error().message.toStdString();
    EXPECT_EQ(dumpDatabase(*db), snapshot);

    auto dry = import(SsimBuilder().add(leg(5)), true);
    ASSERT_TRUE(dry.ok());
    EXPECT_EQ(dry->added, 2);
    EXPECT_EQ(dry->unchanged, 3);
    EXPECT_EQ(dumpDatabase(*db), snapshot);
}

TEST_P(ScheduleImportTest, OnlyAnAdminImports)
{
    Actor agent{QStringLiteral("desk"), QStringLiteral("ann"), Role::Agent};
    auto refused = ScheduleImporter(*db, agent).importSsim(SsimBuilder().add(leg()).build(), {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("carrier = 'XX'")), 0);
}

TEST_P(ScheduleImportTest, ALegGoneFromTheScheduleIsCancelledAndItsBookingsDisrupted)
{
    ASSERT_TRUE(import(leg()).ok());
    const Flight second = imported(1);
    auto held = holdOn(second, {QStringLiteral("10A")});
    auto paying = holdOn(second, {QStringLiteral("10B")});
    auto confirmedHold = holdOn(second, {QStringLiteral("10C")});
    ASSERT_TRUE(held.ok() && paying.ok() && confirmedHold.ok());
    ASSERT_TRUE(pay(confirmedHold->reference).ok());
    // A payment in flight: the attempt is recorded, the gateway has not answered.
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE bookings SET state = 'PAYMENT_PENDING' WHERE reference = '%1'")
                                .arg(paying->reference), QStringLiteral("test")).ok());

    SsimBuilder::Leg without = leg();
    without.days = QStringLiteral("       ");
    const int firstWeekday = firstDay.dayOfWeek(), thirdWeekday = firstDay.addDays(2).dayOfWeek();
    without.days[firstWeekday - 1] = QChar('0' + firstWeekday);
    without.days[thirdWeekday - 1] = QChar('0' + thirdWeekday);
    auto summary = import(without);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->cancelled, 1);
    EXPECT_EQ(summary->unchanged, 2);
    EXPECT_EQ(summary->disruptions, 3);
    EXPECT_EQ(summary->flightsWithBookingsAffected, QStringList{second.key()});

    EXPECT_EQ(flightStatus(second), QStringLiteral("CANCELLED"));
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("id = %1").arg(second.id)), 1); // never deleted
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Cancelled);
    EXPECT_EQ(service->find(paying->reference)->state, BookingState::Cancelled);
    EXPECT_EQ(service->find(confirmedHold->reference)->state, BookingState::Confirmed);
    const QList<Disruption> recorded = disruptions();
    ASSERT_EQ(recorded.size(), 3);
    for (const Disruption &d : recorded) {
        EXPECT_EQ(d.kind, Disruption::Kind::Cancelled);
        EXPECT_EQ(d.flightId, second.id);
        EXPECT_EQ(d.source, QStringLiteral("ssim:XX"));
    }
    auto refused = holdOn(second, {QStringLiteral("12A")});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("flight %1 is cancelled; its seats can no longer be sold").arg(second.key()));

    // The leg comes back: reinstated, the same flight row.
    auto back = import(leg());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->updated, 1);
    EXPECT_EQ(flightStatus(second), QStringLiteral("SCHEDULED"));
}

TEST_P(ScheduleImportTest, ARetimeBeyondTheThresholdIsADisruption)
{
    ASSERT_TRUE(import(leg(1)).ok());
    const Flight flight0 = imported(0);
    auto booking = holdOn(flight0, {QStringLiteral("20A")});
    ASSERT_TRUE(booking.ok());
    SsimBuilder::Leg later = leg(1);
    later.departure = QStringLiteral("0830"), later.arrival = QStringLiteral("0950");
    auto small = import(later);
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small->updated, 1);
    EXPECT_EQ(small->disruptions, 0); // 30 minutes: within the standard 60
    later.departure = QStringLiteral("1030"), later.arrival = QStringLiteral("1150");
    auto big = import(later);
    ASSERT_TRUE(big.ok());
    EXPECT_EQ(big->disruptions, 1);
    const QList<Disruption> recorded = disruptions();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().kind, Disruption::Kind::Retimed);
    EXPECT_TRUE(recorded.first().detail.contains(QStringLiteral("(+120 min)"))) << recorded.first().detail.toStdString();
    EXPECT_EQ(imported(0).departureUtc, QDateTime(firstDay, QTime(9, 30), Qt::UTC));
}

TEST_P(ScheduleImportTest, AnEquipmentChangeKeepsSeatsMovesPartiesTogetherAndLeavesTheRestForAnAgent)
{
    ASSERT_TRUE(import(leg(1)).ok()); // A320: J rows 1-3 (AC DF), Y rows 4-30
    const Flight flight0 = imported(0);
    EXPECT_EQ(flight0.aircraft, QStringLiteral("A320"));
    auto frontRow = holdOn(flight0, {QStringLiteral("1A"), QStringLiteral("1C")});
    auto business = holdOn(flight0, {QStringLiteral("2A"), QStringLiteral("2C"), QStringLiteral("3A")});
    auto party = holdOn(flight0, {QStringLiteral("29A"), QStringLiteral("29B")});
    auto stays = holdOn(flight0, {QStringLiteral("5A")});
    ASSERT_TRUE(frontRow.ok() && business.ok() && party.ok() && stays.ok());
    ASSERT_TRUE(pay(party->reference).ok());

    // A smaller aircraft: business is one row of four, economy rows 2-21.
    SsimBuilder::Leg smaller = leg(1);
    smaller.configuration = QStringLiteral("C4Y120");
    auto summary = import(smaller);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(summary->generatedLayouts, QStringList{QStringLiteral("320-J4Y120")});
    EXPECT_EQ(imported(0).aircraft, QStringLiteral("320-J4Y120"));
    EXPECT_EQ(countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1 AND NOT blocked").arg(flight0.id)), 124);

    EXPECT_EQ(seatOf(frontRow->reference, 0), QStringLiteral("1A")); // same code, same cabin: stays
    EXPECT_EQ(seatOf(frontRow->reference, 1), QStringLiteral("1C"));
    EXPECT_EQ(seatOf(stays->reference), QStringLiteral("5A"));
    // The business party of three: two seats left in business, one passenger for an agent.
    auto moved = service->find(business->reference);
    ASSERT_TRUE(moved.ok());
    QStringList seats;
    for (const SeatCode &code : moved->seats())
        seats << code.toString();
    EXPECT_TRUE(seats.contains(QStringLiteral("1D")) && seats.contains(QStringLiteral("1F"))) << seats.join(QLatin1Char(',')).toStdString();
    // The economy party lost row 29 and sits together in one row.
    const QString partyFirst = seatOf(party->reference, 0), partySecond = seatOf(party->reference, 1);
    EXPECT_EQ(SeatCode::parse(partyFirst)->row(), SeatCode::parse(partySecond)->row());
    EXPECT_LE(SeatCode::parse(partyFirst)->row(), 21);
    EXPECT_EQ(service->find(party->reference)->state, BookingState::Confirmed);

    int movedCount = 0, noSeat = 0;
    for (const Disruption &d : disruptions()) {
        movedCount += d.kind == Disruption::Kind::SeatMoved;
        noSeat += d.kind == Disruption::Kind::NoSeat;
    }
    EXPECT_EQ(movedCount, 4); // 2A, 2C -> 1D, 1F; 29A, 29B -> one row
    EXPECT_EQ(noSeat, 1);
    // No seat is held twice, and every active line is on a seat of this flight.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT seat_id) FROM booking_lines WHERE active")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines l JOIN bookings b ON b.id = l.booking_id"),
                        QStringLiteral("l.active AND b.flight_id = %1").arg(flight0.id)),
              8);

    // An agent handles the passenger without a seat; a second attempt is refused.
    DisruptionDesk desk(*db, Actor{QStringLiteral("desk"), QStringLiteral("ann"), Role::Agent});
    auto open = desk.list(DisruptionFilter{flight0.id, true, 100});
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 5);
    const qint64 noSeatId = std::find_if(open->cbegin(), open->cend(), [](const Disruption &d) {
                                return d.kind == Disruption::Kind::NoSeat;
                            })->id;
    auto handled = desk.markHandled(noSeatId, QStringLiteral("rebooked on the next day"));
    ASSERT_TRUE(handled.ok()) << handled.error().message.toStdString();
    EXPECT_EQ(handled->handledBy, QStringLiteral("ann"));
    EXPECT_FALSE(handled->isOpen());
    auto again = desk.markHandled(noSeatId, QString());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_EQ(desk.list(DisruptionFilter{flight0.id, true, 100})->size(), 4);
}

TEST_P(ScheduleImportTest, AFlightOwnedByAnotherSourceIsReportedNotChanged)
{
    // The fixture's flight KX101 DUB -> LHR belongs to the demo data.
    SsimBuilder::Leg same;
    same.number = QStringLiteral("101");
    same.from = same.to = ssimDate(flight.departureDate);
    auto summary = import(SsimBuilder(QStringLiteral("KX")).add(same));
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 0);
    ASSERT_EQ(summary->conflicts.size(), 1);
    EXPECT_EQ(summary->conflicts.first(), QStringLiteral("%1/DUB is owned by demo; not changed").arg(flight.key()));
    auto unchanged = FlightRepository(*db).find(FlightRef::byId(flight.id));
    ASSERT_TRUE(unchanged.ok());
    EXPECT_EQ(unchanged->departureUtc, flight.departureUtc);
}

TEST_P(ScheduleImportTest, AFeedCarriesFaresCancelsByStatusAndNeverTouchesAnotherSourcesFlights)
{
    ASSERT_TRUE(import(leg(1)).ok()); // XX100 on the first day belongs to ssim:XX
    const QString date = firstDay.toString(Qt::ISODate);
    const QString feed = QStringLiteral(R"({"flights": [
      {"designator": "XX100", "date": "%1", "origin": "DUB", "destination": "LHR", "departure": "%1T07:00:00Z",
       "arrival": "%1T08:20:00Z", "aircraft_type": "320"},
      {"designator": "YY7", "date": "%1", "origin": "DUB", "destination": "CDG", "departure": "%1T09:00:00Z",
       "arrival": "%1T10:40:00Z", "aircraft_type": "AT7", "configuration": "Y70",
       "fares": [{"cabin": "Y", "amount": "89.00", "currency": "GBP"}]}]})").arg(date);
    auto legs = FeedParser::parse(feed.toUtf8());
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    auto summary = ScheduleImporter(*db, admin).importLegs(QStringLiteral("feed:partner"), *legs, {});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary->added, 1);
    EXPECT_EQ(summary->conflicts, QStringList{QStringLiteral("XX100/%1/DUB is owned by ssim:XX; not changed").arg(date)});
    auto yy = FlightRepository(*db).find(FlightRef{0, QStringLiteral("YY"), 7, firstDay});
    ASSERT_TRUE(yy.ok());
    EXPECT_EQ(yy->currency, QStringLiteral("GBP"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(price_minor) FROM seats WHERE flight_id = %1").arg(yy->id)), 8900);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MAX(price_minor) FROM seats WHERE flight_id = %1").arg(yy->id)), 8900);

    // The feed cancels its flight by status: cancelled, not deleted.
    QString cancelled = feed;
    cancelled.replace(QStringLiteral("\"configuration\": \"Y70\","), QStringLiteral("\"configuration\": \"Y70\", \"status\": \"cancelled\","));
    auto again = ScheduleImporter(*db, admin).importLegs(QStringLiteral("feed:partner"),
                                                         *FeedParser::parse(cancelled.toUtf8()), {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->cancelled, 1);
    EXPECT_EQ(flightStatus(*yy), QStringLiteral("CANCELLED"));
    EXPECT_EQ(flightStatus(imported(0)), QStringLiteral("SCHEDULED"));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ScheduleImportTest);
