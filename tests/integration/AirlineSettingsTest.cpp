// The airline settings check-in reads (airlines, check-in windows, bag allowances), on both
// databases: an admin's change reaches the next check-in and bag declaration, other roles
// and bad input change nothing, every change is in the access log with old and new value.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "checkin/AirlineSettings.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInService.h"
#include "storage/CheckInRepository.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AirlineSettingsTest : public BackendTest {
protected:
    TestFlightSpec flightSpec() const override { return checkInOpenFlight(); }
    AirlineSettings as(Role role) { return AirlineSettings(*db, Actor{QStringLiteral("desk-9"), roleName(role), role}); }
    QString confirmedFor(const QString &seatCode, const QString &name)
    {
        auto r = request({seatCode});
        r.passengers = {name};
        auto held = service->hold(r);
        EXPECT_TRUE(held.ok()) << held.error().message.toStdString();
        return held && pay(held->reference).ok() ? held->reference : QString();
    }
    qint64 logged(const QString &where) { return countRows(*db, QStringLiteral("access_events"), where); }

    Actor kiosk{QStringLiteral("kiosk-7"), QStringLiteral("kiosk"), Role::Kiosk};
};

TEST_P(AirlineSettingsTest, AWindowSetByAnAdminDecidesTheNextCheckInAndResetGoesBackToTheStandard)
{
    const QString reference = confirmedFor(QStringLiteral("3A"), QStringLiteral("Ada Lovelace"));
    CheckInService checkIns(*db, kiosk);
    // The route's window (opens 2 h before) wins over the airline's (48 h): not open yet.
    ASSERT_TRUE(as(Role::Admin).setWindow(QStringLiteral("kx"), QString(), 48 * 60, 60).ok());
    auto route = as(Role::Admin).setWindow(QStringLiteral("KX"), QStringLiteral("dub-lhr"), 120, 30);
    ASSERT_TRUE(route.ok()) << route.error().message.toStdString();
    EXPECT_EQ(route->route, QStringLiteral("DUB-LHR"));
    auto early = checkIns.checkIn(reference, QStringLiteral("Lovelace"));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("opens 2 hours before departure")))
        << early.error().message.toStdString();

    // Without the route's window the airline's applies (48 h to 60 min): open.
    auto reset = as(Role::Admin).resetWindow(QStringLiteral("KX"), QStringLiteral("DUB-LHR"));
    ASSERT_TRUE(reset.ok());
    EXPECT_TRUE(*reset);
    EXPECT_FALSE(*as(Role::Admin).resetWindow(QStringLiteral("KX"), QStringLiteral("DUB-LHR"))); // nothing left to reset
    auto listed = as(Role::Kiosk).windows(); // anyone may read them
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).window.opensMinutes, 48 * 60);
    EXPECT_TRUE(checkIns.checkIn(reference, QStringLiteral("Lovelace")).ok());

    EXPECT_EQ(logged(QStringLiteral("action = 'set check-in window' AND target = 'airline KX route DUB-LHR' "
                                    "AND detail = 'standard -> opens 2 hours, closes 30 minutes before departure'")),
              1);
    EXPECT_EQ(logged(QStringLiteral("action = 'reset check-in window' AND actor = 'admin'")), 1);
}

TEST_P(AirlineSettingsTest, AnAllowanceSetByAnAdminLimitsTheNextBagDeclaration)
{
    auto airline = as(Role::Admin).setAirline(QStringLiteral("KX"), {QStringLiteral("999"), QStringLiteral("Kestrel Air"), {}});
    ASSERT_TRUE(airline.ok()) << airline.error().message.toStdString();
    const QString reference = confirmedFor(QStringLiteral("4A"), QStringLiteral("Ada Lovelace"));
    ASSERT_TRUE(CheckInService(*db, kiosk).checkIn(reference, QStringLiteral("Lovelace")).ok());
    BagTagger tagger(*db, kiosk);
    const SeatCode seat = *SeatCode::parse(QStringLiteral("4A"));
    EXPECT_FALSE(tagger.declare(reference, QStringLiteral("Lovelace"), seat, 2).ok()); // standard economy: 1

    auto set = as(Role::Admin).setAllowance(QStringLiteral("KX"), Cabin::Economy, 3);
    ASSERT_TRUE(set.ok()) << set.error().message.toStdString();
    auto tags = tagger.declare(reference, QStringLiteral("Lovelace"), seat, 3);
    ASSERT_TRUE(tags.ok()) << tags.error().message.toStdString();
    EXPECT_EQ(tags->size(), 3);
    EXPECT_EQ(tags->at(0).tagNumber.mid(1, 3), QStringLiteral("999"));

    ASSERT_TRUE(*as(Role::Admin).resetAllowance(QStringLiteral("KX"), Cabin::Economy));
    EXPECT_EQ(*tagger.allowance(QStringLiteral("KX"), Cabin::Economy), 1);
    EXPECT_EQ(logged(QStringLiteral("action = 'set bag allowance' AND target = 'airline KX cabin Y' "
                                    "AND detail = 'standard 1 -> 3'")),
              1);
    EXPECT_EQ(logged(QStringLiteral("action = 'reset bag allowance' AND detail = '-> standard 1'")), 1);
}

