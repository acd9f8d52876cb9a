// Changing a confirmed booking's seat on both databases, including real concurrent
// connections racing for the same new seat.
#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include <QSqlQuery>

#include <atomic>
#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class SeatChangeTest : public BackendTest {
protected:
    static SeatCode seat(const QString &code) { return *SeatCode::parse(code); }
    QString seatStatus(const QString &code)
    {
        return QString::number(countRows(*db, QStringLiteral("booking_lines l JOIN seats s ON s.id = l.seat_id"),
                                         QStringLiteral("l.active AND s.flight_id = %1 AND s.code = '%2'")
                                             .arg(flight.id)
                                             .arg(code)));
    }
};

TEST_P(SeatChangeTest, ThePassengerMovesAndTheOldSeatIsFree)
{
    const Booking booking = confirmed({QStringLiteral("2A"), QStringLiteral("2B")});
    auto moved = service->changeSeat(booking.reference, seat(QStringLiteral("2B")), seat(QStringLiteral("5E")));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(moved->state, BookingState::Confirmed);
    EXPECT_EQ(moved->passengers.at(1).seat.toString(), QStringLiteral("5E"));
    EXPECT_EQ(moved->total, booking.total); // the fare paid stays
    EXPECT_EQ(seatStatus(QStringLiteral("2B")), QStringLiteral("0"));
    EXPECT_EQ(seatStatus(QStringLiteral("5E")), QStringLiteral("1"));
    auto history = service->history(booking.reference);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().reason, QStringLiteral("seat changed 2B -> 5E for PASSENGER 2"));
    EXPECT_EQ(history->last().from, BookingState::Confirmed);
    EXPECT_EQ(history->last().to, BookingState::Confirmed);
    // The old seat can be sold again at once.
    EXPECT_TRUE(service->hold(request({QStringLiteral("2B")})).ok());
}

TEST_P(SeatChangeTest, ATakenBlockedOrMissingSeatChangesNothing)
{
    TestFlightSpec spec;
    const Booking booking = confirmed({QStringLiteral("3A")});
    const Booking neighbour = confirmed({QStringLiteral("3B")});
    ASSERT_TRUE(service->hold(request({QStringLiteral("3C")})).ok());
    QSqlQuery block(db->connection());
    ASSERT_TRUE(block.exec(QStringLiteral("UPDATE seats SET blocked = TRUE WHERE flight_id = %1 AND code = '9F'").arg(flight.id)));
    const qint64 events = countRows(*db, QStringLiteral("booking_events"));

    auto taken = service->changeSeat(booking.reference, seat(QStringLiteral("3A")), seat(QStringLiteral("3B")));
    EXPECT_EQ(taken.error().code, ErrorCode::SeatTaken);
    auto held = service->changeSeat(booking.reference, seat(QStringLiteral("3A")), seat(QStringLiteral("3C")));
    EXPECT_EQ(held.error().code, ErrorCode::SeatTaken);
    auto blocked = service->changeSeat(booking.reference, seat(QStringLiteral("3A")), seat(QStringLiteral("9F")));
    EXPECT_EQ(blocked.error().code, ErrorCode::SeatTaken);
    auto missing = service->changeSeat(booking.reference, seat(QStringLiteral("3A")), seat(QStringLiteral("30A")));
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto notTheirs = service->changeSeat(booking.reference, seat(QStringLiteral("3B")), seat(QStringLiteral("4A")));
    EXPECT_EQ(notTheirs.error().code, ErrorCode::BadInput);
    auto same = service->changeSeat(booking.reference, seat(QStringLiteral("3A")), seat(QStringLiteral("3A")));
    EXPECT_EQ(same.error().code, ErrorCode::BadInput);

    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), events);
    EXPECT_EQ(service->find(booking.reference)->passengers.first().seat.toString(), QStringLiteral("3A"));
    EXPECT_EQ(service->find(neighbour.reference)->passengers.first().seat.toString(), QStringLiteral("3B"));
}

