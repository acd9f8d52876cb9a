// Schedule changes that meet travellers mid-way, on both databases: a station first seen
// in an import, a payment in flight when its flight is cancelled, and passengers already
// checked in when their aircraft changes or their flight is cancelled.
#include "ScheduleImportFixture.h"
#include "checkin/CheckInService.h"
#include "storage/PaymentRepository.h"

#include <QHash>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ScheduleDisruptionTest : public ScheduleImportFixture {
protected:
    // XX300, an A320 leaving in three hours (UTC): check-in (24 h to 45 min before) is open.
    SsimBuilder::Leg departingSoon() const
    {
        const QDateTime departs = QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
        const QDateTime arrives = departs.addSecs(80 * 60);
        SsimBuilder::Leg l;
        l.number = QStringLiteral("300");
        l.from = l.to = ssimDate(departs.date());
        l.departure = departs.toString(QStringLiteral("HHmm"));
        l.departureVariation = QStringLiteral("+0000");
        l.arrival = arrives.toString(QStringLiteral("HHmm"));
        l.arrivalVariation = QStringLiteral("+0000");
        if (arrives.date() > departs.date())
            l.dateVariation = QStringLiteral(" 1");
        return l;
    }
    Flight importedSoon(const SsimBuilder::Leg &l)
    {
        EXPECT_TRUE(import(l).ok());
        const QDate date = QDateTime::currentDateTimeUtc().addSecs(3 * 3600).date();
        auto found = FlightRepository(*db).find(FlightRef{0, QStringLiteral("XX"), 300, date});
        EXPECT_TRUE(found.ok()) << (found ? "" : found.error().message.toStdString());
        return found ? *found : Flight{};
    }
    Booking confirmedOn(const Flight &on, const QStringList &seats, const QStringList &names)
    {
        HoldRequest r;
        r.flight = FlightRef::byId(on.id);
        for (const QString &code : seats)
            r.seats << *SeatCode::parse(code);
        r.passengers = names;
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
        auto paid = held ? pay(held->reference) : held;
        EXPECT_TRUE(paid.ok()) << paid.error().message.toStdString();
        return paid.ok() ? *paid : Booking{};
    }
    // The boarding passes of a checked-in booking, by passenger name.
    QHash<QString, BoardingPass> passesOf(const Booking &booking, const QString &surname)
    {
        QHash<QString, BoardingPass> byName;
        auto passes = CheckInService(*db, kiosk).boardingPasses(booking.reference, surname);
        EXPECT_TRUE(passes.ok()) << passes.error().message.toStdString();
        for (const BoardingPass &pass : passes ? *passes : QList<BoardingPass>{})
            byName.insert(pass.passengerName, pass);
        return byName;
    }

    Actor kiosk{QStringLiteral("kiosk-7"), QStringLiteral("kiosk"), Role::Kiosk};
};

