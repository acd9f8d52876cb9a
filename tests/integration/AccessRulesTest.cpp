// Every role rule of BookingService, allowed and forbidden, on both databases. A refusal
// is ErrorCode::Forbidden, changes nothing, and leaves a row in the access log.
#include "BackendFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const QList<Role> AllRoles{Role::Kiosk, Role::Agent, Role::Supervisor, Role::Admin};

class AccessRulesTest : public BackendTest {
protected:
    std::unique_ptr<BookingService> as(Role role, const QString &terminal = QStringLiteral("desk-9"))
    {
        return std::make_unique<BookingService>(*db, gateway, Actor{terminal, roleName(role) + QStringLiteral("-user"), role});
    }
    // What a refusal must leave behind: nothing changed but one more denied access row.
    struct Snapshot {
        qint64 bookings, events, activeLines, payments, denied;
    };
    Snapshot snapshot()
    {
        return {countRows(*db, QStringLiteral("bookings")), countRows(*db, QStringLiteral("booking_events")),
                countRows(*db, QStringLiteral("booking_lines"), QStringLiteral("active")),
                countRows(*db, QStringLiteral("payments")),
                countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'"))};
    }
    template <typename T>
    void expectRefused(const Result<T> &result, Role role, const Snapshot &before, const QString &action)
    {
        ASSERT_FALSE(result.ok()) << roleName(role).toStdString() << " was allowed to " << action.toStdString();
        EXPECT_EQ(result.error().code, ErrorCode::Forbidden) << result.error().message.toStdString();
        EXPECT_TRUE(result.error().message.startsWith(
            QStringLiteral("%1 is not allowed for role %2").arg(action, roleName(role))))
            << result.error().message.toStdString();
        const Snapshot after = snapshot();
        EXPECT_EQ(after.bookings, before.bookings);
        EXPECT_EQ(after.events, before.events);
        EXPECT_EQ(after.activeLines, before.activeLines);
        EXPECT_EQ(after.payments, before.payments);
        EXPECT_EQ(after.denied, before.denied + 1);
        // The newest access row is this refusal.
        EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                            QStringLiteral("id = (SELECT MAX(id) FROM access_events) AND outcome = 'denied' AND "
                                           "role = '%1' AND action = '%2'")
                                .arg(roleName(role), action)),
                  1);
    }
};

TEST_P(AccessRulesTest, KioskHoldsPaysAndCancelsItsOwnUnpaidHold)
{
    auto kiosk = as(Role::Kiosk, QStringLiteral("kiosk-1"));
    auto held = kiosk->hold(request({QStringLiteral("1A")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_TRUE(kiosk->find(held->reference).ok()); // its own booking it may see
    auto cancelled = kiosk->cancel(held->reference, QStringLiteral("traveller left"));
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->state, BookingState::Cancelled);

    auto another = kiosk->hold(request({QStringLiteral("1B")}));
    ASSERT_TRUE(another.ok());
    auto paid = pay(*kiosk, another->reference);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied'")), 0);
}

TEST_P(AccessRulesTest, KioskMayNotCancelAnotherTerminalsHoldNorItsOwnPaidBooking)
{
    auto mine = as(Role::Kiosk, QStringLiteral("kiosk-1"));
    auto other = as(Role::Kiosk, QStringLiteral("kiosk-2"));
    auto held = mine->hold(request({QStringLiteral("2A")}));
    ASSERT_TRUE(held.ok());
    Snapshot before = snapshot();
    expectRefused(other->cancel(held->reference, QString()), Role::Kiosk, before, QStringLiteral("cancel"));
    EXPECT_EQ(service->find(held->reference)->state, BookingState::SeatHeld);

    ASSERT_TRUE(pay(*mine, held->reference).ok());
    before = snapshot();
    expectRefused(mine->cancel(held->reference, QString()), Role::Kiosk, before, QStringLiteral("cancel"));
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Confirmed);
    // The refusal names the booking it was about.
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("target = '%1'").arg(held->reference)), 2);
}

