#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "booking/FlightCatalog.h"
#include "storage/FlightRepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <latch>
#include <thread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class ConcurrencyTest : public BackendTest {
protected:
    // Runs `body(index, service)` on `count` threads, each with its own connection and
    // service, released at the same instant.
    template <typename Body>
    void race(int count, Body body)
    {
        std::latch ready(count);
        std::vector<std::thread> threads;
        for (int i = 0; i < count; ++i) {
            threads.emplace_back([&, i] {
                auto connection = Database::open(url(), QStringLiteral("racer-%1").arg(i));
                MockPaymentGateway ownGateway;
                std::unique_ptr<BookingService> racer;
                if (connection)
                    racer = std::make_unique<BookingService>(**connection, ownGateway,
                                                             Actor{QStringLiteral("terminal-%1").arg(i),
                                                                   QStringLiteral("agent"), Role::Agent});
                ready.arrive_and_wait();
                if (!connection) {
                    ADD_FAILURE() << connection.error().message.toStdString();
                    return;
                }
                body(i, *racer);
            });
        }
        for (auto &thread : threads)
            thread.join();
    }

    // Judged by the bookings' own states, not by the `active` flag that the unique index
    // already guards: no seat belongs to two live bookings, and the seat map (what a
    // terminal would sell from) shows exactly the seats of the live bookings as taken.
    // Holds still SEAT_HELD are extended first, so that none lapses between the two reads
    // (a lapsed hold's seat is free, and a new hold on it expires the old booking).
    void expectNoSeatSoldTwice()
    {
        QSqlQuery extend(db->connection());
        ASSERT_TRUE(extend.exec(QStringLiteral("UPDATE bookings SET hold_deadline = %1 WHERE state = 'SEAT_HELD'")
                                    .arg(db->dialect().plusSeconds(db->dialect().now(), QStringLiteral("86400")))))
            << extend.lastError().text().toStdString();
        const QString liveSeats = QStringLiteral("SELECT l.seat_id FROM booking_lines l JOIN bookings b ON b.id = "
                                                 "l.booking_id WHERE b.state IN ('SEAT_HELD', 'PAYMENT_PENDING', "
                                                 "'CONFIRMED')");
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (SELECT seat_id FROM (%1) live GROUP BY seat_id "
                                                 "HAVING COUNT(*) > 1) doubled")
                                  .arg(liveSeats)),
                  0);
        auto seats = FlightCatalog(*db).seats(flight.id);
        ASSERT_TRUE(seats.ok());
        const qint64 shownTaken = std::count_if(seats->cbegin(), seats->cend(), [](const Seat &seat) {
            return seat.status == SeatStatus::Held || seat.status == SeatStatus::Sold;
        });
        EXPECT_EQ(shownTaken, scalar(*db, QStringLiteral("SELECT COUNT(*) FROM (%1) live").arg(liveSeats)));
    }
};

TEST_P(ConcurrencyTest, SixteenRacersForOneSeatGiveExactlyOneWinner)
{
    std::atomic<int> winners = 0;
    std::atomic<int> taken = 0;
    std::atomic<int> other = 0;
    race(16, [&](int, BookingService &racer) {
        auto result = racer.hold(request({QStringLiteral("7C")}));
        if (result)
            ++winners;
        else if (result.error().code == ErrorCode::SeatTaken)
            ++taken;
        else
            ++other;
    });
    EXPECT_EQ(winners.load(), 1);
    EXPECT_EQ(taken.load(), 15);
    EXPECT_EQ(other.load(), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
    expectNoSeatSoldTwice();
}

TEST_P(ConcurrencyTest, OverlappingMultiSeatHoldsNeverLeaveAPartialBooking)
{
    // 12 terminals each try 25 random groups of 2-4 seats among rows 1-3 (18 seats).
    std::atomic<int> held = 0;
    race(12, [&](int index, BookingService &racer) {
        QRandomGenerator random(quint32(1000 + index));
        for (int attempt = 0; attempt < 25; ++attempt) {
            QStringList wanted;
            const int size = 2 + int(random.bounded(3));
            while (wanted.size() < size) {
                const QString code = QStringLiteral("%1%2").arg(1 + random.bounded(3)).arg(QChar(u'A' + random.bounded(6)));
                if (!wanted.contains(code))
                    wanted << code;
            }
            auto result = racer.hold(request(wanted, 1 + int(random.bounded(2))));
            if (result) {
                ++held;
                EXPECT_EQ(result->passengers.size(), size);
                if (random.bounded(2) == 0)
                    (void)racer.cancel(result->reference, QStringLiteral("changed mind"));
            } else {
                EXPECT_TRUE(result.error().code == ErrorCode::SeatTaken || result.error().code == ErrorCode::Busy)
                    << result.error().message.toStdString();
            }
        }
    });
    EXPECT_GT(held.load(), 0);
    expectNoSeatSoldTwice();
    // Every booking has all of its lines: active together or released together.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bookings b WHERE EXISTS (SELECT 1 FROM booking_lines l "
                                         "WHERE l.booking_id = b.id AND l.active) AND EXISTS (SELECT 1 FROM "
                                         "booking_lines l WHERE l.booking_id = b.id AND NOT l.active)")),
              0);
    // Lines are active exactly while the booking occupies seats.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM booking_lines l JOIN bookings b ON b.id = l.booking_id "
                                         "WHERE l.active <> (b.state IN ('SEAT_HELD', 'PAYMENT_PENDING', "
                                         "'CONFIRMED'))")),
              0);
    // Every state change left exactly one audit row.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM bookings b WHERE (SELECT to_state FROM booking_events e "
                                         "WHERE e.booking_id = b.id ORDER BY e.id DESC LIMIT 1) <> b.state")),
              0);
}

TEST_P(ConcurrencyTest, PayingAndExpiringTheSameHoldNeverBothWin)
{
    auto booking = service->hold(request({QStringLiteral("9F")}));
    ASSERT_TRUE(booking.ok());
    makeLapse(*db, booking->reference);
    race(4, [&](int index, BookingService &racer) {
        if (index % 2 == 0)
            (void)pay(racer, booking->reference);
        else
            (void)racer.expireDue();
    });
    auto final = service->find(booking->reference);
    ASSERT_TRUE(final.ok());
    EXPECT_EQ(final->state, BookingState::Expired); // the deadline had passed: payment must not win
    EXPECT_EQ(countRows(*db, QStringLiteral("payments"), QStringLiteral("status = 'CAPTURED'")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ConcurrencyTest);
