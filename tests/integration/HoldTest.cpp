#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "storage/FlightRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class HoldTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.blocked = {QStringLiteral("3B")};
        return spec;
    }

    SeatStatus statusOf(const QString &code)
    {
        auto seats = FlightRepository(*db).seats(flight.id);
        EXPECT_TRUE(seats.ok());
        for (const Seat &seat : *seats) {
            if (seat.code.toString() == code)
                return seat.status;
        }
        ADD_FAILURE() << "no seat " << code.toStdString();
        return SeatStatus::Blocked;
    }

    // A failed request must leave no booking, no line and no audit row behind.
    void expectNothingStored()
    {
        EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines")), 0);
        EXPECT_EQ(countRows(*db, QStringLiteral("booking_events")), 0);
    }

    void expectError(const Result<Booking> &result, ErrorCode code, const QString &mentions)
    {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.contains(mentions))
            << result.error().message.toStdString() << " should mention " << mentions.toStdString();
    }
};

TEST_P(HoldTest, HoldsSeatsWithServerDeadlineAndAudit)
{
    auto r = request({QStringLiteral("2A"), QStringLiteral("2B")}, 300);
    r.passengers = {QStringLiteral("Ada Lovelace"), QStringLiteral("Seán O'Brien-Müller")};
    auto before = db->serverNow();
    auto booking = service->hold(r);
    ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();

    EXPECT_EQ(booking->state, BookingState::SeatHeld);
    EXPECT_EQ(booking->reference.size(), 6);
    EXPECT_EQ(booking->total, Money(9800, QStringLiteral("EUR")));
    ASSERT_EQ(booking->passengers.size(), 2);
    EXPECT_EQ(booking->passengers[1].name, QStringLiteral("Seán O'Brien-Müller"));
    EXPECT_EQ(booking->flightKey, flight.key());
    const qint64 ttlMs = before->msecsTo(booking->holdDeadlineUtc);
    EXPECT_GT(ttlMs, 295 * 1000);
    EXPECT_LT(ttlMs, 305 * 1000);

    EXPECT_EQ(statusOf(QStringLiteral("2A")), SeatStatus::Held);
    EXPECT_EQ(statusOf(QStringLiteral("2C")), SeatStatus::Free);
    EXPECT_EQ(statusOf(QStringLiteral("3B")), SeatStatus::Blocked);

    auto history = service->history(booking->reference);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().from, BookingState::Initiated);
    EXPECT_EQ(history->first().to, BookingState::SeatHeld);
    EXPECT_EQ(history->first().terminal, QStringLiteral("test-terminal"));
    EXPECT_EQ(history->first().actor, QStringLiteral("tester"));
}

TEST_P(HoldTest, DefaultsToTenMinutes)
{
    auto booking = service->hold(request({QStringLiteral("4C")}));
    ASSERT_TRUE(booking.ok());
    auto now = db->serverNow();
    EXPECT_NEAR(double(now->msecsTo(booking->holdDeadlineUtc)), 600000.0, 5000.0);
}

TEST_P(HoldTest, TakenSeatIsRefusedByNameAndAllOrNothing)
{
    ASSERT_TRUE(service->hold(request({QStringLiteral("5A")})).ok());
    const qint64 bookingsBefore = countRows(*db, QStringLiteral("bookings"));

    auto second = service->hold(request({QStringLiteral("5B"), QStringLiteral("5A"), QStringLiteral("5C")}));
    expectError(second, ErrorCode::SeatTaken, QStringLiteral("5A"));
    EXPECT_EQ(second.error().details, QStringList{QStringLiteral("5A")});
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), bookingsBefore);
    EXPECT_EQ(statusOf(QStringLiteral("5B")), SeatStatus::Free);
    EXPECT_EQ(statusOf(QStringLiteral("5C")), SeatStatus::Free);
}