// A station met for the first time takes its city, name, country and IANA zone from the
// compiled-in airport list; a code the list lacks keeps the record's fixed UTC offset.
TEST_P(ScheduleDisruptionTest, NewStationsAreNamedFromTheAirportListAndUnknownCodesKeepTheirOffset)
{
    SsimBuilder::Leg known = leg(1);
    known.origin = QStringLiteral("TNR");
    known.departureVariation = QStringLiteral("+0300");
    known.destination = QStringLiteral("SEZ");
    known.arrivalVariation = QStringLiteral("+0400");
    SsimBuilder::Leg unknown = leg(1);
    unknown.number = QStringLiteral("101");
    unknown.origin = QStringLiteral("SEZ");
    unknown.departureVariation = QStringLiteral("+0400");
    unknown.destination = QStringLiteral("QQQ");
    unknown.arrivalVariation = QStringLiteral("-0530");
    auto imported = import(SsimBuilder().add(known).add(unknown));
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();

    QHash<QString, Airport> byCode;
    for (const char *code : {"TNR", "SEZ", "QQQ"}) {
        auto airport = FlightRepository(*db).airport(QString::fromLatin1(code));
        ASSERT_TRUE(airport.ok()) << code << ": " << airport.error().message.toStdString();
        byCode.insert(airport->iata, *airport);
    }
    EXPECT_EQ(byCode[QStringLiteral("TNR")].city, QStringLiteral("Antananarivo"));
    EXPECT_EQ(byCode[QStringLiteral("TNR")].name, QStringLiteral("Ivato Airport"));
    EXPECT_EQ(byCode[QStringLiteral("TNR")].country, QStringLiteral("MG"));
    EXPECT_EQ(byCode[QStringLiteral("TNR")].timeZone, QStringLiteral("Indian/Antananarivo"));
    EXPECT_EQ(byCode[QStringLiteral("SEZ")].timeZone, QStringLiteral("Indian/Mahe"));
    EXPECT_EQ(byCode[QStringLiteral("QQQ")].city, QStringLiteral("QQQ"));
    EXPECT_EQ(byCode[QStringLiteral("QQQ")].timeZone, QStringLiteral("UTC-05:30"));

    // An airport already in the database is never overwritten by an import.
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE airports SET city = 'Tana' WHERE iata = 'TNR'"), QStringLiteral("renaming")).ok());
    known.number = QStringLiteral("102");
    ASSERT_TRUE(import(known).ok());
    EXPECT_EQ(FlightRepository(*db).airport(QStringLiteral("TNR"))->city, QStringLiteral("Tana"));
}

// Another terminal's import cancels the flight while this one waits for the bank: the
// confirmation must lose, the authorization is voided, and nothing is charged.
TEST_P(ScheduleDisruptionTest, APaymentInFlightWhenItsFlightIsCancelledEndsWithNothingCharged)
{
    ASSERT_TRUE(import(leg()).ok());
    const Flight second = imported(1);
    auto booking = holdOn(second, {QStringLiteral("10A")});
    ASSERT_TRUE(booking.ok());
    SsimBuilder::Leg withoutSecondDay = leg();
    withoutSecondDay.days = QStringLiteral("       ");
    for (const QDate &day : {firstDay, firstDay.addDays(2)})
        withoutSecondDay.days[day.dayOfWeek() - 1] = QChar('0' + day.dayOfWeek());
    Result<ImportSummary> cancelling = makeError(ErrorCode::Internal, QStringLiteral("the import did not run"));
    QObject::connect(&service->events(), &BookingEvents::paymentProgress, &service->events(),
                     [&](const QString &, PaymentStep step) {
                         if (step == PaymentStep::Authorizing)
                             cancelling = import(withoutSecondDay);
                     });

    auto paid = pay(booking->reference);
    ASSERT_TRUE(cancelling.ok()) << cancelling.error().message.toStdString();
    EXPECT_EQ(cancelling->cancelled, 1);
    ASSERT_FALSE(paid.ok());
    EXPECT_TRUE(paid.error().message.contains(QStringLiteral("Nothing was charged"))) << paid.error().message.toStdString();
    EXPECT_EQ(service->find(booking->reference)->state, BookingState::Cancelled);
    auto payments = PaymentRepository(*db).forBooking(booking->id);
    ASSERT_TRUE(payments.ok());
    ASSERT_EQ(payments->size(), 1);
    EXPECT_EQ(payments->first().status, PaymentStatus::Voided);
    ASSERT_EQ(gateway.ledger().size(), 1);
    EXPECT_TRUE(gateway.ledger().cbegin()->voided);
    EXPECT_EQ(gateway.ledger().cbegin()->capturedMinor, 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active AND booking_id = %1").arg(booking->id)), 0);
    const QList<Disruption> recorded = disruptions();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().kind, Disruption::Kind::Cancelled);
    EXPECT_TRUE(recorded.first().detail.contains(QStringLiteral("payment in progress was stopped")))
        << recorded.first().detail.toStdString();
}

