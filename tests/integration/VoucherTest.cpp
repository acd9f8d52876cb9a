// Vouchers on both databases: the discount charged and recorded, every refusal with its
// reason and nothing changed, the use given back when the payment fails or the booking is
// cancelled unpaid, used up exactly at max-uses, the guessing limit, and who may create them.
#include "BackendFixture.h"
#include "FaultyGateway.h"
#include "SqlProbe.h"

#include "booking/ReceiptBuilder.h"
#include "booking/VoucherAdministration.h"
#include "reporting/ReportService.h"
#include "storage/VoucherRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// The test flight KX101 sells economy seats at EUR 49.00 and leaves in 48 h.
class VoucherTest : public BackendTest {
protected:
    Voucher create(const QString &code, VoucherTerms terms)
    {
        auto created = VoucherAdministration(*db, service->actor()).create(code, terms);
        EXPECT_TRUE(created.ok()) << created.error().message.toStdString();
        return created.ok() ? *created : Voucher{};
    }
    static VoucherTerms percent(int p)
    {
        VoucherTerms terms;
        terms.percent = p;
        return terms;
    }
    QString held(const QStringList &seats)
    {
        auto booking = service->hold(request(seats));
        EXPECT_TRUE(booking.ok());
        return booking.ok() ? booking->reference : QString();
    }
    qint64 uses(qint64 voucherId) { return scalar(*db, QStringLiteral("SELECT uses FROM vouchers WHERE id = %1").arg(voucherId)); }
    Result<Booking> payWith(const QString &reference, const QString &code, const CardDetails &with = card())
    {
        return waitFor(service->submitPayment(reference, with, code), 30000);
    }
    // A refused voucher changed nothing: the booking is still held, no attempt, no use.
    void expectNothingChanged(const QString &reference, qint64 voucherId)
    {
        EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);
        EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
        EXPECT_EQ(countRows(*db, QStringLiteral("voucher_redemptions")), 0);
        EXPECT_EQ(uses(voucherId), 0);
    }
    QString reason(const Error &error) { return error.details.value(0); }
};

TEST_P(VoucherTest, APercentVoucherIsChargedRoundedDownAndRedeemedWithTheConfirmation)
{
    const Voucher voucher = create(QStringLiteral("Summer-26"), percent(15));
    EXPECT_EQ(voucher.hint, QStringLiteral("SU…26"));
    const QString reference = held({QStringLiteral("2A"), QStringLiteral("2B"), QStringLiteral("2C")});

    auto quote = service->quoteVoucher(reference, QStringLiteral(" summer 26 "));
    ASSERT_TRUE(quote.ok()) << quote.error().message.toStdString();
    EXPECT_EQ(quote->price.minorUnits(), 14700);
    EXPECT_EQ(quote->discount.minorUnits(), 2205); // 15 % of 147.00
    EXPECT_EQ(quote->toPay.minorUnits(), 12495);
    EXPECT_EQ(uses(voucher.id), 0); // a quote reserves nothing

    auto paid = payWith(reference, QStringLiteral("summer26"));
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(paid->total.minorUnits(), 14700); // the price stays the price
    EXPECT_EQ(paid->captured.minorUnits(), 12495);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT amount_minor FROM payments")), 12495);
    EXPECT_EQ(uses(voucher.id), 1);
    auto discount = VoucherRepository(*db).discountOf(paid->id);
    ASSERT_TRUE(discount.ok() && discount->has_value());
    EXPECT_EQ((*discount)->status, QStringLiteral("REDEEMED"));
    EXPECT_EQ((*discount)->discount.minorUnits(), 2205);
    EXPECT_EQ((*discount)->benefit, QStringLiteral("15 % off"));
}

// The cancellation policy's percentage applies to what was paid, not to the price before the
// voucher: a traveller who paid 80 % gets the policy's share of that.
TEST_P(VoucherTest, ARefundByPolicyIsTheShareOfWhatWasPaid)
{
    create(QStringLiteral("QUARTER"), percent(20));
    const QString reference = held({QStringLiteral("3A"), QStringLiteral("3B")});
    auto paid = payWith(reference, QStringLiteral("quarter"));
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    ASSERT_EQ(paid->captured.minorUnits(), 7840); // 98.00 less 20 %

    auto whole = service->quoteCancellation({reference, std::nullopt, QString(), std::nullopt, QString()});
    ASSERT_TRUE(whole.ok()) << whole.error().message.toStdString();
    // 48 h before departure the standard policy refunds 50 %: of each seat's share of the
    // payment (39.20), not of its price (49.00).
    ASSERT_EQ(whole->percent, 50);
    EXPECT_EQ(whole->policyAmount.minorUnits(), 3920);
    auto one = service->quoteCancellation({reference, SeatCode::parse(QStringLiteral("3B")), QString(), std::nullopt, QString()});
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->policyAmount.minorUnits(), 1960);
}

