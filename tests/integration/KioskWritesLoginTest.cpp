// A kiosk's database login writes bookings, their lines and payments only through the
// functions of migration 0026, which check what it may do; raw SQL is refused (SQLSTATE
// 42501) and changes nothing, while the programs on that login still hold, pay, cancel,
// expire and check in. And the supervisor override of a refund is checked by the database:
// an agent's desk session refunds the policy's amount, no more. PostgreSQL only.
#include "ServerClock.h"
#include "TerminalLoginFixture.h"

#include "checkin/CheckInService.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class KioskWritesLoginTest : public TerminalLoginFixture {
protected:
    // Every row of the tables a kiosk must not write directly, as text.
    QString bookingsLinesAndPayments()
    {
        QString rows;
        for (const QString &sql :
             {QStringLiteral("SELECT string_agg(concat_ws('/', id, reference, state, hold_deadline, hold_extended, "
                             "total_minor, terminal, actor, contact_email, updated_at), ',' ORDER BY id) FROM bookings"),
              QStringLiteral("SELECT string_agg(concat_ws('/', id, booking_id, seat_id, passenger_name, price_minor, "
                             "active), ',' ORDER BY id) FROM booking_lines"),
              QStringLiteral("SELECT string_agg(concat_ws('/', id, booking_id, status, amount_minor, captured_minor, "
                             "refunded_minor, updated_at), ',' ORDER BY id) FROM payments"),
              QStringLiteral("SELECT string_agg(concat_ws('/', id, payment_id, amount_minor), ',' ORDER BY id) FROM refunds")}) {
            QSqlQuery query(db->connection());
            EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
            rows += query.value(0).toString() + QLatin1Char('|');
        }
        return rows;
    }

    qint64 idOf(const QString &reference)
    {
        return scalar(*db, QStringLiteral("SELECT id FROM bookings WHERE reference = '%1'").arg(reference));
    }

    static CancellationRequest overrideOf(const QString &reference, qint64 amountMinor)
    {
        return CancellationRequest{reference, std::nullopt, QStringLiteral("customer request"), amountMinor,
                                   QStringLiteral("goodwill")};
    }

    const Actor atKiosk{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
};

