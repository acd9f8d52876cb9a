// A booking's payments as the agent's detail reads them, on both databases: attempts
// (declined and captured), refunds with their reasons, and who may read them.
#include "BackendFixture.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class PaymentActivityTest : public BackendTest {};

TEST_P(PaymentActivityTest, AttemptsCapturesAndRefundsOfOneBookingOldestFirst)
{
    auto held = service->hold(request({QStringLiteral("3A"), QStringLiteral("3B")}));
    ASSERT_TRUE(held.ok());
    ASSERT_FALSE(pay(held->reference, card(QStringLiteral("4000000000000002"))).ok()); // declined
    ASSERT_TRUE(pay(held->reference).ok());
    const Booking other = confirmed({QStringLiteral("4A")}); // must not show up
    ASSERT_FALSE(other.reference.isEmpty());
    service->setActor(Actor{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent});
    CancellationRequest cancel{held->reference, *SeatCode::parse(QStringLiteral("3B")), QStringLiteral("customer request"),
                               std::nullopt, QString()};
    auto cancelled = waitFor(service->cancelWithRefund(cancel), 30000);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();

    auto activity = service->payments(held->reference);
    ASSERT_TRUE(activity.ok()) << activity.error().message.toStdString();
    ASSERT_EQ(activity->size(), 2);
    const PaymentActivity &declined = activity->at(0);
    EXPECT_EQ(declined.status, QStringLiteral("DECLINED"));
    EXPECT_FALSE(declined.declineReason.isEmpty());
    EXPECT_EQ(declined.captured.minorUnits(), 0);
    EXPECT_TRUE(declined.refunds.isEmpty());
    const PaymentActivity &paid = activity->at(1);
    EXPECT_EQ(paid.status, QStringLiteral("CAPTURED"));
    EXPECT_EQ(paid.amount, Money(9800, QStringLiteral("EUR")));
    EXPECT_EQ(paid.captured, Money(9800, QStringLiteral("EUR")));
    EXPECT_EQ(paid.refunded, Money(2450, QStringLiteral("EUR"))); // one passenger, 48 h ahead: 50 %
    EXPECT_EQ(paid.cardLast4, QStringLiteral("4242"));
    EXPECT_TRUE(paid.createdUtc.isValid());
    ASSERT_EQ(paid.refunds.size(), 1);
    EXPECT_EQ(paid.refunds.first().status, QStringLiteral("DONE"));
    EXPECT_EQ(paid.refunds.first().amount, cancelled->refunded);
    EXPECT_FALSE(paid.refunds.first().reason.isEmpty());
}

TEST_P(PaymentActivityTest, AKioskMayNotReadPaymentsAndAnUnknownBookingIsNotFound)
{
    const Booking booking = confirmed({QStringLiteral("5A")});
    service->setActor(Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), Role::Kiosk});
    auto refused = service->payments(booking.reference);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    service->setActor(Actor{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent});
    auto missing = service->payments(QStringLiteral("ZZZZZZ"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto none = service->payments(service->hold(request({QStringLiteral("6A")}))->reference);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(PaymentActivityTest);
