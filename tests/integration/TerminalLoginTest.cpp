// Roles enforced by PostgreSQL itself (migration 0010, docs/security.md): a terminal's
// database login can do no more than its class, whatever SQL it sends, and what needs a
// staff user needs that user's session, not a name the program claims. PostgreSQL only:
// SQLite has no logins.
#include "TerminalLoginFixture.h"

#include "auth/Authenticator.h"
#include "auth/UserAdministration.h"
#include "booking/VoucherAdministration.h"
#include "checkin/CheckInService.h"
#include "notify/DocumentMailer.h"
#include "storage/SignInRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class TerminalLoginTest : public TerminalLoginFixture {};

TEST_P(TerminalLoginTest, TheKioskLoginCannotTouchMoneyRightsOrPasswordHashes)
{
    const Booking paid = confirmed({QStringLiteral("1A")});
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const QString before = everyMoneyAndRightsRow();
    const QString denied = QStringLiteral("42501");
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT password_hash FROM users")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT name FROM users")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE users SET role = 'admin'")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO users (name, role, password_hash) VALUES ('mallory', 'admin', 'x')")),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO refunds (payment_id, idempotency_key, amount_minor, status) "
                                             "SELECT id, 'steal', amount_minor, 'PENDING' FROM payments")),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE refund_policies SET tiers = '0:100'")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO refund_policies (cabin, tiers, updated_by) VALUES ('J', '0:100', 'x')")),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE bookings SET state = 'CANCELLED' WHERE reference = '%1'").arg(paid.reference)),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE seats SET blocked = true")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("DELETE FROM bookings")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT * FROM staff_sessions")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE flights SET status = 'CANCELLED'")), denied);
    EXPECT_EQ(everyMoneyAndRightsRow(), before);
}

TEST_P(TerminalLoginTest, TheKioskLoginSellsAndCancelsItsOwnHold)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, Actor{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk});
    auto held = sales.hold(request({QStringLiteral("2A"), QStringLiteral("2B")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto paid = pay(sales, held->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    auto other = sales.hold(request({QStringLiteral("3A")}));
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    auto cancelled = sales.cancel(other->reference, QStringLiteral("changed my mind"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();

    // Check-in (open from 24 h to 45 min before departure) on a flight leaving in 3 hours.
    TestFlightSpec soon;
    soon.number = 300;
    soon.departsInSeconds = 3 * 3600;
    HoldRequest r;
    r.flight = FlightRef::byId(addTestFlight(*db, soon).id);
    r.seats << *SeatCode::parse(QStringLiteral("2C"));
    r.passengers = {QStringLiteral("Ada Lovelace")};
    auto leaving = sales.hold(r);
    ASSERT_TRUE(leaving.ok()) << leaving.error().message.toStdString();
    ASSERT_TRUE(pay(sales, leaving->reference).ok());
    auto passes = CheckInService(*kiosk, Actor{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk})
                      .checkIn(leaving->reference, QStringLiteral("Lovelace"));
    ASSERT_TRUE(passes.ok()) << passes.error().message.toStdString();
    EXPECT_EQ(passes->size(), 1);
    // The audit names the database login that wrote it.
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"),
                        QStringLiteral("login LIKE '%1\\_login\\_kiosk%' AND actor = 'kiosk'").arg(m_schema)),
              scalar(*db, QStringLiteral("SELECT count(*) FROM booking_events WHERE terminal = 'gate-12'")));
}

// The outbox holds travellers' addresses and names: a kiosk's or desk's login never reads
// it, yet a sale on the kiosk login still writes its row (the trigger runs as the owner).
TEST_P(TerminalLoginTest, TerminalLoginsCannotReadTheOutboxButTheirSalesAndCheckInsFillIt)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    const Actor atKiosk{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk};
    BookingService sales(*kiosk, gateway, atKiosk);
    HoldRequest r = request({QStringLiteral("5A")});
    r.passengers = {QStringLiteral("Anna Byrne")};
    r.contact.email = QStringLiteral("anna@example.com");
    auto held = sales.hold(r);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_TRUE(pay(sales, held->reference).ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("recipient = 'anna@example.com'")), 1);
    // Check-in opens 72 hours before this flight: the kiosk's check-in writes its message too.
    ASSERT_TRUE(db->execute(QStringLiteral("INSERT INTO check_in_windows (carrier, route, opens_minutes, closes_minutes) "
                                           "VALUES ('KX', '', 4320, 45)"), QStringLiteral("test")).ok());
    auto checkedIn = CheckInService(*kiosk, atKiosk).checkIn(held->reference, QStringLiteral("Byrne"));
    ASSERT_TRUE(checkedIn.ok()) << checkedIn.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'booking_checked_in'")), 1);
    // "E-mail it to me": the kiosk writes the request, the trigger the message (migration 0022).
    DocumentMailRequest receipt;
    receipt.reference = held->reference;
    auto mailed = DocumentMailer(sales, *kiosk).send(receipt);
    ASSERT_TRUE(mailed.ok()) << mailed.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'documents_requested'")), 1);
    const QString denied = QStringLiteral("42501");
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("SELECT recipient FROM outbox")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO outbox (kind, reference, recipient, details) "
                                             "VALUES ('booking_confirmed', 'XXXXXX', 'spam@example.com', '{}')")),
              denied);
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    EXPECT_EQ(refusal(*desk, QStringLiteral("SELECT recipient FROM outbox")), denied);
    auto ops = connectAs(QStringLiteral("ops"));
    ASSERT_NE(ops, nullptr);
    EXPECT_EQ(refusal(*ops, QStringLiteral("SELECT recipient FROM outbox")), QString());
}