TEST_P(HoldTest, BadRequestsChangeNothing)
{
    expectError(service->hold(request({})), ErrorCode::BadInput, QStringLiteral("no seats"));
    expectError(service->hold(request({QStringLiteral("1A"), QStringLiteral("1A")})), ErrorCode::BadInput,
                QStringLiteral("1A is listed twice"));
    expectError(service->hold(request({QStringLiteral("99A")})), ErrorCode::NotFound, QStringLiteral("no seat 99A"));
    expectError(service->hold(request({QStringLiteral("3B")})), ErrorCode::SeatTaken, QStringLiteral("blocked"));
    expectError(service->hold(request({QStringLiteral("1A")}, 0)), ErrorCode::BadInput, QStringLiteral("seconds"));

    auto tooMany = request({QStringLiteral("6A"), QStringLiteral("6B"), QStringLiteral("6C"), QStringLiteral("6D"),
                            QStringLiteral("6E"), QStringLiteral("6F"), QStringLiteral("7A"), QStringLiteral("7B"),
                            QStringLiteral("7C"), QStringLiteral("7D")});
    expectError(service->hold(tooMany), ErrorCode::BadInput, QStringLiteral("at most 9"));

    auto badName = request({QStringLiteral("1A")});
    badName.passengers = {QStringLiteral("R2-D2")};
    expectError(service->hold(badName), ErrorCode::BadInput, QStringLiteral("'2'"));

    auto wrongCount = request({QStringLiteral("1A"), QStringLiteral("1B")});
    wrongCount.passengers = {QStringLiteral("Only One")};
    expectError(service->hold(wrongCount), ErrorCode::BadInput, QStringLiteral("one name per seat"));

    auto unknownFlight = request({QStringLiteral("1A")});
    unknownFlight.flight = *FlightRef::parse(QStringLiteral("KX999/2030-01-01"));
    expectError(service->hold(unknownFlight), ErrorCode::NotFound, QStringLiteral("no flight KX999"));

    // A key longer than any retry needs is bad input, not an oversized index entry (which
    // PostgreSQL refuses with an internal error).
    auto longKey = request({QStringLiteral("1A")});
    longKey.idempotencyKey = QString(5000, QLatin1Char('k'));
    expectError(service->hold(longKey), ErrorCode::BadInput, QStringLiteral("at most 128"));

    expectNothingStored();
}

TEST_P(HoldTest, ReasonsAndRefundKeysHaveLengthLimits)
{
    const Booking booking = confirmed({QStringLiteral("2C")});
    const auto tooLongReason = cancelPaid(booking.reference, QString(600, QLatin1Char('r')));
    ASSERT_FALSE(tooLongReason.ok());
    EXPECT_EQ(tooLongReason.error().code, ErrorCode::BadInput) << tooLongReason.error().message.toStdString();
    EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);
    ASSERT_TRUE(cancelPaid(booking.reference).ok());
    const auto longKey = refund(RefundRequest{booking.reference, std::nullopt, QString(3000, QLatin1Char('k')), QString()});
    ASSERT_FALSE(longKey.ok());
    EXPECT_EQ(longKey.error().code, ErrorCode::BadInput) << longKey.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("refunds")), 0);
    const auto held = service->hold(request({QStringLiteral("2D")}));
    ASSERT_TRUE(held.ok());
    const auto longCancel = service->cancel(held->reference, QString(501, QLatin1Char('r')));
    ASSERT_FALSE(longCancel.ok());
    EXPECT_EQ(longCancel.error().code, ErrorCode::BadInput);
}

TEST_P(HoldTest, DepartedFlightCannotBeSold)
{
    TestFlightSpec past;
    past.number = 202;
    past.departsInSeconds = -3600;
    const Flight departed = addTestFlight(*db, past);
    auto r = request({QStringLiteral("1A")});
    r.flight = FlightRef::byId(departed.id);
    expectError(service->hold(r), ErrorCode::BadInput, QStringLiteral("departed"));
    expectNothingStored();
}

TEST_P(HoldTest, FlightCanBeNamedByDesignatorAndDate)
{
    auto r = request({QStringLiteral("8D")});
    r.flight = *FlightRef::parse(flight.key());
    auto booking = service->hold(r);
    ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
    EXPECT_EQ(booking->flightId, flight.id);
}

TEST_P(HoldTest, IdempotentRetryReturnsTheSameBooking)
{
    auto r = request({QStringLiteral("9A"), QStringLiteral("9B")});
    r.idempotencyKey = QStringLiteral("kiosk-7-attempt-1");
    auto first = service->hold(r);
    ASSERT_TRUE(first.ok());
    auto again = service->hold(r);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->reference, first->reference);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);

    auto other = request({QStringLiteral("9C")});
    other.idempotencyKey = r.idempotencyKey;
    expectError(service->hold(other), ErrorCode::BadInput, QStringLiteral("already used"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 1);
}

