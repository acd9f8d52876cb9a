// Limits per terminal on both databases: a kiosk terminal may have 2 unpaid holds at once
// and place 10 holds a minute (the migration's defaults), an agent more; a hold beyond a
// limit is refused saying which limit and until when, holds nothing and is in the access
// log; paying, releasing or a lapse frees a place; a retry of an earlier hold still gets
// its booking. After a declined payment the hold is extended once. Only an admin changes
// the limits.
#include "BackendFixture.h"
#include "ServerClock.h"
#include "SqlProbe.h"

#include "booking/HoldLimitSettings.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class HoldLimitsTest : public BackendTest {
protected:
    BookingService &terminal(const QString &name, Role role = Role::Kiosk)
    {
        m_terminals.push_back(std::make_unique<BookingService>(*db, gateway, Actor{name, roleName(role), role}));
        return *m_terminals.back();
    }
    HoldLimitSettings settingsAs(Role role)
    {
        return HoldLimitSettings(*db, Actor{QStringLiteral("ops-1"), roleName(role), role});
    }
    void setLimits(Role role, std::optional<int> unpaid, std::optional<int> perMinute, int extension = 300)
    {
        ASSERT_TRUE(settingsAs(Role::Admin).set(HoldLimits{role, unpaid, perMinute, extension}).ok());
    }
    qint64 refusalsLogged(const QString &terminalName, const QString &detail)
    {
        return countRows(*db, QStringLiteral("access_events"),
                         QStringLiteral("action = 'hold seats' AND outcome = 'denied' AND terminal = '%1' AND detail = '%2'")
                             .arg(terminalName, detail));
    }
    QDateTime deadlineOf(const QString &reference)
    {
        auto booking = service->find(reference);
        EXPECT_TRUE(booking.ok());
        return booking ? booking->holdDeadlineUtc : QDateTime();
    }

    std::vector<std::unique_ptr<BookingService>> m_terminals;
};

TEST_P(HoldLimitsTest, AKioskHoldsTwoUnpaidAndTheThirdIsRefusedSayingUntilWhen)
{
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    auto first = kiosk.hold(request({QStringLiteral("1A")}, 600));
    auto second = kiosk.hold(request({QStringLiteral("1B")}, 300));
    ASSERT_TRUE(first.ok() && second.ok());

    auto third = kiosk.hold(request({QStringLiteral("1C")}));
    ASSERT_FALSE(third.ok());
    const Error &refusal = third.error();
    EXPECT_EQ(refusal.code, ErrorCode::LimitReached);
    EXPECT_EQ(refusal.exitCode(), 3);
    EXPECT_EQ(refusal.details.value(0), QStringLiteral("unpaid_limit"));
    EXPECT_EQ(refusal.details.value(1), QStringLiteral("2"));
    // Until the first of the two lapses: the second, with the shorter hold.
    const QDateTime until = QDateTime::fromString(refusal.details.value(2), Qt::ISODate);
    EXPECT_LE(qAbs(until.msecsTo(second->holdDeadlineUtc)), 1000) << refusal.details.value(2).toStdString();
    EXPECT_TRUE(refusal.message.contains(QStringLiteral("terminal kiosk-7 already has 2 unpaid hold(s), the most one "
                                                        "kiosk terminal may have at once")))
        << refusal.message.toStdString();
    EXPECT_TRUE(refusal.message.contains(second->holdDeadlineUtc.toString(QStringLiteral("HH:mm")))) << refusal.message.toStdString();

    // Nothing held, the refusal logged, the seat free for another terminal.
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 2);
    EXPECT_EQ(refusalsLogged(QStringLiteral("kiosk-7"), QStringLiteral("unpaid_limit 2")), 1);
    EXPECT_TRUE(terminal(QStringLiteral("kiosk-8")).hold(request({QStringLiteral("1C")})).ok());
}

