#include "HttpGatewayFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "storage/PaymentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kiosk;
using namespace kiosk::test;

namespace {

TEST_P(HttpGatewayTest, TestCardsOverHttp)
{
    const Booking good = held(QStringLiteral("1A"));
    auto paid = pay(*http, good.reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(sim.capturedFor(good.reference), good.total.minorUnits());

    const Booking bad = held(QStringLiteral("1B"));
    const QList<QPair<QString, QString>> declines{{QStringLiteral("4000000000000002"), QStringLiteral("card_declined")},
                                                  {QStringLiteral("4000000000009995"), QStringLiteral("insufficient_funds")},
                                                  {QStringLiteral("4000000000000069"), QStringLiteral("expired_card")}};
    for (const auto &[number, code] : declines) {
        auto declined = pay(*http, bad.reference, card(number));
        ASSERT_FALSE(declined.ok());
        EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
        EXPECT_EQ(declined.error().details.value(0), code);
        EXPECT_EQ(stateOf(bad), BookingState::SeatHeld);
    }
    EXPECT_EQ(sim.capturedFor(bad.reference), 0);
    EXPECT_EQ(sim.chargesFor(bad.reference, QStringLiteral("requires_payment_method")), 3);
}

TEST_P(HttpGatewayTest, EachInjectedFaultStillChargesExactlyOnce)
{
    const QList<QJsonObject> faults{
        {{QStringLiteral("latency_ms"), 300}},
        {{QStringLiteral("latency_ms"), 0}, {QStringLiteral("fail_5xx"), 2}},
        {{QStringLiteral("drop_after_processing"), 1}},
        {{QStringLiteral("drop_after_processing"), 0}, {QStringLiteral("duplicate_delivery"), 2}},
    };
    int row = 2;
    for (const QJsonObject &fault : faults) {
        SCOPED_TRACE(QJsonDocument(fault).toJson(QJsonDocument::Compact).toStdString());
        ASSERT_TRUE(sim.setFaults(fault));
        const Booking booking = held(QStringLiteral("%1A").arg(row++));
        auto paid = pay(*http, booking.reference);
        ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
        EXPECT_EQ(paid->state, BookingState::Confirmed);
        EXPECT_EQ(sim.chargesFor(booking.reference), 1);
        EXPECT_EQ(sim.capturedFor(booking.reference), booking.total.minorUnits());
        auto payments = PaymentRepository(*db).forBooking(booking.id);
        ASSERT_TRUE(payments.ok());
        ASSERT_EQ(payments->size(), 1);
        EXPECT_EQ(payments->first().status, PaymentStatus::Captured);
    }
}

TEST_P(HttpGatewayTest, NoAnswerWithinTheRetriesIsOutcomeUnknownUntilTheReconcilerFindsNothing)
{
    connectGateway(QStringLiteral("?timeout_ms=2000&attempts=2&backoff_ms=10"));
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("fail_5xx"), 2}}));
    const Booking booking = held(QStringLiteral("7A"));
    auto paid = pay(*http, booking.reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().code, ErrorCode::GatewayUnavailable);
    // A 503 does not prove the request was not carried out, and a gateway may list a charge
    // late: the traveller is not told "not charged" until the reconciler has asked again.
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("release_pending"))) << paid.error().message.toStdString();
    EXPECT_TRUE(paid.error().message.contains(QStringLiteral("We will not charge you twice")));
    EXPECT_EQ(stateOf(booking), BookingState::PaymentPending);
    EXPECT_EQ(sim.chargesFor(booking.reference), 0);

    makePaymentsLapse(*db, booking.reference); // past the attempt's deadline
    auto report = waitFor(http->reconcilePayments(), 30000);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Declined);
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 0);
}

TEST_P(HttpGatewayTest, ASlowGatewayLeavesNoDoubtAndTheReconcilerReleasesTheMoney)
{
    connectGateway(QStringLiteral("?timeout_ms=300&attempts=1"));
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 800}}));
    const Booking booking = held(QStringLiteral("8A"));
    auto paid = pay(*http, booking.reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_TRUE(paid.error().details.contains(QStringLiteral("release_pending"))) << paid.error().message.toStdString();
    EXPECT_EQ(stateOf(booking), BookingState::PaymentPending);

    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 0}}));
    makePaymentsLapse(*db, booking.reference); // past the attempt's deadline
    connectGateway(QString());
    auto report = waitFor(http->reconcilePayments(), 30000);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->actions.first().outcome, ReconcileOutcome::Voided);
    EXPECT_EQ(stateOf(booking), BookingState::Cancelled);
    EXPECT_EQ(sim.chargesFor(booking.reference, QStringLiteral("canceled")), 1);
    EXPECT_EQ(sim.capturedFor(booking.reference), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")), 0);
}

TEST_P(HttpGatewayTest, TheLedgerSurvivesASimulatorRestart)
{
    const Booking booking = held(QStringLiteral("9A"));
    ASSERT_TRUE(pay(*http, booking.reference).ok());
    ASSERT_TRUE(cancelPaid(booking.reference).ok());
    // The same gateway comes back where it was: a payment is settled only by its own gateway.
    const QStringList samePort{QStringLiteral("--port"), QString::number(QUrl(sim.url()).port())};
    sim.stop();
    ASSERT_TRUE(sim.start(ledgerPath(), samePort));
    connectGateway(QString());
    EXPECT_EQ(sim.capturedFor(booking.reference), booking.total.minorUnits());

    const RefundRequest refund{booking.reference, Money(1500, booking.total.currency()), QStringLiteral("after-restart"),
                               QString()};
    auto refunded = waitFor(http->refund(refund), 30000);
    ASSERT_TRUE(refunded.ok()) << refunded.error().message.toStdString();
    EXPECT_EQ(sim.refundedFor(booking.reference), 1500);
    sim.stop();
    ASSERT_TRUE(sim.start(ledgerPath(), samePort));
    EXPECT_EQ(sim.refundedFor(booking.reference), 1500);
    EXPECT_EQ(sim.ledger().value(QStringLiteral("refunds")).toArray().size(), 1);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(HttpGatewayTest);
