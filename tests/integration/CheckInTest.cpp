// Check-in on both databases: boarding numbers, the window, the same pass again, offload,
// refusals that change nothing, a scanned boarding pass, and threads racing on one flight.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "checkin/BcbpParser.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"
#include "storage/CheckInRepository.h"

#include <QSqlQuery>

#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CheckInTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }

    static SeatCode seat(const QString &code) { return *SeatCode::parse(code); }
    qint64 checkedIn() { return countRows(*db, QStringLiteral("check_ins")); }

    Actor kiosk{QStringLiteral("kiosk-7"), QStringLiteral("kiosk"), Role::Kiosk};
    Actor agent{QStringLiteral("desk-1"), QStringLiteral("agnes"), Role::Agent};
};

TEST_P(CheckInTest, EveryPassengerGetsTheNextBoardingNumberAndABoardingPass)
{
    const Booking party = confirmed({QStringLiteral("2A"), QStringLiteral("2B")},
                                       {QString::fromUtf8("Anna Müller"), QString::fromUtf8("Zoë O'Brien")});
    const Booking single = confirmed({QStringLiteral("5C")}, {QString::fromUtf8("Nguyễn Văn An")});
    CheckInService checkIns(*db, kiosk);

    auto first = checkIns.checkIn(party.reference.toLower(), QStringLiteral("MUELLER"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_EQ(first->size(), 2);
    EXPECT_EQ(first->at(0).sequence, 1);
    EXPECT_EQ(first->at(1).sequence, 2);
    EXPECT_TRUE(first->at(0).newlyCheckedIn);
    EXPECT_EQ(first->at(1).bcbpName, QStringLiteral("OBRIEN/ZOE"));

    // Reference with spaces, surname in another case and without accents.
    auto second = checkIns.checkIn(QStringLiteral(" %1 %2 ").arg(single.reference.left(3), single.reference.mid(3)),
                                   QStringLiteral("van an"));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second->at(0).sequence, 3);

    // Every field of the barcode says what was booked.
    auto bcbp = BcbpParser::parse(first->at(0).bcbp);
    ASSERT_TRUE(bcbp.ok()) << bcbp.error().message.toStdString();
    EXPECT_EQ(bcbp->passengerName, QStringLiteral("MUELLER/ANNA"));
    EXPECT_EQ(bcbp->pnr, party.reference);
    EXPECT_EQ(bcbp->from, QStringLiteral("DUB"));
    EXPECT_EQ(bcbp->to, QStringLiteral("LHR"));
    EXPECT_EQ(bcbp->operatingCarrier, QStringLiteral("KX"));
    EXPECT_EQ(bcbp->flightNumber, 101);
    EXPECT_EQ(bcbp->flightDayOfYear, flight.departureDate.dayOfYear());
    EXPECT_EQ(bcbp->seat, QStringLiteral("2A"));
    EXPECT_EQ(bcbp->compartment, QLatin1Char('Y'));
    EXPECT_EQ(bcbp->checkInSequence, 1);
    EXPECT_EQ(bcbp->checkInSource, QLatin1Char('K'));

    // Audited per passenger; the booking stays CONFIRMED.
    auto history = service->history(party.reference);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->at(history->size() - 2).reason, QString::fromUtf8("checked in Anna Müller in 2A, boarding number 1"));
    EXPECT_EQ(history->last().to, BookingState::Confirmed);
    EXPECT_EQ(service->find(party.reference)->state, BookingState::Confirmed);
    EXPECT_EQ(checkedIn(), 3);
}

TEST_P(CheckInTest, CheckingInAgainGivesTheSamePass)
{
    const Booking booking = confirmed({QStringLiteral("3A"), QStringLiteral("3B")},
                                         {QStringLiteral("Ada Lovelace"), QStringLiteral("Charles Babbage")});
    CheckInService checkIns(*db, kiosk);
    auto one = checkIns.checkIn(booking.reference, QStringLiteral("Babbage"), {seat(QStringLiteral("3B"))});
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    ASSERT_EQ(one->size(), 1);
    const qint64 events = countRows(*db, QStringLiteral("booking_events"));
    auto again = checkIns.checkIn(booking.reference, QStringLiteral("lovelace"));
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->size(), 2);
    EXPECT_EQ(again->at(0).sequence, 2); // Ada, new
    EXPECT_TRUE(again->at(0).newlyCheckedIn);
    EXPECT_EQ(again->at(1).sequence, 1); // Charles, the same as before
    EXPECT_FALSE(again->at(1).newlyCheckedIn);
    EXPECT_EQ(again->at(1).bcbp, one->at(0).bcbp);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), events + 1);
    auto reprint = checkIns.boardingPasses(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_TRUE(reprint.ok());
    EXPECT_EQ(reprint->at(1).bcbp, one->at(0).bcbp);
}