TEST_P(HoldLimitsTest, PayingReleasingOrALapseFreesAPlace)
{
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    auto first = kiosk.hold(request({QStringLiteral("2A")}));
    auto second = kiosk.hold(request({QStringLiteral("2B")}));
    ASSERT_TRUE(first.ok() && second.ok());
    ASSERT_FALSE(kiosk.hold(request({QStringLiteral("2C")})).ok());

    ASSERT_TRUE(pay(kiosk, first->reference).ok());
    auto third = kiosk.hold(request({QStringLiteral("2C")}));
    ASSERT_TRUE(third.ok()) << third.error().message.toStdString();
    ASSERT_FALSE(kiosk.hold(request({QStringLiteral("2D")})).ok());

    ASSERT_TRUE(kiosk.cancel(third->reference, QStringLiteral("traveller left")).ok());
    auto fourth = kiosk.hold(request({QStringLiteral("2D")}));
    ASSERT_TRUE(fourth.ok()) << fourth.error().message.toStdString();

    makeLapse(*db, second->reference);
    auto fifth = kiosk.hold(request({QStringLiteral("2E")}));
    EXPECT_TRUE(fifth.ok()) << fifth.error().message.toStdString();
}

TEST_P(HoldLimitsTest, TheRateLimitCountsTheHoldsOfTheLastMinute)
{
    setLimits(Role::Kiosk, std::nullopt, 3);
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    QList<Booking> held;
    for (const QString &seat : {QStringLiteral("3A"), QStringLiteral("3B"), QStringLiteral("3C")}) {
        auto booking = kiosk.hold(request({seat}));
        ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
        ASSERT_TRUE(kiosk.cancel(booking->reference, QStringLiteral("changed mind")).ok());
        held << *booking;
    }
    // Released holds count too: the limit is on how often a terminal holds.
    auto fourth = kiosk.hold(request({QStringLiteral("3D")}));
    ASSERT_FALSE(fourth.ok());
    EXPECT_EQ(fourth.error().code, ErrorCode::LimitReached);
    EXPECT_EQ(fourth.error().details.value(0), QStringLiteral("rate_limit"));
    const QDateTime until = QDateTime::fromString(fourth.error().details.value(2), Qt::ISODate);
    EXPECT_LE(qAbs(until.msecsTo(held.first().createdUtc.addSecs(60))), 1000) << fourth.error().details.value(2).toStdString();
    EXPECT_TRUE(fourth.error().message.contains(QStringLiteral("placed 3 holds in the last minute"))) << fourth.error().message.toStdString();
    EXPECT_EQ(refusalsLogged(QStringLiteral("kiosk-7"), QStringLiteral("rate_limit 3")), 1);
    EXPECT_TRUE(terminal(QStringLiteral("kiosk-8")).hold(request({QStringLiteral("3D")})).ok());
}

TEST_P(HoldLimitsTest, AnAgentHoldsMoreThanAKioskWithinItsOwnLimits)
{
    BookingService &desk = terminal(QStringLiteral("desk-2"), Role::Agent);
    for (const QString &seat : {QStringLiteral("4A"), QStringLiteral("4B"), QStringLiteral("4C")})
        ASSERT_TRUE(desk.hold(request({seat})).ok()) << seat.toStdString();
    setLimits(Role::Agent, 4, 60);
    EXPECT_TRUE(desk.hold(request({QStringLiteral("4D")})).ok());
    auto fifth = desk.hold(request({QStringLiteral("4E")}));
    ASSERT_FALSE(fifth.ok());
    EXPECT_TRUE(fifth.error().message.contains(QStringLiteral("4 unpaid hold(s), the most one agent terminal")))
        << fifth.error().message.toStdString();
    // The test's admin service has no limits at all.
    for (const QString &seat : {QStringLiteral("5A"), QStringLiteral("5B"), QStringLiteral("5C"), QStringLiteral("5D")})
        EXPECT_TRUE(service->hold(request({seat})).ok());
}

TEST_P(HoldLimitsTest, ARetryOfAnEarlierHoldStillGetsItsBookingAtTheLimit)
{
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    HoldRequest keyed = request({QStringLiteral("6A")});
    keyed.idempotencyKey = QStringLiteral("kiosk-7-journey-1");
    auto first = kiosk.hold(keyed);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(kiosk.hold(request({QStringLiteral("6B")})).ok());
    auto retry = kiosk.hold(keyed);
    ASSERT_TRUE(retry.ok()) << retry.error().message.toStdString();
    EXPECT_EQ(retry->reference, first->reference);
}