TEST_P(TerminalLoginTest, ADeskLoginRefundsOnlyWithASignedInAgent)
{
    const Booking paid = confirmed({QStringLiteral("4A")});
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    const QString before = everyMoneyAndRightsRow();
    // Nobody signed in: the program's claim to be an agent does not count.
    BookingService claimed(*desk, gateway, Actor{QStringLiteral("desk-7"), QStringLiteral("alice"), Role::Agent});
    auto refused = waitFor(claimed.cancelWithRefund(CancellationRequest{paid.reference, std::nullopt,
                                                                        QStringLiteral("customer request"),
                                                                        std::nullopt, QString()}),
                           30000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("needs a signed-in agent")))
        << refused.error().message.toStdString();
    EXPECT_EQ(everyMoneyAndRightsRow(), before);

    // Signed in, the same cancellation goes through with its refund, audited as alice.
    const Actor alice = signIn(*desk, QStringLiteral("alice"));
    BookingService agent(*desk, gateway, alice);
    auto done = waitFor(agent.cancelWithRefund(CancellationRequest{paid.reference, std::nullopt,
                                                                   QStringLiteral("customer request"),
                                                                   std::nullopt, QString()}),
                        30000);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->refunded.minorUnits(), 2450); // half: the flight leaves in 48 h
    const QString byDesk = QStringLiteral("login LIKE '%1\\_login\\_desk%'").arg(m_schema);
    EXPECT_GT(countRows(*db, QStringLiteral("booking_events"), byDesk), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("booking_events"), byDesk + QStringLiteral(" AND actor = 'alice'")),
              countRows(*db, QStringLiteral("booking_events"), byDesk));

    // After signing out the session is over: no more refunds from this connection.
    Authenticator(*desk, QStringLiteral("desk-7")).signOut(alice, QStringLiteral("signed out"));
    const Booking another = confirmed({QStringLiteral("5A")});
    EXPECT_EQ(refusal(*desk, QStringLiteral("UPDATE bookings SET state = 'CANCELLED' WHERE reference = '%1'")
                                 .arg(another.reference)),
              QStringLiteral("42501"));
}