TEST_P(VoucherTest, AnAmountWorthMoreThanThePriceMakesItFreeAndNoMore)
{
    VoucherTerms terms;
    terms.amount = Money(10000, QStringLiteral("EUR"));
    const Voucher voucher = create(QStringLiteral("FREEFLIGHT"), terms);
    const QString reference = held({QStringLiteral("4A")});
    auto paid = payWith(reference, QStringLiteral("freeflight"));
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(paid->captured.minorUnits(), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT discount_minor FROM voucher_redemptions")), 4900);
    EXPECT_EQ(uses(voucher.id), 1);
}

TEST_P(VoucherTest, AVoucherThatDoesNotApplyRefusesThePaymentAndChangesNothing)
{
    auto now = db->serverNow().value();
    struct Case {
        const char *reason;
        VoucherTerms terms;
    };
    QList<Case> cases;
    VoucherTerms expired = percent(10);
    expired.validFrom = now.addDays(-10);
    expired.validTo = now.addSecs(-60);
    cases.append({"voucher_expired", expired});
    VoucherTerms early = percent(10);
    early.validFrom = now.addDays(2);
    cases.append({"voucher_not_yet_valid", early});
    VoucherTerms otherFlight = percent(10);
    otherFlight.flights = {QStringLiteral("kx102"), QStringLiteral("KX7")};
    cases.append({"voucher_wrong_flight", otherFlight});
    VoucherTerms business = percent(10);
    business.cabins = {Cabin::Business, Cabin::First};
    cases.append({"voucher_wrong_cabin", business});
    VoucherTerms pounds;
    pounds.amount = Money(500, QStringLiteral("GBP"));
    cases.append({"voucher_wrong_currency", pounds});
    VoucherTerms minimum = percent(10);
    minimum.minAmount = Money(10000, QStringLiteral("EUR"));
    cases.append({"voucher_below_minimum", minimum});

    const QString reference = held({QStringLiteral("5A")});
    for (int i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(cases[i].reason);
        const QString code = QStringLiteral("CASE%1X").arg(i);
        const Voucher voucher = create(code, cases[i].terms);
        auto paid = payWith(reference, code);
        ASSERT_FALSE(paid.ok());
        EXPECT_EQ(paid.error().code, ErrorCode::VoucherRefused) << paid.error().message.toStdString();
        EXPECT_EQ(paid.error().exitCode(), 3);
        EXPECT_EQ(reason(paid.error()), QString::fromLatin1(cases[i].reason)) << paid.error().message.toStdString();
        EXPECT_TRUE(paid.error().message.contains(QStringLiteral("Nothing was charged"))) << paid.error().message.toStdString();
        EXPECT_EQ(service->quoteVoucher(reference, code).error().details.value(0), QString::fromLatin1(cases[i].reason));
        expectNothingChanged(reference, voucher.id);
    }
    // The words name the rule that failed.
    EXPECT_TRUE(payWith(reference, QStringLiteral("CASE2X")).error().message.contains(QStringLiteral("valid only on KX102, KX7, not on KX101")));
    EXPECT_TRUE(payWith(reference, QStringLiteral("CASE3X")).error().message.contains(QStringLiteral("seat 5A is economy (Y)")));

    // Withdrawn by a supervisor: refused from that moment.
    const Voucher withdrawn = create(QStringLiteral("GONE2026"), percent(50));
    ASSERT_TRUE(VoucherAdministration(*db, service->actor()).disable(QStringLiteral("gone-2026")).ok());
    auto paid = payWith(reference, QStringLiteral("GONE2026"));
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(reason(paid.error()), QStringLiteral("voucher_disabled"));
    expectNothingChanged(reference, withdrawn.id);
    // And the booking can still be paid without one.
    EXPECT_TRUE(pay(reference).ok());
}

TEST_P(VoucherTest, AMalformedCodeIsBadInputAndAnUnknownOneIsRefused)
{
    const QString reference = held({QStringLiteral("6A")});
    for (const QString &bad : {QStringLiteral("AB"), QStringLiteral("SUMMER_26"), QStringLiteral("ÉTÉ2026"),
                               QString(40, QLatin1Char('A'))}) {
        auto paid = payWith(reference, bad);
        ASSERT_FALSE(paid.ok());
        EXPECT_EQ(paid.error().code, ErrorCode::BadInput) << bad.toStdString();
    }
    auto unknown = payWith(reference, QStringLiteral("NOSUCHCODE"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(reason(unknown.error()), QStringLiteral("voucher_unknown"));
    EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
}

TEST_P(VoucherTest, ADeclinedPaymentGivesTheUseBackAndTheLastUseGoesToOneBookingOnly)
{
    VoucherTerms once = percent(10);
    once.maxUses = 1;
    const Voucher voucher = create(QStringLiteral("ONLYONCE"), once);
    const QString first = held({QStringLiteral("7A")});
    const QString second = held({QStringLiteral("7B")});

    auto declined = payWith(first, QStringLiteral("ONLYONCE"), card(QStringLiteral("4000000000000002")));
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_EQ(uses(voucher.id), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("voucher_redemptions"), QStringLiteral("status = 'RELEASED'")), 1);

    ASSERT_TRUE(payWith(second, QStringLiteral("onlyonce")).ok());
    EXPECT_EQ(uses(voucher.id), 1);
    auto usedUp = payWith(first, QStringLiteral("ONLYONCE"));
    ASSERT_FALSE(usedUp.ok());
    EXPECT_EQ(reason(usedUp.error()), QStringLiteral("voucher_used_up"));
    EXPECT_EQ(service->find(first)->state, BookingState::SeatHeld);
    EXPECT_EQ(uses(voucher.id), 1);
}

TEST_P(VoucherTest, APaymentWithoutAnAnswerThatIsVoidedGivesTheUseBack)
{
    FaultyGateway faulty;
    faulty.loseAuthorizeAnswer = true;
    BookingService terminal(*db, faulty, service->actor());
    const Voucher voucher = create(QStringLiteral("LOSTANSWER"), percent(10));
    const QString reference = held({QStringLiteral("8A")});
    auto paid = waitFor(terminal.submitPayment(reference, card(), QStringLiteral("LOSTANSWER")), 30000);
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);
    EXPECT_EQ(uses(voucher.id), 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM voucher_redemptions WHERE status = 'RELEASED'")), 1);
}

TEST_P(VoucherTest, AnUnpaidBookingCancelledDuringItsPaymentGivesTheUseBack)
{
    FaultyGateway slow;
    slow.authorizeDelayMs = 300;
    BookingService terminal(*db, slow, service->actor());
    const Voucher voucher = create(QStringLiteral("SLOWBANK"), percent(10));
    const QString reference = held({QStringLiteral("9A")});
    auto pending = terminal.submitPayment(reference, card(), QStringLiteral("SLOWBANK"));
    EXPECT_EQ(service->find(reference)->state, BookingState::PaymentPending);
    EXPECT_EQ(uses(voucher.id), 1); // reserved while the bank thinks
    ASSERT_TRUE(service->cancel(reference, QStringLiteral("traveller left")).ok());
    EXPECT_EQ(uses(voucher.id), 0);
    auto answer = waitFor(pending, 30000);
    EXPECT_FALSE(answer.ok());
    EXPECT_EQ(uses(voucher.id), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("voucher_redemptions"), QStringLiteral("status = 'RESERVED'")), 0);
}

TEST_P(VoucherTest, AKioskGuessingCodesIsRefusedAfterFiveUnknownOnesAndItIsLogged)
{
    BookingService kiosk(*db, gateway, Actor{QStringLiteral("kiosk-3"), QStringLiteral("kiosk"), Role::Kiosk});
    auto booking = kiosk.hold(request({QStringLiteral("10A")}));
    ASSERT_TRUE(booking.ok());
    create(QStringLiteral("REALCODE"), percent(10));
    for (int i = 0; i < VoucherRedeemer::MaxUnknownCodes; ++i)
        EXPECT_EQ(kiosk.quoteVoucher(booking->reference, QStringLiteral("GUESS%1").arg(i)).error().code,
                  ErrorCode::VoucherRefused);
    // Now even the right code is refused at this terminal, and the refusal is logged.
    auto refused = waitFor(kiosk.submitPayment(booking->reference, card(), QStringLiteral("REALCODE")), 30000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Busy);
    EXPECT_EQ(refused.error().exitCode(), 3);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'voucher lookup' AND outcome = 'failed' AND terminal = 'kiosk-3'")),
              VoucherRedeemer::MaxUnknownCodes);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'voucher lookup' AND outcome = 'denied'")), 1);
    // Another terminal is not affected.
    BookingService other(*db, gateway, Actor{QStringLiteral("kiosk-4"), QStringLiteral("kiosk"), Role::Kiosk});
    auto elsewhere = other.hold(request({QStringLiteral("10B")}));
    ASSERT_TRUE(elsewhere.ok());
    EXPECT_TRUE(other.quoteVoucher(elsewhere->reference, QStringLiteral("realcode")).ok());
}