// A kiosk whose own hold already ended is told that, not that it is forbidden.
TEST_P(AccessRulesTest, KioskCancellingItsOwnEndedHoldIsToldItEnded)
{
    auto kiosk = as(Role::Kiosk, QStringLiteral("kiosk-1"));
    auto held = kiosk->hold(request({QStringLiteral("2C")}));
    ASSERT_TRUE(held.ok());
    ASSERT_TRUE(kiosk->cancel(held->reference, QStringLiteral("traveller left")).ok());
    const Snapshot before = snapshot();
    auto again = kiosk->cancel(held->reference, QStringLiteral("pressed twice"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::WrongState) << again.error().message.toStdString();
    EXPECT_EQ(snapshot().denied, before.denied);
    EXPECT_EQ(snapshot().events, before.events);
}

// The kiosk's connection dies between its hold and the traveller's "cancel": that is an
// outage to wait out (DatabaseUnavailable), not a refusal (paying: LiveKioskReconnect).
TEST_P(AccessRulesTest, ALostConnectionIsNotMistakenForARefusal)
{
    if (GetParam() != Backend::PostgreSQL)
        GTEST_SKIP() << "an embedded SQLite file has no server connection to lose";
    auto connection = Database::open(url(), QStringLiteral("kiosk-cut-off"));
    ASSERT_TRUE(connection.ok()) << connection.error().message.toStdString();
    BookingService kiosk(**connection, gateway, Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk"), Role::Kiosk});
    auto held = kiosk.hold(request({QStringLiteral("2D")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                                         "application_name LIKE '%kiosk-cut-off%'")),
              1);
    const Snapshot before = snapshot();
    auto cancelled = kiosk.cancel(held->reference, QStringLiteral("traveller left"));
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::DatabaseUnavailable) << cancelled.error().message.toStdString();
    EXPECT_EQ(snapshot().denied, before.denied);
    EXPECT_EQ(service->find(held->reference)->state, BookingState::SeatHeld);
}

// A statement that breaks a rule of the schema is a bug to report (Internal, with the rule),
// not an outage to wait out; SQLite's driver reports both the same way.
TEST_P(AccessRulesTest, ABrokenRuleOfTheSchemaIsNotMistakenForALostConnection)
{
    auto broken = db->execute(QStringLiteral("UPDATE waitlist_settings SET offer_seconds = 10"),
                              QStringLiteral("setting an offer time below the minimum"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Internal) << broken.error().message.toStdString();
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("check"), Qt::CaseInsensitive))
        << broken.error().message.toStdString();
    EXPECT_TRUE(db->execute(QStringLiteral("SELECT 1"), QStringLiteral("asking again")).ok());
}

TEST_P(AccessRulesTest, LookingUpAnyBookingNeedsAnAgent)
{
    const Booking booking = confirmed({QStringLiteral("3A")});
    BookingQuery query;
    query.reference = booking.reference;
    for (Role role : AllRoles) {
        auto actor = as(role);
        const Snapshot before = snapshot();
        auto found = actor->find(booking.reference);
        if (role == Role::Kiosk)
            expectRefused(found, role, before, QStringLiteral("look up bookings"));
        auto searched = actor->search(query);
        auto history = actor->history(booking.reference);
        if (role == Role::Kiosk) {
            EXPECT_EQ(searched.error().code, ErrorCode::Forbidden);
            EXPECT_EQ(history.error().code, ErrorCode::Forbidden);
            // An unknown reference is refused the same way: a kiosk learns nothing.
            EXPECT_EQ(actor->find(QStringLiteral("ZZZZZZ")).error().code, ErrorCode::Forbidden);
        } else {
            ASSERT_TRUE(found.ok()) << roleName(role).toStdString();
            ASSERT_TRUE(searched.ok());
            EXPECT_EQ(searched->size(), 1);
            EXPECT_TRUE(history.ok());
        }
    }
}

TEST_P(AccessRulesTest, CancellingAnyBookingNeedsAnAgent)
{
    int row = 4;
    for (Role role : AllRoles) {
        const Booking booking = confirmed({QStringLiteral("%1A").arg(row++)});
        auto actor = as(role);
        const Snapshot before = snapshot();
        auto cancelled = actor->cancel(booking.reference, QStringLiteral("customer request"));
        if (role == Role::Kiosk) {
            expectRefused(cancelled, role, before, QStringLiteral("cancel"));
            continue;
        }
        // Allowed, but a paid booking is only cancelled together with what it owes back.
        ASSERT_FALSE(cancelled.ok()) << roleName(role).toStdString();
        EXPECT_EQ(cancelled.error().code, ErrorCode::WrongState);
        EXPECT_TRUE(cancelled.error().message.contains(QStringLiteral("refund"))) << cancelled.error().message.toStdString();
        EXPECT_EQ(service->find(booking.reference)->state, BookingState::Confirmed);
        auto withRefund = waitFor(actor->cancelWithRefund({booking.reference, std::nullopt,
                                                           QStringLiteral("customer request"), std::nullopt, QString()}),
                                  30000);
        ASSERT_TRUE(withRefund.ok()) << roleName(role).toStdString() << ": " << withRefund.error().message.toStdString();
        EXPECT_NE(withRefund->booking.state, BookingState::Confirmed);
        EXPECT_EQ(countRows(*db, QStringLiteral("refunds"), QStringLiteral("payment_id = (SELECT id FROM payments WHERE "
                                                                              "booking_id = %1)")
                                                               .arg(booking.id)),
                  1); // 50 % by the policy (the test flight leaves in 48 h), written with the cancellation
    }
}