TEST_P(TerminalLoginTest, OnlyASignedInAdminChangesUsersAndPolicies)
{
    auto ops = connectAs(QStringLiteral("ops"));
    ASSERT_NE(ops, nullptr);
    const QString before = everyMoneyAndRightsRow();
    const QString promote = QStringLiteral("UPDATE users SET role = 'admin' WHERE name = 'alice'");
    const QString policy = QStringLiteral("INSERT INTO refund_policies (cabin, tiers, updated_by) VALUES ('J', '0:100', 'x')");
    EXPECT_EQ(refusal(*ops, promote), QStringLiteral("42501"));
    EXPECT_EQ(refusal(*ops, policy), QStringLiteral("42501"));
    const QString window = QStringLiteral("INSERT INTO check_in_windows (carrier, route, opens_minutes, closes_minutes) "
                                          "VALUES ('KX', '', 1440, 60)");
    EXPECT_EQ(refusal(*ops, window), QStringLiteral("42501"));
    EXPECT_EQ(refusal(*ops, QStringLiteral("SELECT password_hash FROM users")), QStringLiteral("42501"));
    signIn(*ops, QStringLiteral("sam")); // a supervisor is not enough
    EXPECT_EQ(refusal(*ops, promote), QStringLiteral("42501"));
    EXPECT_EQ(everyMoneyAndRightsRow(), before);

    auto desk = connectAs(QStringLiteral("desk"));
    signIn(*desk, QStringLiteral("alice")); // anyone may set their own password, nobody else's
    EXPECT_EQ(refusal(*desk, QStringLiteral("UPDATE users SET password_hash = 'x' WHERE name = 'sam'")), QStringLiteral("42501"));
    EXPECT_EQ(refusal(*desk, QStringLiteral("UPDATE users SET password_hash = 'x' WHERE name = 'alice'")), QString());

    auto admin = connectAs(QStringLiteral("ops"));
    signIn(*admin, QStringLiteral("ada"));
    EXPECT_EQ(refusal(*admin, promote), QString());
    EXPECT_EQ(refusal(*admin, policy), QString());
    EXPECT_EQ(refusal(*admin, window), QString());
}

TEST_P(TerminalLoginTest, AuditRowsNameTheSessionsUserNotTheProgramsClaim)
{
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    signIn(*desk, QStringLiteral("alice"));
    EXPECT_EQ(refusal(*desk, QStringLiteral("INSERT INTO access_events (terminal, actor, role, action, outcome) "
                                            "VALUES ('desk-7', 'operator', 'admin', 'refund', 'allowed')")),
              QString());
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'refund' AND actor = 'alice' AND role = 'agent' AND login LIKE '%1\\_login\\_desk%'")
                            .arg(m_schema)),
              1);
}

TEST_P(TerminalLoginTest, SignInWorksWithoutTheHashAndStillLocksAfterFiveFailures)
{
    auto desk = connectAs(QStringLiteral("desk"));
    ASSERT_NE(desk, nullptr);
    Authenticator authenticator(*desk, QStringLiteral("desk-7"));
    for (int attempt = 1; attempt <= Authenticator::MaxFailedAttempts; ++attempt)
        EXPECT_EQ(authenticator.signIn(QStringLiteral("sam"), QStringLiteral("guess")).error().code, ErrorCode::SignInFailed);
    auto locked = authenticator.signIn(QStringLiteral("sam"), TerminalPassword);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_sessions")), 0);
    EXPECT_TRUE(authenticator.signIn(QStringLiteral("alice"), TerminalPassword).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_sessions WHERE ended_at IS NULL")), 1);
    // The salt of an unknown name looks like a real one and does not change between asks.
    SignInRepository signIns(*desk);
    const QString unknown = signIns.passwordSalt(QStringLiteral("nobody"), PasswordHasher::DefaultIterations).value();
    EXPECT_EQ(unknown, signIns.passwordSalt(QStringLiteral("nobody"), PasswordHasher::DefaultIterations).value());
    EXPECT_TRUE(unknown.startsWith(QStringLiteral("pbkdf2-sha256$600000$"))) << unknown.toStdString();
}

// The hold limits bind a kiosk login by its database class: claiming the admin role (no
// limits) in the call changes nothing without an admin's session.
TEST_P(TerminalLoginTest, AKioskLoginIsHeldToTheKioskLimitsWhateverRoleItClaims)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService claimsAdmin(*kiosk, gateway, Actor{QStringLiteral("kiosk-9"), QStringLiteral("kiosk"), Role::Admin});
    ASSERT_TRUE(claimsAdmin.hold(request({QStringLiteral("1A")})).ok());
    ASSERT_TRUE(claimsAdmin.hold(request({QStringLiteral("1B")})).ok());
    auto third = claimsAdmin.hold(request({QStringLiteral("1C")}));
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::LimitReached) << third.error().message.toStdString();
    EXPECT_TRUE(third.error().message.contains(QStringLiteral("the most one kiosk terminal"))) << third.error().message.toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'hold seats' AND outcome = 'denied' AND role = 'kiosk'")),
              1);
}