TEST_P(HoldTest, TheHeldBookingIsExactlyWhatTheDatabaseStored)
{
    // PostgreSQL's hold answers with a booking built from the one call's result instead of
    // reading it back: it must equal the stored one, field by field. Prices and cabins
    // differ per seat, and the travellers' order is not the seats' order.
    QSqlQuery setup(db->connection());
    ASSERT_TRUE(setup.exec(QStringLiteral("UPDATE seats SET price_minor = 15900, cabin = 'J' WHERE code = '1A'")))
        << setup.lastError().text().toStdString();
    ASSERT_TRUE(setup.exec(QStringLiteral("UPDATE seats SET price_minor = 6150 WHERE code = '7F'")));
    auto r = request({QStringLiteral("7F"), QStringLiteral("1A"), QStringLiteral("5C")}, 300);
    r.passengers = {QStringLiteral("Grace Hopper"), QStringLiteral("Ada Lovelace"), QStringLiteral("Zoë Ñúñez")};
    r.idempotencyKey = QStringLiteral("kiosk-3-attempt-9");
    auto held = service->hold(r);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto stored = service->find(held->reference);
    ASSERT_TRUE(stored.ok());

    EXPECT_EQ(held->id, stored->id);
    EXPECT_EQ(held->reference, stored->reference);
    EXPECT_EQ(held->flightId, stored->flightId);
    EXPECT_EQ(held->flightKey, stored->flightKey);
    EXPECT_EQ(held->state, stored->state);
    EXPECT_EQ(held->holdDeadlineUtc, stored->holdDeadlineUtc);
    EXPECT_EQ(held->createdUtc, stored->createdUtc);
    EXPECT_EQ(held->total, stored->total);
    EXPECT_EQ(held->total, Money(15900 + 6150 + 4900, QStringLiteral("EUR")));
    EXPECT_EQ(held->idempotencyKey, stored->idempotencyKey);
    EXPECT_EQ(held->terminal, stored->terminal);
    EXPECT_EQ(held->createdBy, stored->createdBy);
    EXPECT_EQ(held->captured, stored->captured);
    EXPECT_EQ(held->refunded, stored->refunded);
    ASSERT_EQ(held->passengers.size(), 3);
    ASSERT_EQ(stored->passengers.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const Passenger &a = held->passengers[i];
        const Passenger &b = stored->passengers[i];
        EXPECT_EQ(a.name, b.name) << i;
        EXPECT_EQ(a.seat, b.seat) << i;
        EXPECT_EQ(a.price, b.price) << i;
        EXPECT_EQ(a.active, b.active) << i;
        EXPECT_EQ(a.cabin, b.cabin) << i;
        EXPECT_EQ(a.lineId, b.lineId) << i;
    }
    EXPECT_EQ(held->passengers[0].seat.toString(), QStringLiteral("7F"));
    EXPECT_EQ(held->passengers[1].cabin, Cabin::Business);
}

TEST_P(HoldTest, LapsedHoldIsTakenByTheNextCustomerWithoutAnyTimer)
{
    auto first = service->hold(request({QStringLiteral("10A")}));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(statusOf(QStringLiteral("10A")), SeatStatus::Held);
    makeLapse(*db, first->reference); // nothing runs expireDue()

    EXPECT_EQ(statusOf(QStringLiteral("10A")), SeatStatus::Free); // readers already see it free
    auto second = service->hold(request({QStringLiteral("10A")}));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();

    auto lapsed = service->find(first->reference);
    ASSERT_TRUE(lapsed.ok());
    EXPECT_EQ(lapsed->state, BookingState::Expired);
    EXPECT_FALSE(lapsed->passengers.first().active);
    auto history = service->history(first->reference);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().to, BookingState::Expired);
    EXPECT_EQ(statusOf(QStringLiteral("10A")), SeatStatus::Held);
}

TEST_P(HoldTest, UniqueIndexIsTheFinalGuard)
{
    // Even SQL that bypasses the service cannot give one seat two active lines.
    auto booking = service->hold(request({QStringLiteral("4A")}));
    ASSERT_TRUE(booking.ok());
    QSqlQuery sneak(db->connection());
    const bool inserted = sneak.exec(QStringLiteral(
        "INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active) "
        "SELECT booking_id, seat_id, 'Intruder', 0, TRUE FROM booking_lines"));
    EXPECT_FALSE(inserted);
    EXPECT_TRUE(db->dialect().isUniqueViolation(sneak.lastError())) << sneak.lastError().text().toStdString();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(HoldTest);
