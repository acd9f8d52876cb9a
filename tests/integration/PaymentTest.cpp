#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "storage/BookingRepository.h"
#include "storage/PaymentRepository.h"

#include <QLoggingCategory>

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
    auto paid = pay(held.reference, card());
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(paid->captured, held.total);

    auto payments = PaymentRepository(*db).forBooking(held.id);
    ASSERT_TRUE(payments.ok());
    ASSERT_EQ(payments->size(), 1);
    EXPECT_EQ(payments->first().status, PaymentStatus::Captured);
    EXPECT_EQ(payments->first().cardBrand, QStringLiteral("visa"));
    EXPECT_EQ(payments->first().cardLast4, QStringLiteral("4242"));
    EXPECT_EQ(trail(held.reference),
              (QList<BookingState>{BookingState::SeatHeld, BookingState::PaymentPending, BookingState::Confirmed}));
}

// Every field of a booking, so two can be compared whole with a readable difference.
std::string everyField(const Booking &b)
{
    QStringList out{QString::number(b.id), b.reference, QString::number(b.flightId), b.flightKey,
                    bookingStateName(b.state), b.holdDeadlineUtc.toString(Qt::ISODateWithMs),
                    b.createdUtc.toString(Qt::ISODateWithMs), b.total.toString(), b.idempotencyKey, b.terminal,
                    b.createdBy, b.captured.toString(), b.refunded.toString()};
    for (const Passenger &p : b.passengers)
        out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                   .arg(p.name, p.seat.toString(), p.price.toString())
                   .arg(p.active)
                   .arg(cabinCode(p.cabin))
                   .arg(p.lineId);
    return out.join(QLatin1Char('\n')).toStdString();
}

// The sale answers with the confirmed booking from the capture's own call (migration 0036
// on PostgreSQL): exactly what reading it back by id returns, after a declined attempt too
// (captured and refunded are sums over all of its attempts).
TEST_P(PaymentTest, TheConfirmedBookingIsTheOneReadBackById)
{
    HoldRequest twoNamed = request({QStringLiteral("5C"), QStringLiteral("5A")});
    twoNamed.passengers = {QStringLiteral("Ada Lovelace"), QStringLiteral("Zoë O'Brien-Smith")};
    twoNamed.idempotencyKey = QStringLiteral("sale-answer-1");
    auto held = service->hold(twoNamed);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_FALSE(pay(held->reference, card(QStringLiteral("4000000000009995"))).ok());

    auto paid = pay(held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    auto readBack = BookingRepository(*db).findById(held->id);
    ASSERT_TRUE(readBack.ok()) << readBack.error().message.toStdString();
    EXPECT_EQ(everyField(*paid), everyField(*readBack));
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(paid->captured, held->total);
    ASSERT_EQ(paid->passengers.size(), 2);
    EXPECT_EQ(paid->passengers[1].name, QStringLiteral("Zoë O'Brien-Smith"));
}

TEST_P(PaymentTest, DeclineKeepsTheHoldForARetry)
{
    const Booking held = heldBooking();
    auto declined = pay(held.reference, card(QStringLiteral("4000000000009995")));
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_TRUE(declined.error().message.contains(QStringLiteral("insufficient funds")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::SeatHeld);

    auto paid = pay(held.reference, card());
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
        auto result = pay(held.reference, card(number));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::BadInput) << number.toStdString();
    }
    CardDetails expired = card();
    expired.setExpiry(QStringLiteral("01/20"));
    auto result = pay(held.reference, expired);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("expired")));

    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
    EXPECT_EQ(service->find(held.reference)->state, BookingState::SeatHeld);
    EXPECT_EQ(trail(held.reference).size(), 1);
}

TEST_P(PaymentTest, LapsedHoldCannotBePaid)
{
    const Booking held = heldBooking({QStringLiteral("3A")});
    makeLapse(*db, held.reference);
    auto result = pay(held.reference, card());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::HoldExpired);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("nothing was charged")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::Expired);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
}

TEST_P(PaymentTest, CancelThenRefundOnceOnly)
{
    const Booking held = heldBooking();
    ASSERT_TRUE(pay(held.reference, card()).ok());
    const auto plain = service->cancel(held.reference, QStringLiteral("traveller changed plans"));
    ASSERT_FALSE(plain.ok()); // paid: only with what is owed back
    EXPECT_EQ(plain.error().code, ErrorCode::WrongState);
    EXPECT_EQ(service->find(held.reference)->state, BookingState::Confirmed);
    auto cancelled = cancelPaid(held.reference, QStringLiteral("traveller changed plans"));
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->state, BookingState::Cancelled);
    EXPECT_FALSE(cancelled->passengers.first().active);

    auto refunded = refund(held.reference);
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->state, BookingState::Refunded);
    EXPECT_EQ(refunded->refunded, held.total);

    auto again = refund(held.reference);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already refunded")));
    ASSERT_EQ(gateway.ledger().size(), 1);
    EXPECT_EQ(gateway.ledger().cbegin()->refundedMinor, held.total.minorUnits());
}

TEST_P(PaymentTest, RefundBeforeCaptureIsRefused)
{
    const Booking held = heldBooking();
    auto early = refund(held.reference);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::WrongState);

    ASSERT_TRUE(service->cancel(held.reference, QString()).ok());
    auto nothingCaptured = refund(held.reference);
    ASSERT_FALSE(nothingCaptured.ok());
    EXPECT_EQ(nothingCaptured.error().code, ErrorCode::WrongState);
    EXPECT_TRUE(nothingCaptured.error().message.contains(QStringLiteral("nothing to refund")));
    EXPECT_EQ(service->find(held.reference)->state, BookingState::Cancelled);
}

TEST_P(PaymentTest, ConfirmedBookingCannotBePaidTwice)
{
    const Booking held = heldBooking();
    ASSERT_TRUE(pay(held.reference, card()).ok());
    auto twice = pay(held.reference, card());
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::WrongState);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 1);
}

QStringList capturedLog;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog << message;
}

TEST_P(PaymentTest, CardNumberIsNeverStoredOrLogged)
{
    QLoggingCategory::setFilterRules(QStringLiteral("kiosk.*.debug=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    const Booking held = heldBooking();
    const bool declined = !pay(held.reference, card(QStringLiteral("4000000000000002"))).ok();
    const bool paid = pay(held.reference, card(QStringLiteral("4242 4242 4242 4242"))).ok();
    const bool cancelled = cancelPaid(held.reference).ok();
    const bool refunded = refund(held.reference).ok();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    ASSERT_TRUE(declined && paid && cancelled && refunded);

    QString everything = dumpDatabase(*db) + capturedLog.join(QLatin1Char('\n'));
    everything.remove(QLatin1Char(' '));
    EXPECT_FALSE(capturedLog.isEmpty()); // the log was really captured
    EXPECT_TRUE(everything.contains(QStringLiteral("4242"))); // last four are kept on purpose
    for (const QString &number : {QStringLiteral("4242424242424242"), QStringLiteral("4000000000000002")})
        EXPECT_FALSE(everything.contains(number)) << number.toStdString();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(PaymentTest);