TEST_P(CheckInTest, AWrongSurnameLooksLikeAnUnknownReferenceAndAKioskIsRateLimited)
{
    const Booking booking = confirmed({QStringLiteral("4A")}, {QStringLiteral("Ada Lovelace")});
    CheckInService checkIns(*db, kiosk);
    auto wrongName = checkIns.checkIn(booking.reference, QStringLiteral("Smith"));
    auto unknown = checkIns.checkIn(QStringLiteral("ZZZZZZ"), QStringLiteral("Smith"));
    ASSERT_FALSE(wrongName.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrongName.error().code, ErrorCode::NotFound);
    EXPECT_EQ(wrongName.error().message,
              QString(unknown.error().message).replace(QStringLiteral("ZZZZZZ"), booking.reference));
    // The given name alone is not the surname.
    EXPECT_EQ(checkIns.checkIn(booking.reference, QStringLiteral("Ada")).error().code, ErrorCode::NotFound);
    auto malformed = checkIns.checkIn(QStringLiteral("AB0OIL"), QStringLiteral("Lovelace"));
    EXPECT_EQ(malformed.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(malformed.error().message.contains(QStringLiteral("never the characters 0, O, 1, I or L")));
    EXPECT_EQ(checkedIn(), 0);

    // Three failures so far; two more and the kiosk must wait, even with the right name.
    EXPECT_FALSE(checkIns.checkIn(QStringLiteral("ZZZZZY"), QStringLiteral("x")).ok());
    EXPECT_FALSE(checkIns.checkIn(QStringLiteral("ZZZZZX"), QStringLiteral("x")).ok());
    auto limited = checkIns.checkIn(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_FALSE(limited.ok());
    EXPECT_EQ(limited.error().code, ErrorCode::Busy);
    EXPECT_TRUE(limited.error().message.contains(QStringLiteral("too many")));
    EXPECT_EQ(checkedIn(), 0);
    // Another terminal, and agents at the desk, are not limited by this kiosk's tries.
    Actor otherKiosk = kiosk;
    otherKiosk.terminal = QStringLiteral("kiosk-8");
    EXPECT_TRUE(CheckInService(*db, otherKiosk).checkIn(booking.reference, QStringLiteral("Lovelace")).ok());
}

TEST_P(CheckInTest, OutsideTheWindowTheMessageSaysWhenItOpensOrClosed)
{
    const Booking booking = confirmed({QStringLiteral("6A")}, {QStringLiteral("Ada Lovelace")});
    CheckInService checkIns(*db, kiosk);
    CheckInRepository settings(*db);
    // The route's own window wins over the airline's: opens 2 h before, so not yet.
    ASSERT_TRUE(settings.saveWindow(QStringLiteral("KX"), QString(), {48 * 60, 60}).ok());
    ASSERT_TRUE(settings.saveWindow(QStringLiteral("KX"), QStringLiteral("DUB-LHR"), {120, 30}).ok());
    auto early = checkIns.checkIn(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("opens 2 hours before departure, at ")))
        << early.error().message.toStdString();
    // Closes 4 h before departure: already closed.
    ASSERT_TRUE(settings.saveWindow(QStringLiteral("KX"), QStringLiteral("DUB-LHR"), {600, 240}).ok());
    auto late = checkIns.checkIn(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("closed at"))) << late.error().message.toStdString();
    EXPECT_TRUE(late.error().message.contains(QStringLiteral("4 hours before departure")));
    EXPECT_EQ(checkedIn(), 0);
    ASSERT_TRUE(settings.saveWindow(QStringLiteral("KX"), QStringLiteral("DUB-LHR"), {600, 45}).ok());
    EXPECT_TRUE(checkIns.checkIn(booking.reference, QStringLiteral("Lovelace")).ok());
}