// A kiosk pays, finds and cancels only what it held itself, and only by the reference the
// traveller holds: another kiosk's hold or a numeric id is refused, revealing nothing.
TEST_P(AccessRulesTest, AKioskPaysOnlyItsOwnHoldsAndOnlyByReference)
{
    auto mine = as(Role::Kiosk, QStringLiteral("kiosk-1"));
    auto other = as(Role::Kiosk, QStringLiteral("kiosk-2"));
    auto held = mine->hold(request({QStringLiteral("9C")}));
    ASSERT_TRUE(held.ok());
    const Snapshot before = snapshot();
    expectRefused(waitFor(other->submitPayment(held->reference, card()), 30000), Role::Kiosk, before,
                  QStringLiteral("pay for a booking made elsewhere"));
    EXPECT_EQ(service->find(held->reference)->state, BookingState::SeatHeld);
    const Snapshot beforeId = snapshot();
    expectRefused(mine->find(QString::number(held->id)), Role::Kiosk, beforeId, QStringLiteral("look up bookings"));
    const Snapshot beforePayById = snapshot();
    expectRefused(waitFor(mine->submitPayment(QString::number(held->id), card()), 30000), Role::Kiosk, beforePayById,
                  QStringLiteral("pay for a booking made elsewhere"));
    auto paid = waitFor(mine->submitPayment(held->reference.toLower(), card()), 30000);
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid->state, BookingState::Confirmed);
}

TEST_P(AccessRulesTest, AnyAmountRefundNeedsASupervisor)
{
    int row = 4;
    for (Role role : AllRoles) {
        const Booking booking = confirmed({QStringLiteral("%1B").arg(row++)});
        ASSERT_TRUE(cancelPaid(booking.reference).ok());
        auto actor = as(role);
        const Snapshot before = snapshot();
        auto refunded = waitFor(actor->refund(RefundRequest{booking.reference, std::nullopt, QString(), QString()}), 30000);
        if (role == Role::Kiosk || role == Role::Agent) {
            expectRefused(refunded, role, before, QStringLiteral("override the refund policy"));
            for (const auto &charge : gateway.ledger())
                EXPECT_EQ(charge.refundedMinor, 0);
            continue;
        }
        ASSERT_TRUE(refunded.ok()) << roleName(role).toStdString() << ": " << refunded.error().message.toStdString();
        EXPECT_EQ(refunded->state, BookingState::Refunded);
    }
}

TEST_P(AccessRulesTest, ChangingASeatNeedsAnAgent)
{
    int row = 4;
    for (Role role : AllRoles) {
        const QString from = QStringLiteral("%1C").arg(row);
        const QString to = QStringLiteral("%1D").arg(row++);
        const Booking booking = confirmed({from});
        auto actor = as(role);
        const Snapshot before = snapshot();
        auto moved = actor->changeSeat(booking.reference, *SeatCode::parse(from), *SeatCode::parse(to));
        if (role == Role::Kiosk) {
            expectRefused(moved, role, before, QStringLiteral("change seat"));
            continue;
        }
        ASSERT_TRUE(moved.ok()) << roleName(role).toStdString() << ": " << moved.error().message.toStdString();
        EXPECT_EQ(moved->passengers.first().seat.toString(), to);
    }
}

TEST_P(AccessRulesTest, HoldingLongerThanStandardIsADeskService)
{
    QChar letter = QLatin1Char('A');
    for (Role role : AllRoles) {
        auto actor = as(role);
        const Snapshot before = snapshot();
        auto held = actor->hold(request({QStringLiteral("8") + letter}, 3600));
        letter = QChar(letter.unicode() + 1);
        if (role == Role::Kiosk) {
            expectRefused(held, role, before, QStringLiteral("hold seats longer than the standard hold time"));
            EXPECT_TRUE(actor->hold(request({QStringLiteral("9A")}, 60)).ok()); // shorter is anyone's
            continue;
        }
        ASSERT_TRUE(held.ok()) << roleName(role).toStdString() << ": " << held.error().message.toStdString();
    }
}

TEST_P(AccessRulesTest, TheAuditTrailNamesTheActingUser)
{
    auto agent = as(Role::Agent, QStringLiteral("desk-3"));
    auto held = agent->hold(request({QStringLiteral("9F")}));
    ASSERT_TRUE(held.ok());
    service->setActor(Actor{QStringLiteral("desk-4"), QStringLiteral("sue"), Role::Supervisor});
    ASSERT_TRUE(service->cancel(held->reference, QStringLiteral("customer request")).ok());
    auto history = service->history(held->reference);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).actor, QStringLiteral("agent-user"));
    EXPECT_EQ(history->at(0).terminal, QStringLiteral("desk-3"));
    EXPECT_EQ(history->at(1).actor, QStringLiteral("sue"));
    EXPECT_EQ(history->at(1).terminal, QStringLiteral("desk-4"));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AccessRulesTest);
