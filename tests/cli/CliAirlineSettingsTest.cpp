// kioskctl airline / checkin-window / bag-allowance on SQLite and PostgreSQL: an admin's
// settings are listed and used, other roles exit 6, bad input exits 2 and changes nothing.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliAirlineSettingsTest : public CliTest {
protected:
    CtlRun run(const QStringList &arguments) { return ctl(arguments); }
};

TEST_P(CliAirlineSettingsTest, AnAirlineIsAddedChangedAndListed)
{
    const CtlRun added = run({QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("kx"), QStringLiteral("--numeric-code"),
                              QStringLiteral("999"), QStringLiteral("--name"), QStringLiteral("Kestrel Air"),
                              QStringLiteral("--address"), QStringLiteral("1 Runway Road"), QStringLiteral("--address"),
                              QStringLiteral("Dublin")});
    ASSERT_EQ(added.exitCode, 0) << added.describe();
    const CtlRun renamed = run({QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("--name"),
                                QStringLiteral("Kestrel Airways")});
    ASSERT_EQ(renamed.exitCode, 0) << renamed.describe();
    const CtlRun shown = run({QStringLiteral("airline"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    const QJsonArray airlines = shown.json()[QStringLiteral("airlines")].toArray();
    ASSERT_EQ(airlines.size(), 1);
    EXPECT_EQ(airlines[0][QStringLiteral("designator")].toString(), QStringLiteral("KX"));
    EXPECT_EQ(airlines[0][QStringLiteral("numeric_code")].toString(), QStringLiteral("999"));
    EXPECT_EQ(airlines[0][QStringLiteral("name")].toString(), QStringLiteral("Kestrel Airways"));
    EXPECT_EQ(airlines[0][QStringLiteral("address")].toArray(), (QJsonArray{QStringLiteral("1 Runway Road"), QStringLiteral("Dublin")}));
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'set airline' AND actor = 'operator'")),
              2);
}

TEST_P(CliAirlineSettingsTest, WindowsAndAllowancesAreSetListedAndReset)
{
    const CtlRun route = run({QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("2h"),
                              QStringLiteral("30m"), QStringLiteral("--route"), QStringLiteral("DUB-LHR")});
    ASSERT_EQ(route.exitCode, 0) << route.describe();
    const CtlRun airline = run({QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"),
                                QStringLiteral("48h"), QStringLiteral("60")});
    ASSERT_EQ(airline.exitCode, 0) << airline.describe();
    const QJsonObject windows = airline.json();
    EXPECT_EQ(windows[QStringLiteral("standard")][QStringLiteral("opens_minutes")].toInt(), 1440);
    EXPECT_EQ(windows[QStringLiteral("standard")][QStringLiteral("closes_minutes")].toInt(), 45);
    const QJsonArray list = windows[QStringLiteral("windows")].toArray();
    ASSERT_EQ(list.size(), 2);
    EXPECT_TRUE(list[0][QStringLiteral("route")].isNull()); // the airline's own sorts first
    EXPECT_EQ(list[0][QStringLiteral("opens_minutes")].toInt(), 2880);
    EXPECT_EQ(list[1][QStringLiteral("route")].toString(), QStringLiteral("DUB-LHR"));
    EXPECT_EQ(list[1][QStringLiteral("closes_minutes")].toInt(), 30);
    const CtlRun reset = run({QStringLiteral("checkin-window"), QStringLiteral("reset"), QStringLiteral("KX"),
                              QStringLiteral("--route"), QStringLiteral("DUB-LHR")});
    ASSERT_EQ(reset.exitCode, 0) << reset.describe();
    EXPECT_EQ(reset.json()[QStringLiteral("windows")].toArray().size(), 1);

    const CtlRun bags = run({QStringLiteral("bag-allowance"), QStringLiteral("set"), QStringLiteral("KX"),
                             QStringLiteral("economy"), QStringLiteral("3")});
    ASSERT_EQ(bags.exitCode, 0) << bags.describe();
    EXPECT_EQ(bags.json()[QStringLiteral("standard")][QStringLiteral("J")].toInt(), 2);
    const QJsonArray allowances = bags.json()[QStringLiteral("allowances")].toArray();
    ASSERT_EQ(allowances.size(), 1);
    EXPECT_EQ(allowances[0][QStringLiteral("cabin")].toString(), QStringLiteral("Y"));
    EXPECT_EQ(allowances[0][QStringLiteral("max_bags")].toInt(), 3);
    const CtlRun back = run({QStringLiteral("bag-allowance"), QStringLiteral("reset"), QStringLiteral("KX"), QStringLiteral("Y")});
    ASSERT_EQ(back.exitCode, 0) << back.describe();
    EXPECT_TRUE(back.json()[QStringLiteral("allowances")].toArray().isEmpty());
}

TEST_P(CliAirlineSettingsTest, BadInputExitsTwoWithItsReasonAndChangesNothing)
{
    const QList<QPair<QStringList, QString>> cases{
        {{QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("soon"), QStringLiteral("45m")},
         QStringLiteral("OPENS must be a time before departure")},
        {{QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("1h"), QStringLiteral("2h")},
         QStringLiteral("must close after it opens")},
        {{QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("1h")},
         QStringLiteral("missing argument")},
        {{QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("2h"), QStringLiteral("1h"),
          QStringLiteral("--route"), QStringLiteral("DUBLHR")},
         QStringLiteral("FROM-TO")},
        {{QStringLiteral("checkin-window"), QStringLiteral("open")}, QStringLiteral("unknown action 'open'")},
        {{QStringLiteral("bag-allowance"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("cargo"), QStringLiteral("2")},
         QStringLiteral("CABIN must be F, J, W, Y")},
        {{QStringLiteral("bag-allowance"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("Y"), QStringLiteral("12")},
         QStringLiteral("0 to 9 bags, not 12")},
        {{QStringLiteral("bag-allowance"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("Y"), QStringLiteral("two")},
         QStringLiteral("not 'two'")},
        {{QStringLiteral("bag-allowance"), QStringLiteral("show"), QStringLiteral("KX")}, QStringLiteral("takes no argument 'KX'")},
        {{QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("--numeric-code"), QStringLiteral("99")},
         QStringLiteral("3 digits")},
        {{QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("--numeric-code"), QStringLiteral("999")},
         QStringLiteral("give its numeric code and name")},
        {{QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KX")}, QStringLiteral("nothing to set")},
        {{QStringLiteral("airline"), QStringLiteral("set"), QStringLiteral("KESTREL"), QStringLiteral("--name"), QStringLiteral("K")},
         QStringLiteral("2 or 3 letters or digits")},
    };
    for (const auto &[arguments, words] : cases) {
        const CtlRun refused = run(arguments);
        EXPECT_EQ(refused.exitCode, 2) << refused.describe();
        EXPECT_TRUE(refused.error()[QStringLiteral("message")].toString().contains(words))
            << arguments.join(QLatin1Char(' ')).toStdString() << ": " << refused.describe();
    }
    for (const QString &table : {QStringLiteral("check_in_windows"), QStringLiteral("bag_allowances"), QStringLiteral("airlines"),
                                 QStringLiteral("access_events")})
        EXPECT_EQ(countRows(*db, table), 0) << table.toStdString();
}

// The sales cut-off: a flight 30 minutes out is closed by the standard hour (hold exit 3,
// nothing held); the route's own 20 minutes open it again; reset closes it again.
TEST_P(CliAirlineSettingsTest, ASalesCutOffDecidesWhetherAHoldIsSold)
{
    TestFlightSpec soon;
    soon.number = 180;
    soon.departsInSeconds = 30 * 60;
    const Flight closing = addTestFlight(*db, soon);
    const QStringList holdIt{QStringLiteral("hold"), QString::number(closing.id), QStringLiteral("2A")};
    const CtlRun closed = run(holdIt);
    EXPECT_EQ(closed.exitCode, 3) << closed.describe();
    EXPECT_EQ(closed.error()[QStringLiteral("error")].toString(), QStringLiteral("wrong_state")) << closed.describe();
    EXPECT_TRUE(closed.error()[QStringLiteral("message")].toString().contains(QStringLiteral("closed for sale"))) << closed.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);

    const CtlRun set = run({QStringLiteral("sales-cutoff"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("20m"),
                            QStringLiteral("--route"), QStringLiteral("DUB-LHR")});
    ASSERT_EQ(set.exitCode, 0) << set.describe();
    EXPECT_EQ(set.json()[QStringLiteral("standard")][QStringLiteral("closes_minutes")].toInt(), 60);
    const QJsonArray cutoffs = set.json()[QStringLiteral("cutoffs")].toArray();
    ASSERT_EQ(cutoffs.size(), 1);
    EXPECT_EQ(cutoffs[0][QStringLiteral("route")].toString(), QStringLiteral("DUB-LHR"));
    EXPECT_EQ(cutoffs[0][QStringLiteral("closes_minutes")].toInt(), 20);
    const CtlRun sold = run(holdIt);
    EXPECT_EQ(sold.exitCode, 0) << sold.describe();

    const CtlRun reset = run({QStringLiteral("sales-cutoff"), QStringLiteral("reset"), QStringLiteral("KX"), QStringLiteral("--route"),
                              QStringLiteral("DUB-LHR")});
    ASSERT_EQ(reset.exitCode, 0) << reset.describe();
    EXPECT_TRUE(reset.json()[QStringLiteral("cutoffs")].toArray().isEmpty());
    EXPECT_EQ(run({QStringLiteral("hold"), QString::number(closing.id), QStringLiteral("3A")}).exitCode, 3);
    for (const QStringList &bad : {QStringList{QStringLiteral("sales-cutoff"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("soon")},
                                   QStringList{QStringLiteral("sales-cutoff"), QStringLiteral("set"), QStringLiteral("KX"), QStringLiteral("200h")},
                                   QStringList{QStringLiteral("sales-cutoff"), QStringLiteral("show"), QStringLiteral("KX")}}) {
        const CtlRun refused = run(bad);
        EXPECT_EQ(refused.exitCode, 2) << refused.describe();
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("sales_cutoffs")), 0);
}

TEST_P(CliAirlineSettingsTest, AnAgentMayReadButNotChangeThem)
{
    KioskctlRunner withPassword = runner;
    withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), StaffPassword);
    ASSERT_NO_FATAL_FAILURE(addStaff(QStringLiteral("ada"), Role::Agent));
    const QStringList asAgent = globalArguments() + QStringList{QStringLiteral("--user"), QStringLiteral("ada")};
    EXPECT_EQ(withPassword.run(asAgent + QStringList{QStringLiteral("bag-allowance"), QStringLiteral("show")}).exitCode, 0);
    const CtlRun refused = withPassword.run(asAgent + QStringList{QStringLiteral("bag-allowance"), QStringLiteral("set"),
                                                                   QStringLiteral("KX"), QStringLiteral("Y"), QStringLiteral("3")});
    EXPECT_EQ(refused.exitCode, 6) << refused.describe();
    EXPECT_TRUE(refused.err.contains("configure airlines is not allowed for role agent")) << refused.describe();
    EXPECT_EQ(withPassword.run(asAgent + QStringList{QStringLiteral("checkin-window"), QStringLiteral("set"), QStringLiteral("KX"),
                                                     QStringLiteral("2h"), QStringLiteral("1h")})
                  .exitCode,
              6);
    EXPECT_EQ(countRows(*db, QStringLiteral("bag_allowances")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("check_in_windows")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = 'denied' AND actor = 'ada'")), 2);
}

KIOSK_ON_BOTH_BACKENDS(CliAirlineSettingsTest);

} // namespace