TEST_P(KioskWritesLoginTest, RawWritesToBookingsLinesAndPaymentsAreRefusedAndChangeNothing)
{
    const Booking paid = confirmed({QStringLiteral("1A")});
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, atKiosk);
    auto held = sales.hold(request({QStringLiteral("2A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    const QString own = QStringLiteral("reference = '%1'").arg(held->reference);
    const QString heldId = QString::number(idOf(held->reference));
    const QString paidId = QString::number(idOf(paid.reference));

    const QString before = bookingsLinesAndPayments();
    const QString denied = QStringLiteral("42501");
    for (const QString &sql : {
             // Confirming one's own hold without paying, or changing it at all.
             QStringLiteral("UPDATE bookings SET state = 'CONFIRMED' WHERE %1").arg(own),
             QStringLiteral("UPDATE bookings SET hold_deadline = hold_deadline + interval '1 day' WHERE %1").arg(own),
             QStringLiteral("UPDATE bookings SET updated_at = now()"),
             QStringLiteral("INSERT INTO bookings (reference, flight_id, state, total_minor, currency, terminal, actor) "
                            "SELECT 'FREE01', flight_id, 'CONFIRMED', 0, currency, 'x', 'x' FROM bookings WHERE %1").arg(own),
             // Writing a payment outcome.
             QStringLiteral("INSERT INTO payments (booking_id, idempotency_key, status, amount_minor, captured_minor, currency) "
                            "SELECT id, 'forged', 'CAPTURED', total_minor, total_minor, currency FROM bookings WHERE %1").arg(own),
             QStringLiteral("UPDATE payments SET status = 'CAPTURED', captured_minor = amount_minor"),
             QStringLiteral("UPDATE payments SET refunded_minor = 0"),
             // Taking seats or giving them up behind the booking's back.
             QStringLiteral("INSERT INTO booking_lines (booking_id, seat_id, passenger_name, price_minor, active) "
                            "SELECT b.id, s.id, 'STOWAWAY', 0, TRUE FROM bookings b JOIN seats s ON s.flight_id = b.flight_id "
                            "WHERE b.%1 AND s.code = '9F'").arg(own),
             QStringLiteral("UPDATE booking_lines SET active = FALSE"),
             QStringLiteral("UPDATE booking_lines SET price_minor = 0"),
             // The functions refuse what a kiosk may not ask of them.
             QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'CONFIRMED', 'x', 'x', 'x')").arg(heldId),
             QStringLiteral("SELECT kiosk_booking_move(%1, 'SEAT_HELD', 'EXPIRED', 'x', 'x', 'x')").arg(heldId),
             QStringLiteral("SELECT kiosk_booking_move(%1, 'CONFIRMED', 'CANCELLED', 'x', 'x', 'x')").arg(paidId),
             QStringLiteral("SELECT kiosk_insert_hold(flight_id, 'FREE02', 600, 'mine', '[]', 'x', 'x') FROM bookings "
                            "WHERE %1").arg(own),
             QStringLiteral("SELECT kiosk_payment_add(%1, 'forged', 1, 'EUR', 'VISA', '4242', 60, 'mock')").arg(heldId),
             QStringLiteral("SELECT kiosk_save_contact(%1, 'mallory@example.org', NULL)").arg(paidId),
         }) {
        EXPECT_EQ(refusal(*kiosk, sql), denied) << sql.toStdString();
    }
    EXPECT_EQ(bookingsLinesAndPayments(), before);
}

TEST_P(KioskWritesLoginTest, ConfirmingNeedsAnAuthorizedPaymentWhoeverCalls)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, atKiosk);
    auto held = sales.hold(request({QStringLiteral("3A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    // A declined card leaves a DECLINED attempt and the hold extended once, for another card.
    auto declined = pay(sales, held->reference, card(QStringLiteral("4000000000000002")));
    ASSERT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("hold_extended AND state = 'SEAT_HELD'")), 1);
    const QString before = bookingsLinesAndPayments();
    const QString payment = QString::number(scalar(*db, QStringLiteral("SELECT max(id) FROM payments")));
    // Moving the declined attempt on and the booking to CONFIRMED in one call is refused.
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT kiosk_payment_record(%1, 'DECLINED', 'ignore', 'DECLINED', NULL, 0, 0, "
                                             "NULL, 'SEAT_HELD', 'CONFIRMED', false, 'x', 'x', 'x')")
                                  .arg(payment)),
              QStringLiteral("42501"));
    EXPECT_EQ(bookingsLinesAndPayments(), before);
    auto paid = pay(sales, held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
}

// What the kiosk does on its own login still works: holds with contact details, its own
// unpaid hold cancelled, a lapsed hold expired, payment, check-in; the audit names the login.
TEST_P(KioskWritesLoginTest, TheProgramsOnAKioskLoginStillSellExpireCancelAndCheckIn)
{
    ASSERT_TRUE(db->execute(QStringLiteral("INSERT INTO check_in_windows (carrier, route, opens_minutes, closes_minutes) "
                                           "VALUES ('KX', '', 4320, 45)"), QStringLiteral("test")).ok());
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, atKiosk);
    HoldRequest withContact = request({QStringLiteral("4A")});
    withContact.passengers = {QStringLiteral("Anna Byrne")};
    withContact.contact.email = QStringLiteral("anna@example.com");
    auto held = sales.hold(withContact);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings"), QStringLiteral("contact_email = 'anna@example.com'")), 1);
    auto paid = pay(sales, held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(countRows(*db, QStringLiteral("payments"), QStringLiteral("status = 'CAPTURED'")), 1);
    auto passes = CheckInService(*kiosk, atKiosk).checkIn(held->reference, QStringLiteral("Byrne"));
    ASSERT_TRUE(passes.ok()) << passes.error().message.toStdString();

    auto walkedAway = sales.hold(request({QStringLiteral("5A")}));
    ASSERT_TRUE(walkedAway.ok()) << walkedAway.error().message.toStdString();
    auto cancelled = sales.cancel(walkedAway->reference, QStringLiteral("changed my mind"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->state, BookingState::Cancelled);

    auto lapsing = service->hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(lapsing.ok());
    makeLapse(*db, lapsing->reference);
    auto expired = sales.expireDue();
    ASSERT_TRUE(expired.ok()) << expired.error().message.toStdString();
    EXPECT_EQ(expired->released, QStringList{lapsing->reference});

    const QString byKiosk = QStringLiteral("login LIKE '%1\\_login\\_kiosk%'").arg(m_schema);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"), byKiosk + QStringLiteral(" AND to_state = 'EXPIRED'")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"),
                        byKiosk + QStringLiteral(" AND from_state = 'PAYMENT_PENDING' AND to_state = 'CONFIRMED'")),
              1);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"), byKiosk + QStringLiteral(" AND to_state = 'CANCELLED'")), 1);
}

