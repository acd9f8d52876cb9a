// Bookings record the database login that made them (migration 0027): a kiosk login cancels,
// pays, extends or changes only the bookings its own login made, whatever terminal name its
// program states, while a desk login with an agent signed in acts on any; and a kiosk login
// is held to the kiosk's hold limits however many terminal names it invents. PostgreSQL only.
#include "ServerClock.h"
#include "TerminalLoginFixture.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class BookingLoginTest : public TerminalLoginFixture {
protected:
    // Every row a refused request must leave alone, as text.
    QString bookingsLinesAndPayments()
    {
        QString rows;
        for (const QString &sql :
             {QStringLiteral("SELECT string_agg(concat_ws('/', id, reference, state, hold_deadline, hold_extended, "
                             "terminal, actor, login, contact_email, updated_at), ',' ORDER BY id) FROM bookings"),
              QStringLiteral("SELECT string_agg(concat_ws('/', id, booking_id, active), ',' ORDER BY id) FROM booking_lines"),
              QStringLiteral("SELECT string_agg(concat_ws('/', id, booking_id, status, updated_at), ',' ORDER BY id) "
                             "FROM payments")}) {
            QSqlQuery query(db->connection());
            EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
            rows += query.value(0).toString() + QLatin1Char('|');
        }
        return rows;
    }

    static QString text(Database &on, const QString &sql)
    {
        QSqlQuery query(on.connection());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString() << query.lastError().text().toStdString();
        return query.value(0).toString();
    }

    const Actor atGate12{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
};

TEST_P(BookingLoginTest, AnotherKioskLoginCannotCancelPayOrChangeAHoldItDidNotMake)
{
    auto kioskA = connectAs(QStringLiteral("kiosk"));
    auto kioskB = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kioskA, nullptr);
    ASSERT_NE(kioskB, nullptr);
    BookingService salesA(*kioskA, gateway, atGate12);
    auto held = salesA.hold(request({QStringLiteral("2A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const QString id = QString::number(held->id);
    EXPECT_EQ(text(*db, QStringLiteral("SELECT login FROM bookings WHERE id = %1").arg(id)),
              text(*kioskA, QStringLiteral("SELECT session_user")));
    // A declined card leaves a DECLINED attempt whose deadline has not passed; the hold may be
    // extended again (the program extended it once already).
    ASSERT_EQ(pay(salesA, held->reference, card(QStringLiteral("4000000000000002"))).error().code,
              ErrorCode::PaymentDeclined);
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE bookings SET hold_extended = FALSE WHERE id = %1").arg(id),
                            QStringLiteral("test")).ok());
    const QString attempt = QString::number(scalar(*db, QStringLiteral("SELECT max(id) FROM payments")));

    const QString before = bookingsLinesAndPayments();
    for (const QString &sql : {
             QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'CANCELLED', 'gate-12', 'kiosk', 'x')").arg(id),
             QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'PAYMENT_PENDING', 'gate-12', 'kiosk', 'x')").arg(id),
             QStringLiteral("SELECT * FROM kiosk_payment_begin('%1', NULL, NULL, 'VISA', '4242', 120, 'mock', 'x', 'x')")
                 .arg(held->reference),
             QStringLiteral("SELECT kiosk_payment_record(%1, 'DECLINED', 'ignore', 'VOIDED', NULL, 0, 0, NULL, NULL, NULL, "
                            "false, 'x', 'x', 'x')").arg(attempt),
             QStringLiteral("SELECT kiosk_extend_hold(%1, 'kiosk')").arg(id),
             QStringLiteral("SELECT kiosk_save_contact(%1, 'mallory@example.org', NULL)").arg(id),
         }) {
        EXPECT_EQ(refusal(*kioskB, sql), QStringLiteral("42501")) << sql.toStdString();
    }
    // The programs on login B, even stating A's terminal and actor, are refused too.
    BookingService claimsGate12(*kioskB, gateway, atGate12);
    auto cancelled = claimsGate12.cancel(held->reference, QStringLiteral("not mine"));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Forbidden) << cancelled.error().message.toStdString();
    auto paid = pay(claimsGate12, held->reference);
    ASSERT_FALSE(paid.ok());
    EXPECT_EQ(paid.error().code, ErrorCode::Forbidden) << paid.error().message.toStdString();
    EXPECT_EQ(bookingsLinesAndPayments(), before);

    // Login A still extends, pays and cancels its own.
    EXPECT_EQ(refusal(*kioskA, QStringLiteral("SELECT kiosk_extend_hold(%1, 'kiosk')").arg(id)), QString());
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("id = %1 AND hold_extended").arg(id)), 1);
    auto own = pay(salesA, held->reference);
    ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
    EXPECT_EQ(own->state, BookingState::Confirmed);
    auto second = salesA.hold(request({QStringLiteral("2B")}));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    auto ownCancel = salesA.cancel(second->reference, QStringLiteral("changed my mind"));
    ASSERT_TRUE(ownCancel.ok()) << ownCancel.error().message.toStdString();
    EXPECT_EQ(ownCancel->state, BookingState::Cancelled);
}