// A kiosk's login takes and gives back a voucher's use through the payment (the release is
// the owner's trigger), but cannot make itself a voucher or change what one gives.
TEST_P(TerminalLoginTest, TheKioskLoginPaysWithAVoucherButCannotMakeOne)
{
    VoucherTerms terms;
    terms.percent = 20;
    terms.maxUses = 1;
    ASSERT_TRUE(VoucherAdministration(*db, service->actor()).create(QStringLiteral("GATE12"), terms).ok());
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, Actor{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk});
    auto held = sales.hold(request({QStringLiteral("6A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto declined = waitFor(sales.submitPayment(held->reference, card(QStringLiteral("4000000000000002")),
                                                QStringLiteral("gate12")), 30000);
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT uses FROM vouchers")), 0);
    auto paid = waitFor(sales.submitPayment(held->reference, card(), QStringLiteral("gate12")), 30000);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->captured.minorUnits(), 3920);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT uses FROM vouchers")), 1);

    const QString denied = QStringLiteral("42501");
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("INSERT INTO vouchers (code_digest, code_hint, percent_off, created_by) "
                                             "VALUES (repeat('a', 64), 'x', 100, 'mallory')")),
              denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE vouchers SET percent_off = 100")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE vouchers SET max_uses = 1000")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE voucher_redemptions SET status = 'RELEASED'")), denied);
}

// A kiosk login joins a full cabin's waitlist, and the cancellation it makes offers the
// freed seats (its grants suffice; the e-mail is the owner's trigger's), which another
// kiosk login takes up with reference and surname and pays; it cannot rewrite an entry's
// contact or passengers.
TEST_P(TerminalLoginTest, KioskLoginsJoinOfferTakeUpAndPayAWaitlistOffer)
{
    auto kiosk = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(kiosk, nullptr);
    BookingService sales(*kiosk, gateway, Actor{QStringLiteral("gate-12"), QStringLiteral("kiosk"), Role::Kiosk});
    // The cabin sold out: rows 1 to 9 by the desk, row 10 by the kiosk itself.
    const auto row = [](int number) {
        QStringList seats;
        for (const QChar letter : QStringLiteral("ABCDEF"))
            seats << QString::number(number) + letter;
        return seats;
    };
    for (int number = 1; number <= 9; ++number)
        ASSERT_TRUE(service->hold(request(row(number))).ok());
    auto own = sales.hold(request(row(10)));
    ASSERT_TRUE(own.ok()) << own.error().message.toStdString();
    auto joined = sales.waitlist().join(WaitlistRequest{FlightRef::byId(flight.id), QLatin1Char('Y'),
                                                        {QStringLiteral("Ada Lovelace")},
                                                        {QStringLiteral("ada@example.org"), QString()}});
    ASSERT_TRUE(joined.ok()) << joined.error().message.toStdString();
    // Its cancellation on the kiosk login makes the offer.
    ASSERT_TRUE(sales.cancel(own->reference, QStringLiteral("changed plans")).ok());
    auto entry = service->waitlist().find(joined->id);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->state, WaitlistState::Offered);
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"), QStringLiteral("kind = 'waitlist_offer'")), 1);

    auto other = connectAs(QStringLiteral("kiosk"));
    ASSERT_NE(other, nullptr);
    BookingService counter(*other, gateway, Actor{QStringLiteral("gate-14"), QStringLiteral("kiosk"), Role::Kiosk});
    auto claimed = counter.waitlist().claimOffer(entry->offerReference, QStringLiteral("lovelace"));
    ASSERT_TRUE(claimed.ok()) << claimed.error().message.toStdString();
    auto paid = pay(counter, entry->offerReference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(service->waitlist().find(joined->id)->state, WaitlistState::Accepted);

    const QString denied = QStringLiteral("42501");
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE waitlist SET contact_email = 'mallory@example.org'")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("UPDATE waitlist_settings SET offer_seconds = 259200")), denied);
    EXPECT_EQ(refusal(*kiosk, QStringLiteral("DELETE FROM waitlist")), denied);
}

TEST_P(TerminalLoginTest, EveryTableHasADecisionForTheTerminalClasses)
{
    // A table the grants do not list is reachable by no class at all: adding a table means
    // deciding who may use it, a row of terminal_table_rights (migration 0016).
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        // By OID, not by name: PostgreSQL may test the privilege before the schema filter, and a
        // name from another schema would then fail to resolve.
        "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
        "AND NOT has_any_column_privilege(kiosk_login_group('ops'), c.oid, 'SELECT')")))
        << query.lastError().text().toStdString();
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("sign_in_secret,staff_sessions,terminal_table_rights"));
}

INSTANTIATE_TEST_SUITE_P(Backends, TerminalLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