TEST_P(AirlineSettingsTest, AnAirlineIsAddedThenChangedFieldByField)
{
    auto incomplete = as(Role::Admin).setAirline(QStringLiteral("KX"), {QStringLiteral("999"), {}, {}});
    ASSERT_FALSE(incomplete.ok());
    EXPECT_EQ(incomplete.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(incomplete.error().message.contains(QStringLiteral("not on file")));

    ASSERT_TRUE(as(Role::Admin)
                    .setAirline(QStringLiteral("KX"), {QStringLiteral("999"), QStringLiteral(" Kestrel Air "),
                                                       QStringLiteral("1 Runway Road\nDublin")})
                    .ok());
    auto renamed = as(Role::Admin).setAirline(QStringLiteral("kx"), {{}, QStringLiteral("Kestrel Airways"), {}});
    ASSERT_TRUE(renamed.ok()) << renamed.error().message.toStdString();
    auto stored = CheckInRepository(*db).airline(QStringLiteral("KX"));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->numericCode, QStringLiteral("999"));
    EXPECT_EQ(stored->name, QStringLiteral("Kestrel Airways"));
    EXPECT_EQ(stored->address, QStringLiteral("1 Runway Road\nDublin")); // kept
    EXPECT_EQ(logged(QStringLiteral("action = 'set airline' AND target = 'airline KX' AND detail = "
                                    "'999 Kestrel Air [1 Runway Road / Dublin] -> 999 Kestrel Airways [1 Runway Road / Dublin]'")),
              1);
    auto all = as(Role::Agent).airlines();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->at(0).designator, QStringLiteral("KX"));
}

TEST_P(AirlineSettingsTest, OnlyAnAdminChangesThemAndTheRefusalIsLogged)
{
    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor}) {
        auto refused = as(role).setWindow(QStringLiteral("KX"), QString(), 600, 60);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("configure airlines is not allowed for role ")
                                                     + roleName(role)))
            << refused.error().message.toStdString();
        EXPECT_EQ(as(role).setAllowance(QStringLiteral("KX"), Cabin::First, 3).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(as(role).setAirline(QStringLiteral("KX"), {QStringLiteral("999"), QStringLiteral("K"), {}}).error().code,
                  ErrorCode::Forbidden);
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("check_in_windows")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("bag_allowances")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("airlines")), 0);
    EXPECT_EQ(logged(QStringLiteral("outcome = 'denied' AND action = 'configure airlines'")), 9);
}

TEST_P(AirlineSettingsTest, BadInputIsRefusedWithItsReasonAndChangesNothing)
{
    AirlineSettings admin = as(Role::Admin);
    const auto refusedWith = [](const auto &result, const QString &words) {
        EXPECT_FALSE(result.ok());
        if (result.ok())
            return;
        EXPECT_EQ(result.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(result.error().message.contains(words)) << result.error().message.toStdString();
    };
    refusedWith(admin.setWindow(QStringLiteral("K"), QString(), 600, 60), QStringLiteral("2 or 3 letters or digits"));
    refusedWith(admin.setWindow(QStringLiteral("KX"), QStringLiteral("DUB"), 600, 60), QStringLiteral("FROM-TO"));
    refusedWith(admin.setWindow(QStringLiteral("KX"), QStringLiteral("DUB-DUB"), 600, 60), QStringLiteral("two different"));
    refusedWith(admin.setWindow(QStringLiteral("KX"), QString(), 60, 60), QStringLiteral("must close after it opens"));
    refusedWith(admin.setWindow(QStringLiteral("KX"), QString(), 0, 0), QStringLiteral("from 1 minute"));
    refusedWith(admin.setWindow(QStringLiteral("KX"), QString(), AirlineSettings::MaxOpensMinutes + 1, 0),
                QStringLiteral("up to 720 hours"));
    refusedWith(admin.setAllowance(QStringLiteral("KX"), Cabin::Economy, 10), QStringLiteral("0 to 9 bags, not 10"));
    refusedWith(admin.setAllowance(QStringLiteral("KX"), Cabin::Economy, -1), QStringLiteral("0 to 9 bags"));
    refusedWith(admin.setAirline(QStringLiteral("KX"), {QStringLiteral("99"), QStringLiteral("Kestrel"), {}}),
                QStringLiteral("3 digits"));
    refusedWith(admin.setAirline(QStringLiteral("KX"), {QStringLiteral("999"), QStringLiteral("  "), {}}),
                QStringLiteral("cannot be empty"));
    refusedWith(admin.setAirline(QStringLiteral("KX"), {QStringLiteral("999"), QString(81, QLatin1Char('x')), {}}),
                QStringLiteral("at most 80"));
    for (const QString &table : {QStringLiteral("check_in_windows"), QStringLiteral("bag_allowances"), QStringLiteral("airlines"),
                                 QStringLiteral("access_events")})
        EXPECT_EQ(countRows(*db, table), 0) << table.toStdString();
}

TEST_P(AirlineSettingsTest, DurationsAreReadAsHoursAndMinutesOrRefused)
{
    EXPECT_EQ(*AirlineSettings::minutes(QStringLiteral("24h"), QStringLiteral("OPENS")), 1440);
    EXPECT_EQ(*AirlineSettings::minutes(QStringLiteral("45m"), QStringLiteral("OPENS")), 45);
    EXPECT_EQ(*AirlineSettings::minutes(QStringLiteral("1h30m"), QStringLiteral("OPENS")), 90);
    EXPECT_EQ(*AirlineSettings::minutes(QStringLiteral(" 90 "), QStringLiteral("OPENS")), 90);
    for (const QString &bad : {QString(), QStringLiteral("m"), QStringLiteral("soon"), QStringLiteral("-5"),
                               QStringLiteral("1.5h"), QStringLiteral("h30")}) {
        auto refused = AirlineSettings::minutes(bad, QStringLiteral("OPENS"));
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_TRUE(refused.error().message.contains(QStringLiteral("OPENS must be a time before departure")));
    }
}

KIOSK_ON_BOTH_BACKENDS(AirlineSettingsTest);

} // namespace