TEST_P(HoldLimitsTest, TheStandardLimitsAreTheMigrationsAndOnlyAnAdminChangesThem)
{
    auto standard = settingsAs(Role::Kiosk).limits();
    ASSERT_TRUE(standard.ok());
    ASSERT_EQ(standard->size(), 4);
    EXPECT_EQ(HoldLimitSettings::describe(standard->at(0)),
              QStringLiteral("unpaid holds at once: 2; holds per minute: 10; after a declined payment: +300 s"));
    EXPECT_EQ(HoldLimitSettings::describe(standard->at(1)),
              QStringLiteral("unpaid holds at once: 10; holds per minute: 60; after a declined payment: +300 s"));
    EXPECT_EQ(HoldLimitSettings::describe(standard->at(3)),
              QStringLiteral("unpaid holds at once: no limit; holds per minute: no limit; after a declined payment: +300 s"));

    auto forbidden = settingsAs(Role::Supervisor).set(HoldLimits{Role::Kiosk, 5, 10, 300});
    ASSERT_FALSE(forbidden.ok());
    EXPECT_EQ(forbidden.error().code, ErrorCode::Forbidden);
    for (const HoldLimits &bad : {HoldLimits{Role::Kiosk, 0, 10, 300}, HoldLimits{Role::Kiosk, 2, 20000, 300},
                                  HoldLimits{Role::Kiosk, 2, 10, 3601}, HoldLimits{Role::Kiosk, 2, 10, -1}}) {
        auto refused = settingsAs(Role::Admin).set(bad);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::BadInput) << refused.error().message.toStdString();
    }
    auto after = settingsAs(Role::Kiosk).limits();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(HoldLimitSettings::describe(after->at(0)), HoldLimitSettings::describe(standard->at(0)));

    setLimits(Role::Kiosk, 3, std::nullopt, 120);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'set hold limits' AND target = 'role kiosk' AND detail = "
                                       "'unpaid holds at once: 2; holds per minute: 10; after a declined payment: "
                                       "+300 s -> unpaid holds at once: 3; holds per minute: no limit; after a "
                                       "declined payment: +120 s'")),
              1);
}

TEST_P(HoldLimitsTest, ADeclinedPaymentExtendsTheHoldOnce)
{
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    auto held = kiosk.hold(request({QStringLiteral("7A")}, 600));
    ASSERT_TRUE(held.ok());
    const QDateTime before = deadlineOf(held->reference);

    auto declined = pay(kiosk, held->reference, card(QStringLiteral("4000000000000002")));
    ASSERT_FALSE(declined.ok());
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    const qsizetype at = declined.error().details.indexOf(QStringLiteral("hold_extended"));
    ASSERT_GE(at, 0) << declined.error().details.join(QLatin1Char('|')).toStdString();
    const QDateTime extended = deadlineOf(held->reference);
    EXPECT_EQ(before.msecsTo(extended), 300 * 1000);
    EXPECT_EQ(QDateTime::fromString(declined.error().details.value(at + 1), Qt::ISODate).toSecsSinceEpoch(),
              extended.toSecsSinceEpoch());
    EXPECT_TRUE(declined.error().message.contains(QStringLiteral("held until"))) << declined.error().message.toStdString();

    // Once only: a second decline keeps the deadline; a good card then pays.
    auto again = pay(kiosk, held->reference, card(QStringLiteral("4000000000000002")));
    ASSERT_FALSE(again.ok());
    EXPECT_FALSE(again.error().details.contains(QStringLiteral("hold_extended")));
    EXPECT_EQ(deadlineOf(held->reference), extended);
    EXPECT_TRUE(pay(kiosk, held->reference).ok());
}

TEST_P(HoldLimitsTest, NoExtensionWhenTheRolesExtensionIsZero)
{
    setLimits(Role::Kiosk, 2, 10, 0);
    BookingService &kiosk = terminal(QStringLiteral("kiosk-7"));
    auto held = kiosk.hold(request({QStringLiteral("8A")}, 600));
    ASSERT_TRUE(held.ok());
    const QDateTime before = deadlineOf(held->reference);
    auto declined = pay(kiosk, held->reference, card(QStringLiteral("4000000000000002")));
    ASSERT_FALSE(declined.ok());
    EXPECT_FALSE(declined.error().details.contains(QStringLiteral("hold_extended")));
    EXPECT_EQ(deadlineOf(held->reference), before);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(HoldLimitsTest);