// The flight leaves in 48 h: the policy refunds half of the 49.00 seat. An agent's session
// cannot refund more, whatever role the program claims; a supervisor's can.
TEST_P(KioskWritesLoginTest, ADeskLoginRefundsBeyondThePolicyOnlyWithASupervisorSignedIn)
{
    const Booking paid = confirmed({QStringLiteral("7A")});
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    const Actor alice = signIn(*desk, QStringLiteral("alice"));
    const QString before = bookingsLinesAndPayments();
    BookingService claimsSupervisor(*desk, gateway, Actor{alice.terminal, alice.name, Role::Supervisor});
    auto refused = waitFor(claimsSupervisor.cancelWithRefund(overrideOf(paid.reference, 4900)), 30000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("needs a signed-in supervisor")))
        << refused.error().message.toStdString();
    EXPECT_EQ(refusal(*desk, QStringLiteral("INSERT INTO refunds (payment_id, idempotency_key, amount_minor, status) "
                                            "SELECT id, 'beyond', 2451, 'PENDING' FROM payments")),
              QStringLiteral("42501"));
    EXPECT_EQ(bookingsLinesAndPayments(), before);

    auto supervisorDesk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(supervisorDesk, nullptr);
    BookingService supervisor(*supervisorDesk, gateway, signIn(*supervisorDesk, QStringLiteral("sam")));
    auto done = waitFor(supervisor.cancelWithRefund(overrideOf(paid.reference, 4900)), 30000);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->refunded.minorUnits(), 4900);
}

// The database's policy amount is the program's: an agent cancels one passenger, then the
// rest, each with the policy's refund (half of 49.00 a seat, 48 h before departure).
TEST_P(KioskWritesLoginTest, AnAgentsPolicyRefundsPassOneByOneAndForTheRest)
{
    const Booking paid = confirmed({QStringLiteral("8A"), QStringLiteral("8B"), QStringLiteral("8C")});
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    BookingService agent(*desk, gateway, signIn(*desk, QStringLiteral("alice")));
    auto one = waitFor(agent.cancelWithRefund(CancellationRequest{paid.reference, SeatCode::parse(QStringLiteral("8A")),
                                                                  QStringLiteral("customer request"), std::nullopt,
                                                                  QString()}),
                       30000);
    ASSERT_TRUE(one.ok()) << one.error().message.toStdString();
    EXPECT_EQ(one->refunded.minorUnits(), 2450);
    auto rest = waitFor(agent.cancelWithRefund(CancellationRequest{paid.reference, std::nullopt,
                                                                   QStringLiteral("customer request"), std::nullopt,
                                                                   QString()}),
                        30000);
    ASSERT_TRUE(rest.ok()) << rest.error().message.toStdString();
    EXPECT_EQ(rest->refunded.minorUnits(), 4900);
}