TEST_P(CheckInTest, CancelledAndUnpaidBookingsCannotBeCheckedIn)
{
    const Booking cancelled = confirmed({QStringLiteral("7A")}, {QStringLiteral("Ada Lovelace")});
    ASSERT_TRUE(cancelPaid(cancelled.reference, QStringLiteral("test")).ok());
    auto unpaidRequest = request({QStringLiteral("7B")});
    unpaidRequest.passengers = {QStringLiteral("Charles Babbage")};
    auto unpaid = service->hold(unpaidRequest);
    ASSERT_TRUE(unpaid.ok());
    CheckInService checkIns(*db, kiosk);
    auto wasCancelled = checkIns.checkIn(cancelled.reference, QStringLiteral("Lovelace"));
    EXPECT_EQ(wasCancelled.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(wasCancelled.error().message.contains(QStringLiteral("was cancelled")));
    auto notPaid = checkIns.checkIn(unpaid->reference, QStringLiteral("Babbage"));
    EXPECT_EQ(notPaid.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(notPaid.error().message.contains(QStringLiteral("not paid yet")));
    EXPECT_EQ(checkedIn(), 0);

    // A flight the schedule cancelled: its confirmed bookings wait for an agent.
    const Booking grounded = confirmed({QStringLiteral("7C")}, {QStringLiteral("Grace Hopper")});
    QSqlQuery cancelFlight(db->connection());
    ASSERT_TRUE(cancelFlight.exec(QStringLiteral("UPDATE flights SET status = 'CANCELLED' WHERE id = %1").arg(flight.id)));
    auto onCancelledFlight = checkIns.checkIn(grounded.reference, QStringLiteral("Hopper"));
    ASSERT_FALSE(onCancelledFlight.ok());
    EXPECT_EQ(onCancelledFlight.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(onCancelledFlight.error().message.contains(QStringLiteral("is cancelled and cannot be checked in")))
        << onCancelledFlight.error().message.toStdString();
    EXPECT_EQ(checkedIn(), 0);
}

TEST_P(CheckInTest, AgentsOffloadKiosksCannotAndTheNumberIsNotReused)
{
    const Booking booking = confirmed({QStringLiteral("8A"), QStringLiteral("8B")},
                                         {QStringLiteral("Ada Lovelace"), QStringLiteral("Charles Babbage")});
    CheckInService atKiosk(*db, kiosk);
    ASSERT_TRUE(atKiosk.checkIn(booking.reference, QStringLiteral("Lovelace")).ok());
    auto refused = atKiosk.offload(booking.reference, seat(QStringLiteral("8A")), QStringLiteral("missed the gate"));
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(checkedIn(), 2);

    CheckInService atDesk(*db, agent);
    EXPECT_EQ(atDesk.offload(booking.reference, seat(QStringLiteral("8A")), QStringLiteral(" ")).error().code,
              ErrorCode::BadInput);
    ASSERT_TRUE(atDesk.offload(booking.reference, seat(QStringLiteral("8A")), QStringLiteral("missed the gate")).ok());
    EXPECT_EQ(checkedIn(), 1);
    EXPECT_EQ(atDesk.offload(booking.reference, seat(QStringLiteral("8A")), QStringLiteral("again")).error().code,
              ErrorCode::WrongState);
    EXPECT_EQ(service->history(booking.reference)->last().reason,
              QStringLiteral("offloaded Ada Lovelace from 8A (boarding number 1): missed the gate"));
    auto back = atDesk.checkIn(booking.reference, QStringLiteral("Lovelace"), {seat(QStringLiteral("8A"))});
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->first().sequence, 3);
    EXPECT_EQ(BcbpParser::parse(back->first().bcbp)->checkInSource, QLatin1Char('O')); // the airport desk
}

TEST_P(CheckInTest, AScannedBoardingPassFindsItsPassengerAndAForeignOneIsRefused)
{
    const Booking booking = confirmed({QStringLiteral("9A"), QStringLiteral("9B")},
                                         {QString::fromUtf8("Anna Müller"), QStringLiteral("Charles Babbage")});
    ASSERT_TRUE(CheckInRepository(*db).saveAirline(QStringLiteral("KX"), QStringLiteral("989"), QStringLiteral("Kestrel Air")).ok());
    CheckInService checkIns(*db, kiosk);
    auto first = checkIns.checkIn(booking.reference, QStringLiteral("Müller"), {seat(QStringLiteral("9A"))});
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(BcbpParser::parse(first->first().bcbp)->airlineNumericCode, QStringLiteral("989"));

    auto scanned = checkIns.checkInByBarcode(first->first().bcbp + QStringLiteral("\r"));
    ASSERT_TRUE(scanned.ok()) << scanned.error().message.toStdString();
    ASSERT_EQ(scanned->size(), 1);
    EXPECT_EQ(scanned->first().seat.toString(), QStringLiteral("9A"));
    EXPECT_EQ(scanned->first().bcbp, first->first().bcbp);

    const QString foreign = QStringLiteral("M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100");
    EXPECT_EQ(checkIns.checkInByBarcode(foreign).error().code, ErrorCode::BadInput); // ABC123 has a 1
    QString otherFlight = first->first().bcbp;
    otherFlight.replace(39, 5, QStringLiteral("0102 ")); // the flight number item
    auto wrongFlight = checkIns.checkInByBarcode(otherFlight);
    ASSERT_FALSE(wrongFlight.ok());
    EXPECT_TRUE(wrongFlight.error().message.contains(QStringLiteral("this boarding pass is for KX102")))
        << wrongFlight.error().message.toStdString();
    EXPECT_TRUE(checkIns.checkInByBarcode(QStringLiteral("not a barcode")).error().message.startsWith(
        QStringLiteral("not a valid boarding pass barcode")));
    EXPECT_EQ(checkedIn(), 1);
}

TEST_P(CheckInTest, ATravellerChangesSeatBeforeCheckingInWithinTheCabin)
{
    const Booking booking = confirmed({QStringLiteral("10A")}, {QStringLiteral("Ada Lovelace")});
    CheckInSeatChanger changer(*db, kiosk);
    // Proof first: a wrong surname is the usual "not found".
    EXPECT_EQ(changer.change(booking.reference, QStringLiteral("Smith"), seat(QStringLiteral("10A")),
                             seat(QStringLiteral("10C"))).error().code,
              ErrorCode::NotFound);
    auto moved = changer.change(booking.reference, QStringLiteral("lovelace"), seat(QStringLiteral("10A")),
                                seat(QStringLiteral("10C")));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(moved->passengers.first().passenger.seat.toString(), QStringLiteral("10C"));
    EXPECT_EQ(service->find(booking.reference)->passengers.first().seat.toString(), QStringLiteral("10C"));
    // A seat someone else has is refused and nothing moves.
    confirmed({QStringLiteral("10D")}, {QStringLiteral("Charles Babbage")});
    auto taken = changer.change(booking.reference, QStringLiteral("Lovelace"), seat(QStringLiteral("10C")),
                                seat(QStringLiteral("10D")));
    EXPECT_EQ(taken.error().code, ErrorCode::SeatTaken);
    // Once checked in, a seat change is the desk's.
    auto passes = CheckInService(*db, kiosk).checkIn(booking.reference, QStringLiteral("Lovelace"));
    ASSERT_TRUE(passes.ok());
    EXPECT_EQ(passes->first().seat.toString(), QStringLiteral("10C"));
    auto late = changer.change(booking.reference, QStringLiteral("Lovelace"), seat(QStringLiteral("10C")),
                               seat(QStringLiteral("10B")));
    EXPECT_EQ(late.error().code, ErrorCode::WrongState);
    EXPECT_EQ(service->find(booking.reference)->passengers.first().seat.toString(), QStringLiteral("10C"));
}

TEST_P(CheckInTest, ConcurrentCheckInsOnOneFlightAreNumberedDensely)
{
    constexpr int Travellers = 8;
    QStringList references;
    for (int i = 0; i < Travellers; ++i)
        references << confirmed({SeatCode(1 + i, QLatin1Char('C')).toString()},
                                   {QStringLiteral("Racer %1").arg(QChar(char16_t(u'A' + i)))})
                          .reference;
    std::latch start(Travellers);
    std::vector<std::thread> threads;
    std::vector<int> sequences(Travellers, 0);
    for (int i = 0; i < Travellers; ++i) {
        threads.emplace_back([&, i] {
            auto connection = connectAgain();
            Actor actor{QStringLiteral("kiosk-%1").arg(i), QStringLiteral("kiosk"), Role::Kiosk};
            CheckInService checkIns(*connection, actor);
            start.arrive_and_wait();
            // Busy (a lock timeout) is the documented "try again"; retry like a kiosk would.
            for (int attempt = 0; attempt < 20; ++attempt) {
                auto passes = checkIns.checkIn(references[i], QStringLiteral("Racer %1").arg(QChar(char16_t(u'A' + i))));
                if (passes) {
                    sequences[size_t(i)] = passes->first().sequence;
                    break;
                }
                if (passes.error().code != ErrorCode::Busy)
                    break;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    std::sort(sequences.begin(), sequences.end());
    for (int i = 0; i < Travellers; ++i)
        EXPECT_EQ(sequences[size_t(i)], i + 1);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT last_sequence FROM check_in_sequences")), Travellers);
}

KIOSK_ON_BOTH_BACKENDS(CheckInTest);

} // namespace