// Checked-in passengers moved by an equipment change keep their check-in and boarding
// number; their boarding pass now says the new seat, and the disruption says to reprint it.
TEST_P(ScheduleDisruptionTest, CheckedInPassengersMovedByAnAircraftChangeKeepTheirBoardingNumber)
{
    const SsimBuilder::Leg a320 = departingSoon();
    const Flight soonFlight = importedSoon(a320);
    ASSERT_GT(soonFlight.id, 0);
    const Booking party = confirmedOn(soonFlight, {QStringLiteral("5A"), QStringLiteral("29A")},
                                      {QStringLiteral("Ada Lovelace"), QStringLiteral("Byron Lovelace")});
    auto checkedIn = CheckInService(*db, kiosk).checkIn(party.reference, QStringLiteral("Lovelace"));
    ASSERT_TRUE(checkedIn.ok()) << checkedIn.error().message.toStdString();
    const QHash<QString, BoardingPass> before = passesOf(party, QStringLiteral("Lovelace"));
    ASSERT_EQ(before.size(), 2);

    SsimBuilder::Leg smaller = a320; // economy rows 2-21: row 29 is gone
    smaller.configuration = QStringLiteral("C4Y120");
    auto summary = import(smaller);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();

    const QHash<QString, BoardingPass> after = passesOf(party, QStringLiteral("Lovelace"));
    ASSERT_EQ(after.size(), 2);
    const BoardingPass ada = after.value(QStringLiteral("Ada Lovelace")), byron = after.value(QStringLiteral("Byron Lovelace"));
    EXPECT_EQ(ada.seat.toString(), QStringLiteral("5A"));
    EXPECT_EQ(ada.sequence, before.value(QStringLiteral("Ada Lovelace")).sequence);
    EXPECT_NE(byron.seat.toString(), QStringLiteral("29A"));
    EXPECT_LE(byron.seat.row(), 21); // a seat the new aircraft has
    EXPECT_EQ(byron.sequence, before.value(QStringLiteral("Byron Lovelace")).sequence);
    EXPECT_TRUE(byron.bcbp.contains(byron.seat.toString().rightJustified(4, QLatin1Char('0'))))
        << byron.bcbp.toStdString();
    const QList<Disruption> recorded = disruptions();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().kind, Disruption::Kind::SeatMoved);
    EXPECT_EQ(recorded.first().newSeat, byron.seat.toString());
    EXPECT_TRUE(recorded.first().detail.contains(QStringLiteral("checked in"))) << recorded.first().detail.toStdString();
}

// A checked-in traveller's flight is cancelled: the booking stays confirmed for an agent
// to rebook or refund, and no boarding pass is issued for a flight that will not go.
TEST_P(ScheduleDisruptionTest, ACheckedInPassengerOfACancelledFlightGetsNoBoardingPass)
{
    SsimBuilder::Leg soon = departingSoon();
    const Flight soonFlight = importedSoon(soon);
    ASSERT_GT(soonFlight.id, 0);
    const Booking booking = confirmedOn(soonFlight, {QStringLiteral("7C")}, {QStringLiteral("Ada Lovelace")});
    ASSERT_TRUE(CheckInService(*db, kiosk).checkIn(booking.reference, QStringLiteral("Lovelace")).ok());

    SsimBuilder::Leg other = soon;
    other.number = QStringLiteral("301");
    ASSERT_TRUE(import(other).ok()); // XX300 is gone from the carrier's schedule that day
    EXPECT_EQ(flightStatus(soonFlight), QStringLiteral("CANCELLED"));
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);
    auto pass = CheckInService(*db, kiosk).boardingPasses(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_FALSE(pass.ok());
    EXPECT_TRUE(pass.error().message.contains(QStringLiteral("cancelled"))) << pass.error().message.toStdString();
    const QList<Disruption> recorded = disruptions();
    ASSERT_EQ(recorded.size(), 1);
    EXPECT_EQ(recorded.first().kind, Disruption::Kind::Cancelled);
    EXPECT_TRUE(recorded.first().detail.contains(QStringLiteral("checked in"))) << recorded.first().detail.toStdString();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ScheduleDisruptionTest);
