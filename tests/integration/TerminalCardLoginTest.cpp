// A card terminal's payment on a kiosk's own database login (migrations 0026 and 0031): the
// brand and last four digits the terminal read reach the attempt through kiosk_payment_card,
// so the receipt and the audit name the card; the function stores a card once, on a pending
// attempt of the login's own booking, and changes nothing otherwise. PostgreSQL only.
#include "TerminalLoginFixture.h"

#include "booking/ReceiptBuilder.h"
#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "storage/PaymentRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class TerminalCardLoginTest : public TerminalLoginFixture {
protected:
    static QString text(Database &on, const QString &sql)
    {
        QSqlQuery query(on.connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString() << query.lastError().text().toStdString();
        return query.value(0).toString();
    }
    // The attempts of every booking, card included, as text.
    QString payments()
    {
        return text(*db, QStringLiteral("SELECT coalesce(string_agg(concat_ws('/', id, status, card_brand, card_last4, "
                                        "updated_at), ',' ORDER BY id), '') FROM payments"));
    }
    // A PAYMENT_PENDING booking of `on`'s login with a pending attempt that names no card
    // (as a terminal's attempt is until its answer); the attempt's id.
    QString pendingAttemptWithoutCard(Database &on, const QString &seat)
    {
        BookingService sales(on, gateway, atKiosk);
        auto held = sales.hold(request({seat}));
        EXPECT_TRUE(held.ok()) << (held ? "" : held.error().message.toStdString());
        if (!held)
            return QString();
        const QString id = text(*db, QStringLiteral("SELECT id FROM bookings WHERE reference = '%1'").arg(held->reference));
        EXPECT_EQ(refusal(on, QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'PAYMENT_PENDING', 'gate-12', "
                                             "'kiosk', 'payment submitted (card terminal)')")
                                  .arg(id)),
                  QString());
        return text(on, QStringLiteral("SELECT kiosk_payment_add(%1, '%2-pay-1', %3, 'EUR', NULL, NULL, 60, "
                                       "'mock-terminal')")
                            .arg(id, held->reference)
                            .arg(held->total.minorUnits()));
    }
    static QString cardCall(const QString &payment, const QString &brand, const QString &last4)
    {
        return QStringLiteral("SELECT kiosk_payment_card(%1, '%2', '%3')::text").arg(payment, brand, last4);
    }

    const Actor atKiosk{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
};

TEST_P(TerminalCardLoginTest, ATerminalPaymentsReceiptAndAuditNameTheCardTheTerminalRead)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    auto acquirer = std::make_unique<MockPaymentGateway>();
    auto terminal = std::make_unique<MockPaymentTerminal>(*acquirer);
    TerminalPaymentGateway atTerminal(std::move(terminal), std::move(acquirer));
    BookingService sales(*kiosk, atTerminal, atKiosk);
    auto held = sales.hold(request({QStringLiteral("1A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();

    auto paid = pay(sales, held->reference, CardDetails()); // nothing typed: the terminal reads the card
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);

    auto receipt = ReceiptBuilder(sales, *kiosk).build(held->reference);
    ASSERT_TRUE(receipt.ok()) << receipt.error().message.toStdString();
    ASSERT_EQ(receipt->payments.size(), 1);
    EXPECT_EQ(receipt->payments.first().cardBrand, QStringLiteral("visa"));
    EXPECT_EQ(receipt->payments.first().cardLast4, QStringLiteral("4242"));
    const QString audit = text(*db, QStringLiteral("SELECT string_agg(reason, ' | ' ORDER BY id) FROM booking_events "
                                                   "WHERE booking_id = (SELECT id FROM bookings WHERE reference = '%1')")
                                        .arg(held->reference));
    EXPECT_TRUE(audit.contains(QStringLiteral("payment authorized (visa ending 4242)"))) << audit.toStdString();
    EXPECT_TRUE(audit.contains(QStringLiteral("payment submitted (card terminal)"))) << audit.toStdString();
    EXPECT_FALSE(audit.contains(QStringLiteral("( ending )"))) << audit.toStdString();

    // The attempt is captured now: a second card for it changes nothing.
    const QString attempt = text(*db, QStringLiteral("SELECT max(id) FROM payments"));
    const QString before = payments();
    EXPECT_EQ(text(*kiosk, cardCall(attempt, QStringLiteral("mastercard"), QStringLiteral("4444"))), QStringLiteral("false"));
    EXPECT_EQ(payments(), before);
}

TEST_P(TerminalCardLoginTest, ACardIsStoredOnceOnAPendingAttemptOfTheLoginsOwnBookingOnly)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    auto otherKiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    ASSERT_NE(otherKiosk, nullptr);
    const QString attempt = pendingAttemptWithoutCard(*kiosk, QStringLiteral("2A"));
    ASSERT_FALSE(attempt.isEmpty());

    // Refused without a change: another login's attempt, more than the last four digits,
    // no brand, an attempt that does not exist.
    const QString before = payments();
    EXPECT_EQ(text(*otherKiosk, cardCall(attempt, QStringLiteral("visa"), QStringLiteral("4242"))), QStringLiteral("false"));
    for (const QString &sql : {cardCall(attempt, QStringLiteral("visa"), QStringLiteral("4242424242424242")),
                               cardCall(attempt, QStringLiteral("visa"), QStringLiteral("42a2")),
                               cardCall(attempt, QString(), QStringLiteral("4242")),
                               cardCall(QStringLiteral("987654"), QStringLiteral("visa"), QStringLiteral("4242"))})
        EXPECT_EQ(text(*kiosk, sql), QStringLiteral("false")) << sql.toStdString();
    EXPECT_EQ(payments(), before);

    // The login's own pending attempt takes the card once; a second card changes nothing.
    EXPECT_EQ(text(*kiosk, cardCall(attempt, QStringLiteral("visa"), QStringLiteral("4242"))), QStringLiteral("true"));
    const QString recorded = payments();
    EXPECT_TRUE(recorded.contains(QStringLiteral("/PENDING/visa/4242/"))) << recorded.toStdString();
    EXPECT_EQ(text(*kiosk, cardCall(attempt, QStringLiteral("mastercard"), QStringLiteral("4444"))), QStringLiteral("false"));
    EXPECT_EQ(payments(), recorded);
    // And through the repository, as the payment saga calls it: refused with a clear error.
    auto again = PaymentRepository(*kiosk).recordCard(attempt.toLongLong(), QStringLiteral("mastercard"),
                                                      QStringLiteral("4444"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState);
    EXPECT_EQ(payments(), recorded);

    // An attempt that is no longer pending (declined) takes no card either.
    const QString declinedAttempt = pendingAttemptWithoutCard(*kiosk, QStringLiteral("3A"));
    ASSERT_FALSE(declinedAttempt.isEmpty());
    EXPECT_EQ(text(*kiosk, QStringLiteral("SELECT kiosk_payment_record(%1, 'PENDING', 'ignore', 'DECLINED', NULL, 0, 0, "
                                          "'card_declined', 'PAYMENT_PENDING', 'SEAT_HELD', false, 'declined', "
                                          "'gate-12', 'kiosk')")
                                  .arg(declinedAttempt)),
              QStringLiteral("recorded"));
    const QString afterDecline = payments();
    EXPECT_EQ(text(*kiosk, cardCall(declinedAttempt, QStringLiteral("visa"), QStringLiteral("0002"))), QStringLiteral("false"));
    EXPECT_EQ(payments(), afterDecline);
}

INSTANTIATE_TEST_SUITE_P(Backends, TerminalCardLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