// Agents act for any traveller; a booking made before logins were recorded (login NULL) is
// theirs alone, but any kiosk still expires it once lapsed.
TEST_P(BookingLoginTest, ADeskLoginWithAnAgentCancelsAnyHoldAndUnstampedOnesAreLeftToTheDesk)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(kiosk, nullptr);
    ASSERT_NE(desk, nullptr);
    BookingService sales(*kiosk, gateway, atGate12);
    auto held = sales.hold(request({QStringLiteral("3A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto old = sales.hold(request({QStringLiteral("3B")}));
    ASSERT_TRUE(old.ok()) << old.error().message.toStdString();
    ASSERT_TRUE(db->execute(QStringLiteral("UPDATE bookings SET login = NULL WHERE id = %1").arg(old->id),
                            QStringLiteral("test")).ok());

    const QString before = bookingsLinesAndPayments();
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'CANCELLED', 'gate-12', "
                                             "'kiosk', 'x')").arg(old->id)),
              QStringLiteral("42501"));
    EXPECT_EQ(bookingsLinesAndPayments(), before);

    BookingService agent(*desk, gateway, signIn(*desk, QStringLiteral("alice")));
    auto cancelled = agent.cancel(held->reference, QStringLiteral("customer request"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->state, BookingState::Cancelled);

    makeLapse(*db, old->reference);
    auto expired = sales.expireDue();
    ASSERT_TRUE(expired.ok()) << expired.error().message.toStdString();
    EXPECT_EQ(expired->released, QStringList{old->reference});
}

// A payment attempt abandoned past its deadline (its terminal died) is settled by the
// reconciler of whichever kiosk runs next, on another login.
TEST_P(BookingLoginTest, AnyKiosksReconcilerSettlesAnAttemptAbandonedPastItsDeadline)
{
    auto kioskA = connectAs(QStringLiteral("kiosk"));
    auto kioskB = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kioskA, nullptr);
    ASSERT_NE(kioskB, nullptr);
    auto held = BookingService(*kioskA, gateway, atGate12).hold(request({QStringLiteral("4A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_EQ(refusal(*kioskA, QStringLiteral("SELECT * FROM kiosk_payment_begin('%1', NULL, NULL, 'VISA', '4242', 120, "
                                              "'%2', 'gate-12', 'kiosk')").arg(held->reference, gateway.name())),
              QString());
    makePaymentsLapse(*db, held->reference);
    BookingService other(*kioskB, gateway, Actor{QStringLiteral("gate-14"), QStringLiteral("kiosk"), Role::Kiosk});
    auto report = waitFor(other.reconcilePayments(), 30000);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->actions.size(), 1);
    EXPECT_EQ(report->left(), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments"), QStringLiteral("status IN ('PENDING', 'AUTHORIZED')")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("state = 'PAYMENT_PENDING'")), 0);
}

// A bot stating a new terminal name for each hold still has the kiosk's 2 unpaid holds.
TEST_P(BookingLoginTest, AKioskLoginStatingANewTerminalNameForEachHoldIsHeldToTheKioskLimit)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    for (int n = 1; n <= 3; ++n) {
        BookingService renamed(*kiosk, gateway, Actor{QStringLiteral("gate-%1").arg(n), QStringLiteral("kiosk"), Role::Kiosk});
        auto held = renamed.hold(request({QStringLiteral("%1C").arg(n)}));
        if (n < 3) {
            ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
            continue;
        }
        ASSERT_FALSE(held.ok());
        EXPECT_EQ(held.error().code, ErrorCode::LimitReached) << held.error().message.toStdString();
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 2);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'hold seats' AND outcome = 'denied' AND terminal = 'gate-3'")),
              1);
}

INSTANTIATE_TEST_SUITE_P(Backends, BookingLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