// Migration 0039 asks "superuser?" as "may write pg_authid?", which PostgreSQL allows
// superusers only: a login that may read and write all data stays a kiosk login.
TEST_P(KioskWritesLoginTest, AKioskLoginThatMayReadAndWriteAllDataIsStillAKioskLogin)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    QSqlQuery login(kiosk->connection());
    ASSERT_TRUE(login.exec(QStringLiteral("SELECT session_user")) && login.next());
    QSqlQuery grant(db->connection());
    ASSERT_TRUE(grant.exec(QStringLiteral("GRANT pg_read_all_data, pg_write_all_data TO \"%1\"")
                               .arg(login.value(0).toString())))
        << grant.lastError().text().toStdString();
    const Booking paid = confirmed({QStringLiteral("9A")});
    const QString before = bookingsLinesAndPayments();
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE bookings SET state = 'CANCELLED'")), QStringLiteral("42501"));
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE payments SET refunded_minor = amount_minor")),
              QStringLiteral("42501"));
    EXPECT_EQ(bookingsLinesAndPayments(), before);
    QSqlQuery asked(kiosk->connection());
    ASSERT_TRUE(asked.exec(QStringLiteral("SELECT kiosk_caller_class(), kiosk_is_terminal_login()")) && asked.next());
    EXPECT_EQ(asked.value(0).toString(), QStringLiteral("kiosk"));
    EXPECT_TRUE(asked.value(1).toBool());
    BookingService sales(*kiosk, gateway, atKiosk);
    auto held = sales.hold(request({QStringLiteral("9B")}));
    EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
}

// The who-is-calling helpers (0039) answer for the schema they run in, which is their
// caller's: each function that asks them must pin its search_path, or a login could point
// the question at another schema's groups. One that does not is found (a probe, dropped).
TEST_P(KioskWritesLoginTest, EveryFunctionThatAsksWhoIsCallingPinsItsSearchPath)
{
    const QString unpinnedAskers = QStringLiteral(
        "SELECT count(*) FILTER (WHERE NOT coalesce(array_to_string(p.proconfig, ' ') LIKE '%search_path=%', FALSE)), "
        "       count(*), string_agg(p.proname, ', ' ORDER BY p.proname) FILTER "
        "           (WHERE NOT coalesce(array_to_string(p.proconfig, ' ') LIKE '%search_path=%', FALSE)) "
        "  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        " WHERE n.nspname = current_schema() "
        "   AND p.prosrc ~ 'kiosk_(login_group|is_terminal_login|caller_class)\\s*\\(' "
        "   AND p.proname NOT IN ('kiosk_login_group', 'kiosk_is_terminal_login', 'kiosk_caller_class')");
    QSqlQuery askers(db->connection());
    ASSERT_TRUE(askers.exec(unpinnedAskers) && askers.next()) << askers.lastError().text().toStdString();
    EXPECT_EQ(askers.value(0).toLongLong(), 0) << askers.value(2).toString().toStdString();
    EXPECT_GT(askers.value(1).toLongLong(), 20); // the guards, the stamps and the kiosk_* functions

    ASSERT_TRUE(db->execute(QStringLiteral("CREATE FUNCTION unpinned_probe() RETURNS text LANGUAGE sql "
                                           "AS $$ SELECT kiosk_caller_class() $$"),
                            QStringLiteral("test"))
                    .ok());
    QSqlQuery withProbe(db->connection());
    ASSERT_TRUE(withProbe.exec(unpinnedAskers) && withProbe.next());
    EXPECT_EQ(withProbe.value(2).toString(), QStringLiteral("unpinned_probe"));
    ASSERT_TRUE(db->execute(QStringLiteral("DROP FUNCTION unpinned_probe()"), QStringLiteral("test")).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, KioskWritesLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