TEST_P(VoucherTest, OnlySupervisorsCreateVouchersAndEveryChangeIsLogged)
{
    VoucherAdministration agent(*db, Actor{QStringLiteral("desk-1"), QStringLiteral("amy"), Role::Agent});
    auto refused = agent.create(QStringLiteral("AGENT10"), percent(10));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("vouchers")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'")), 1);

    VoucherAdministration supervisor(*db, Actor{QStringLiteral("desk-2"), QStringLiteral("sue"), Role::Supervisor});
    ASSERT_TRUE(supervisor.create(QStringLiteral("SUPER10"), percent(10)).ok());
    auto twice = supervisor.create(QStringLiteral("super-10"), percent(20));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::BadInput);
    VoucherTerms both = percent(10);
    both.amount = Money(500, QStringLiteral("EUR"));
    EXPECT_EQ(supervisor.create(QStringLiteral("BOTHKINDS"), both).error().code, ErrorCode::BadInput);
    EXPECT_EQ(supervisor.create(QStringLiteral("PERCENT0"), percent(0)).error().code, ErrorCode::BadInput);
    EXPECT_EQ(countRows(*db, QStringLiteral("vouchers")), 1);
    // The code itself is stored nowhere.
    EXPECT_FALSE(dumpDatabase(*db).contains(QStringLiteral("SUPER10")));
    ASSERT_TRUE(supervisor.disable(QStringLiteral("super10")).ok());
    EXPECT_EQ(supervisor.disable(QStringLiteral("SUPER10")).error().code, ErrorCode::WrongState);
    EXPECT_EQ(supervisor.disable(QStringLiteral("NEVERMADE")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(supervisor.list(false)->size(), 0);
    EXPECT_EQ(supervisor.list(true)->size(), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action IN ('create voucher', 'disable voucher') AND actor = 'sue'")), 2);
}

TEST_P(VoucherTest, TheDiscountIsOnTheReceiptAndInTheReport)
{
    create(QStringLiteral("HALFOFF"), percent(50));
    VoucherTerms whole;
    whole.amount = Money(5000, QStringLiteral("EUR"));
    create(QStringLiteral("WHOLEFARE"), whole);
    const QString half = held({QStringLiteral("3A"), QStringLiteral("3B")});
    const QString free = held({QStringLiteral("3C")});
    const QString plain = held({QStringLiteral("3D")});
    ASSERT_TRUE(payWith(half, QStringLiteral("halfoff")).ok());
    ASSERT_TRUE(payWith(free, QStringLiteral("wholefare")).ok());
    ASSERT_TRUE(pay(plain).ok());

    auto receipt = ReceiptBuilder(*service, *db).build(half);
    ASSERT_TRUE(receipt.ok()) << receipt.error().message.toStdString();
    ASSERT_TRUE(receipt->voucher.has_value());
    EXPECT_EQ(receipt->voucher->hint, QStringLiteral("H…F"));
    EXPECT_EQ(receipt->voucher->discount.minorUnits(), 4900);
    EXPECT_EQ(receipt->payments.value(0).captured.minorUnits(), 4900);
    // Paid in full by the voucher: nothing captured, still a receipt.
    auto freeReceipt = ReceiptBuilder(*service, *db).build(free);
    ASSERT_TRUE(freeReceipt.ok()) << freeReceipt.error().message.toStdString();
    EXPECT_EQ(freeReceipt->voucher->discount.minorUnits(), 4900);
    EXPECT_TRUE(freeReceipt->payments.isEmpty());
    EXPECT_FALSE(ReceiptBuilder(*service, *db).build(plain)->voucher.has_value());

    ReportService reports(*db);
    auto period = reports.defaultPeriod();
    ASSERT_TRUE(period.ok());
    auto report = reports.report(Actor{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor}, *period);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->vouchersRedeemed, 2);
    ASSERT_EQ(report->voucherDiscounts.size(), 1);
    EXPECT_EQ(report->voucherDiscounts.first().minorUnits(), 9800);
    EXPECT_EQ(report->totalRevenue().value(0).minorUnits(), 4900 + 0 + 4900); // what was taken
}

KIOSK_ON_BOTH_BACKENDS(VoucherTest);

} // namespace
