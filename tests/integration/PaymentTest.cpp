#include "BackendFixture.h"
#include "SqlProbe.h"

#include "storage/PaymentRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class PaymentTest : public BackendTest {
protected:
    Booking heldBooking(const QStringList &seats = {QStringLiteral("2A")}, std::optional<int> ttl = std::nullopt)
    {
        auto booking = service->hold(request(seats, ttl));
        EXPECT_TRUE(booking.ok());
        return booking.ok() ? *booking : Booking{};
    }

    QList<BookingState> trail(const QString &reference)
    {
        QList<BookingState> states;
        auto history = service->history(reference);
        EXPECT_TRUE(history.ok());
        if (history.ok()) {
            for (const AuditEntry &entry : *history)
                states << entry.to;
        }
        return states;
    }
};

TEST_P(PaymentTest, ApprovedCardConfirmsAndCaptures)
{
    const Booking held = heldBooking({QStringLiteral("2A"), QStringLiteral("2B")});
    auto paid = service->submitPayment(held.reference, card());
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(paid->captured, held.total);

    auto payments = PaymentRepository(*db).forBooking(held.id);
    ASSERT_TRUE(payments.ok());
    ASSERT_EQ(payments->size(), 1);
    EXPECT_EQ(payments->first().status, QStringLiteral("CAPTURED"));
    EXPECT_EQ(payments->first().cardBrand, QStringLiteral("visa"));
    EXPECT_EQ(payments->first().cardLast4, QStringLiteral("4242"));
    EXPECT_EQ(trail(held.reference),
              (QList<BookingState>{BookingState::SeatHeld, BookingState::PaymentPending, BookingState::Confirmed}));
}

TEST_P(PaymentTest, DeclineKeepsTheHoldForARetry)
{
    const Booking held = heldBooking();
    auto declined = service->submitPayment(held.reference, card(QStringLiteral("4000000000009995")));
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_TRUE(declined.error().message.contains(QStringLiteral("insufficient funds")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::SeatHeld);

    auto paid = service->submitPayment(held.reference, card());
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(trail(held.reference),
              (QList<BookingState>{BookingState::SeatHeld, BookingState::PaymentPending, BookingState::SeatHeld,
                                   BookingState::PaymentPending, BookingState::Confirmed}));
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 2);
}

TEST_P(PaymentTest, InvalidCardIsRefusedBeforeAnythingChanges)
{
    const Booking held = heldBooking();
    for (const QString &number : {QStringLiteral("4242424242424241"), QStringLiteral("42424242"),
                                  QStringLiteral("4242-abcd-4242-4242")}) {
        auto result = service->submitPayment(held.reference, card(number));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::BadInput) << number.toStdString();
    }
    CardDetails expired = card();
    expired.setExpiry(QStringLiteral("01/20"));
    auto result = service->submitPayment(held.reference, expired);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("expired")));

    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
    EXPECT_EQ(service->find(held.reference)->state, BookingState::SeatHeld);
    EXPECT_EQ(trail(held.reference).size(), 1);
}

TEST_P(PaymentTest, LapsedHoldCannotBePaid)
{
    const Booking held = heldBooking({QStringLiteral("3A")}, 1);
    QThread::msleep(1500);
    auto result = service->submitPayment(held.reference, card());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::HoldExpired);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nothing was charged")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::Expired);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
}

TEST_P(PaymentTest, CancelThenRefundOnceOnly)
{
    const Booking held = heldBooking();
    ASSERT_TRUE(service->submitPayment(held.reference, card()).ok());
    auto cancelled = service->cancel(held.reference, QStringLiteral("traveller changed plans"));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->state, BookingState::Cancelled);
    EXPECT_FALSE(cancelled->passengers.first().active);

    auto refunded = service->refund(held.reference);
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->state, BookingState::Refunded);
    EXPECT_EQ(refunded->refunded, held.total);

    auto again = service->refund(held.reference);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already refunded")));
    ASSERT_EQ(gateway.ledger().size(), 1);
    EXPECT_EQ(gateway.ledger().cbegin()->refundedMinor, held.total.minorUnits());
}

TEST_P(PaymentTest, RefundBeforeCaptureIsRefused)
{
    const Booking held = heldBooking();
    auto early = service->refund(held.reference);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::WrongState);

    ASSERT_TRUE(service->cancel(held.reference, QString()).ok());
    auto nothingCaptured = service->refund(held.reference);
    ASSERT_FALSE(nothingCaptured.ok());
    EXPECT_EQ(nothingCaptured.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(nothingCaptured.error().message.contains(QStringLiteral("nothing to refund")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::Cancelled);
}

TEST_P(PaymentTest, ConfirmedBookingCannotBePaidTwice)
{
    const Booking held = heldBooking();
    ASSERT_TRUE(service->submitPayment(held.reference, card()).ok());
    auto twice = service->submitPayment(held.reference, card());
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::WrongState);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 1);
}

TEST_P(PaymentTest, CardNumberIsNeverStored)
{
    const Booking held = heldBooking();
    ASSERT_FALSE(service->submitPayment(held.reference, card(QStringLiteral("4000000000000002"))).ok());
    ASSERT_TRUE(service->submitPayment(held.reference, card(QStringLiteral("4242 4242 4242 4242"))).ok());
    for (const QString &table : {QStringLiteral("payments"), QStringLiteral("bookings"),
                                 QStringLiteral("booking_events"), QStringLiteral("booking_lines")}) {
        QSqlQuery dump(db->connection());
        ASSERT_TRUE(dump.exec(QStringLiteral("SELECT * FROM ") + table));
        while (dump.next()) {
            for (int i = 0; i < dump.record().count(); ++i) {
                const QString value = dump.value(i).toString().remove(QLatin1Char(' '));
                EXPECT_FALSE(value.contains(QStringLiteral("4242424242424242"))) << table.toStdString();
                EXPECT_FALSE(value.contains(QStringLiteral("4000000000000002"))) << table.toStdString();
            }
        }
    }
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(PaymentTest);