TEST_P(SeatChangeTest, AnotherCabinOrAnUnconfirmedBookingIsRefused)
{
    QSqlQuery business(db->connection());
    ASSERT_TRUE(business.exec(QStringLiteral("UPDATE seats SET cabin = 'J' WHERE flight_id = %1 AND seat_row = 1").arg(flight.id)));
    const Booking booking = confirmed({QStringLiteral("6A")});
    auto upgrade = service->changeSeat(booking.reference, seat(QStringLiteral("6A")), seat(QStringLiteral("1A")));
    ASSERT_FALSE(upgrade.ok());
    EXPECT_EQ(upgrade.error().code, ErrorCode::BadInput);
    EXPECT_EQ(upgrade.error().message,
              QStringLiteral("seat 6A is economy and 1A is business; a seat change stays in the cabin that was paid for"));

    auto held = service->hold(request({QStringLiteral("6B")}));
    ASSERT_TRUE(held.ok());
    auto unpaid = service->changeSeat(held->reference, seat(QStringLiteral("6B")), seat(QStringLiteral("6C")));
    EXPECT_EQ(unpaid.error().code, ErrorCode::WrongState);
}

TEST_P(SeatChangeTest, ALapsedHoldOnTheNewSeatIsReleasedForTheChange)
{
    const Booking booking = confirmed({QStringLiteral("7A")});
    auto lapsed = service->hold(request({QStringLiteral("7B")}));
    ASSERT_TRUE(lapsed.ok());
    makeLapse(*db, lapsed->reference);
    auto moved = service->changeSeat(booking.reference, seat(QStringLiteral("7A")), seat(QStringLiteral("7B")));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(service->find(lapsed->reference)->state, BookingState::Expired);
}

// Eight bookings on their own connections all want seat 10C at the same instant, while
// as many terminals try to hold it: exactly one wins, and nobody loses their old seat.
TEST_P(SeatChangeTest, UnderContentionExactlyOneTakesTheSeatAndNoSeatIsLost)
{
    constexpr int Movers = 8;
    QList<Booking> movers;
    for (int i = 0; i < Movers; ++i)
        movers << confirmed({QStringLiteral("%1%2").arg(1 + i).arg(QLatin1Char('A'))});
    std::atomic<int> wins = 0;
    std::atomic<int> taken = 0;
    std::atomic<int> other = 0;
    std::latch ready(2 * Movers);
    std::vector<std::thread> threads;
    for (int i = 0; i < 2 * Movers; ++i) {
        threads.emplace_back([&, i] {
            auto connection = Database::open(url(), QStringLiteral("mover-%1").arg(i));
            MockPaymentGateway ownGateway;
            std::unique_ptr<BookingService> terminal;
            if (connection)
                terminal = std::make_unique<BookingService>(**connection, ownGateway,
                                                            Actor{QStringLiteral("desk-%1").arg(i), QStringLiteral("agent"),
                                                                  Role::Agent});
            ready.arrive_and_wait();
            if (!connection) {
                ADD_FAILURE() << connection.error().message.toStdString();
                return;
            }
            Error error;
            if (i < Movers) {
                auto moved = terminal->changeSeat(movers[i].reference, *SeatCode::parse(QStringLiteral("%1A").arg(1 + i)),
                                                  *SeatCode::parse(QStringLiteral("10C")));
                if (moved) {
                    ++wins;
                    return;
                }
                error = moved.error();
            } else {
                auto held = terminal->hold(request({QStringLiteral("10C")}));
                if (held) {
                    ++wins;
                    return;
                }
                error = held.error();
            }
            if (error.code == ErrorCode::SeatTaken || error.code == ErrorCode::Busy)
                ++taken;
            else
                ++other;
        });
    }
    for (auto &thread : threads)
        thread.join();
    EXPECT_EQ(wins.load(), 1);
    EXPECT_EQ(taken.load(), 2 * Movers - 1);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(seatStatus(QStringLiteral("10C")), QStringLiteral("1"));
    // Every confirmed booking still has exactly one active seat: none lost, none doubled.
    for (const Booking &booking : movers) {
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"),
                            QStringLiteral("booking_id = %1 AND active").arg(booking.id)),
                  1);
    }
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (SELECT seat_id FROM booking_lines WHERE active "
                                         "GROUP BY seat_id HAVING COUNT(*) > 1) doubled")),
              0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(SeatChangeTest);
