#include "payment/FutureWait.h"
#include "payment/GatewayFactory.h"
#include "payment/MockPaymentGateway.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

AuthorizationRequest request(const QString &key, const QString &number)
{
    AuthorizationRequest r;
    r.idempotencyKey = key;
    r.amount = Money(4900, QStringLiteral("EUR"));
    r.card.number = number;
    r.card.setExpiry(QStringLiteral("12/30"));
    r.card.cvc = QStringLiteral("123");
    return r;
}

template <typename T>
Result<T> now(QFuture<Result<T>> future)
{
    return waitFor(std::move(future), 1000);
}

} // namespace

TEST(MockPaymentGateway, FollowsTheTestCardConventions)
{
    MockPaymentGateway gateway;
    const Money amount(4900, QStringLiteral("EUR"));
    auto approve = now(gateway.authorize(request(QStringLiteral("k1"), QStringLiteral("4242424242424242"))));
    ASSERT_TRUE(approve.ok());
    EXPECT_TRUE(approve->approved);
    EXPECT_EQ(now(gateway.authorize(request(QStringLiteral("k2"), QStringLiteral("4000000000000002"))))->declineCode,
              QStringLiteral("card_declined"));
    EXPECT_EQ(now(gateway.authorize(request(QStringLiteral("k3"), QStringLiteral("4000000000009995"))))->declineCode,
              QStringLiteral("insufficient_funds"));
    EXPECT_EQ(now(gateway.authorize(request(QStringLiteral("k4"), QStringLiteral("4000000000000069"))))->declineCode,
              QStringLiteral("expired_card"));

    // The same idempotency key never authorizes twice.
    auto replay = now(gateway.authorize(request(QStringLiteral("k1"), QStringLiteral("4242424242424242"))));
    EXPECT_EQ(replay->reference, approve->reference);
    EXPECT_EQ(gateway.ledger().size(), 1);

    ASSERT_TRUE(now(gateway.capture(approve->reference, amount, QStringLiteral("c1"))).ok());
    EXPECT_FALSE(now(gateway.voidAuthorization(approve->reference, QStringLiteral("v1"))).ok());
    ASSERT_TRUE(now(gateway.refund(approve->reference, amount, QStringLiteral("r1"))).ok());
    ASSERT_TRUE(now(gateway.refund(approve->reference, amount, QStringLiteral("r1"))).ok()); // replay: no second refund
    EXPECT_EQ(gateway.ledger().value(approve->reference).refundedMinor, 4900);
    EXPECT_FALSE(now(gateway.refund(approve->reference, amount, QStringLiteral("r2"))).ok()); // more than captured
}

TEST(MockPaymentGateway, LookupTellsWhatHappenedUnderAKey)
{
    MockPaymentGateway gateway;
    auto unknown = now(gateway.lookup(QStringLiteral("never-sent")));
    ASSERT_TRUE(unknown.ok());
    EXPECT_FALSE(unknown->has_value());

    ASSERT_TRUE(now(gateway.authorize(request(QStringLiteral("d"), QStringLiteral("4000000000000002")))).ok());
    EXPECT_EQ((*now(gateway.lookup(QStringLiteral("d"))))->status, GatewayCharge::Status::Declined);

    auto approved = now(gateway.authorize(request(QStringLiteral("a"), QStringLiteral("4242424242424242"))));
    ASSERT_TRUE(approved.ok());
    auto authorized = now(gateway.lookup(QStringLiteral("a")));
    ASSERT_TRUE(authorized.ok() && authorized->has_value());
    EXPECT_EQ((*authorized)->status, GatewayCharge::Status::Authorized);
    EXPECT_EQ((*authorized)->reference, approved->reference);
    EXPECT_EQ((*authorized)->amount.minorUnits(), 4900);

    ASSERT_TRUE(now(gateway.capture(approved->reference, Money(4900, QStringLiteral("EUR")), QStringLiteral("c"))).ok());
    auto captured = now(gateway.lookup(QStringLiteral("a")));
    EXPECT_EQ((*captured)->status, GatewayCharge::Status::Captured);
    EXPECT_EQ((*captured)->capturedMinor, 4900);
}

TEST(MockPaymentGateway, FractionModeIsReproducibleAndLeavesTestCardsAlone)
{
    auto approvals = [](quint32 seed) {
        MockPaymentGateway gateway(0.8, seed);
        QList<bool> outcomes;
        for (int i = 0; i < 200; ++i)
            outcomes << now(gateway.authorize(request(QString::number(i), QStringLiteral("5555555555554444"))))->approved;
        return outcomes;
    };
    const QList<bool> first = approvals(7);
    EXPECT_EQ(first, approvals(7)); // same seed, same answers
    const auto approved = first.count(true);
    EXPECT_GT(approved, 140); // 80 % of 200, give or take chance
    EXPECT_LT(approved, 180);

    MockPaymentGateway never(0.0, 1);
    EXPECT_FALSE(now(never.authorize(request(QStringLiteral("x"), QStringLiteral("5555555555554444"))))->approved);
    EXPECT_TRUE(now(never.authorize(request(QStringLiteral("y"), QStringLiteral("4242424242424242"))))->approved);
}

TEST(GatewayFactory, ParsesMockSpecsAndRefusesNonsense)
{
    EXPECT_TRUE(GatewayFactory::create(QString()).ok());
    EXPECT_TRUE(GatewayFactory::create(QStringLiteral("mock")).ok());
    EXPECT_TRUE(GatewayFactory::create(QStringLiteral("mock?approve=0.8&seed=42")).ok());
    EXPECT_TRUE(GatewayFactory::create(QStringLiteral("http://127.0.0.1:8099")).ok());
    EXPECT_TRUE(GatewayFactory::create(QStringLiteral("https://pay.example/v2?timeout_ms=5000&attempts=3")).ok());
    for (const QString &bad : {QStringLiteral("mock?approve=1.5"), QStringLiteral("mock?approve=abc"),
                               QStringLiteral("mock?seed=-3"), QStringLiteral("mock?colour=red"),
                               QStringLiteral("paypal"), QStringLiteral("ftp://gateway"),
                               QStringLiteral("https://user:secret@pay.example"), QStringLiteral("https://pay.example/?timeout_ms=5"),
                               QStringLiteral("https://pay.example/?attempts=0"), QStringLiteral("https://pay.example/?colour=red"),
                               QStringLiteral("https://pay.example/?ca=/no/such/ca.pem"), QStringLiteral("http://")}) {
        auto gateway = GatewayFactory::create(bad);
        ASSERT_FALSE(gateway.ok()) << bad.toStdString();
        EXPECT_EQ(gateway.error().code, ErrorCode::BadInput) << bad.toStdString();
    }
}
