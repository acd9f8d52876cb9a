// kioskctl user management, --user sign-in (exit 7), role refusals (exit 6), find and
// change-seat, on SQLite and PostgreSQL.
#include "CliFixture.h"
#include "SqlProbe.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

const QString Password = QStringLiteral("desk-pass-1");

class CliUserTest : public CliTest {
protected:
    // kioskctl as the built-in operator (no --user) with KIOSK_PASSWORD set.
    CtlRun asOperator(const QStringList &arguments, const QString &password = Password)
    {
        KioskctlRunner withPassword = runner;
        withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), password);
        return withPassword.run(globalArguments() + arguments);
    }
    CtlRun asUser(const QString &user, const QStringList &arguments, const QString &password = Password)
    {
        return asOperator(QStringList{QStringLiteral("--user"), user} + arguments, password);
    }
    void addUser(const QString &name, const QString &role)
    {
        const CtlRun run = asOperator({QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
        EXPECT_EQ(run.json()[QStringLiteral("user")][QStringLiteral("role")].toString(), role);
    }
};

TEST_P(CliUserTest, UsersAreAddedListedAndNeverShowTheirHash)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    const CtlRun list = asOperator({QStringLiteral("user"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.describe();
    const QJsonArray users = list.json()[QStringLiteral("users")].toArray();
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(users[0][QStringLiteral("name")].toString(), QStringLiteral("ada"));
    EXPECT_FALSE(users[0][QStringLiteral("disabled")].toBool());
    EXPECT_FALSE(list.out.contains("pbkdf2"));
    EXPECT_FALSE(list.out.contains(Password.toUtf8()));
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("password_hash LIKE 'pbkdf2-sha256$600000$%'")), 2);
    // The operator's changes are in the access log under its name.
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("actor = 'operator' AND role = 'admin' AND action = 'add user'")),
              2);
}

TEST_P(CliUserTest, AFailedSignInExitsSevenAndChangesNothing)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    const CtlRun wrong = asUser(QStringLiteral("ada"), {QStringLiteral("hold"), flightId(), QStringLiteral("1A")},
                                QStringLiteral("wrong-password"));
    EXPECT_EQ(wrong.exitCode, 7) << wrong.describe();
    EXPECT_EQ(wrong.error()[QStringLiteral("error")].toString(), QStringLiteral("sign_in_failed"));
    const CtlRun unknown = asUser(QStringLiteral("nobody"), {QStringLiteral("flights")});
    EXPECT_EQ(unknown.exitCode, 7) << unknown.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 0);
}

TEST_P(CliUserTest, AForbiddenActionExitsSixAndIsLogged)
{
    addUser(QStringLiteral("kim"), QStringLiteral("kiosk"));
    const QString reference = holdSeats(QStringLiteral("2A"));
    const CtlRun cancel = asUser(QStringLiteral("kim"), {QStringLiteral("cancel"), reference});
    EXPECT_EQ(cancel.exitCode, 6) << cancel.describe();
    EXPECT_EQ(cancel.error()[QStringLiteral("error")].toString(), QStringLiteral("forbidden"));
    EXPECT_TRUE(cancel.error()[QStringLiteral("message")].toString().startsWith(
        QStringLiteral("cancel is not allowed for role kiosk")));
    EXPECT_EQ(seatStatus(QStringLiteral("2A")), QStringLiteral("held"));
    const CtlRun add = asUser(QStringLiteral("kim"), {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"),
                                                      QStringLiteral("--role"), QStringLiteral("admin")});
    EXPECT_EQ(add.exitCode, 6) << add.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("users")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("actor = 'kim' AND outcome = 'denied' AND terminal = 'cli-test'")),
              2);
    // What a kiosk may do, it does as itself.
    const CtlRun hold = asUser(QStringLiteral("kim"), {QStringLiteral("hold"), flightId(), QStringLiteral("2B")});
    ASSERT_EQ(hold.exitCode, 0) << hold.describe();
    const CtlRun show = ctl({QStringLiteral("show"), hold.json()[QStringLiteral("reference")].toString()});
    EXPECT_EQ(show.json()[QStringLiteral("history")][0][QStringLiteral("actor")].toString(), QStringLiteral("kim"));
}

TEST_P(CliUserTest, DisableAndPasswd)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    const CtlRun passwd = asOperator({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("ada")},
                                     QStringLiteral("second-pass"));
    ASSERT_EQ(passwd.exitCode, 0) << passwd.describe();
    EXPECT_EQ(asUser(QStringLiteral("ada"), {QStringLiteral("flights")}).exitCode, 7);
    EXPECT_EQ(asUser(QStringLiteral("ada"), {QStringLiteral("flights")}, QStringLiteral("second-pass")).exitCode, 0);
    const CtlRun disable = asOperator({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ada")});
    ASSERT_EQ(disable.exitCode, 0) << disable.describe();
    EXPECT_TRUE(disable.json()[QStringLiteral("user")][QStringLiteral("disabled")].toBool());
    const CtlRun refused = asUser(QStringLiteral("ada"), {QStringLiteral("flights")}, QStringLiteral("second-pass"));
    EXPECT_EQ(refused.exitCode, 7);
    EXPECT_TRUE(refused.error()[QStringLiteral("message")].toString().startsWith(QStringLiteral("wrong user name or password")));
}

TEST_P(CliUserTest, BadUserCommandsAreUsageErrors)
{
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("user")}, QStringList{QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("ada")},
          QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ada")},
          QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("root")},
          QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("ada")},
          QStringList{QStringLiteral("user"), QStringLiteral("passwd")}}) {
        const CtlRun run = asOperator(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString() << ": " << run.describe();
    }
    const CtlRun tooShort = asOperator({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ada"),
                                        QStringLiteral("--role"), QStringLiteral("agent")},
                                       QStringLiteral("short"));
    EXPECT_EQ(tooShort.exitCode, 2) << tooShort.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("users")), 0);
}

TEST_P(CliUserTest, FindAndChangeSeatAsAnAgent)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    const QString reference = holdSeats(QStringLiteral("4A,4B"), {QStringLiteral("--passenger"), QStringLiteral("Anna O'Brien-Müller"),
                                                                   QStringLiteral("--passenger"), QStringLiteral("Bo Li")});
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);
    holdSeats(QStringLiteral("5A"), {QStringLiteral("--passenger"), QStringLiteral("Someone Else")});

    const CtlRun found = asUser(QStringLiteral("ada"), {QStringLiteral("find"), QStringLiteral("--name"), QStringLiteral("obrien-muller")});
    ASSERT_EQ(found.exitCode, 0) << found.describe();
    const QJsonArray bookings = found.json()[QStringLiteral("bookings")].toArray();
    ASSERT_EQ(bookings.size(), 1);
    EXPECT_EQ(bookings[0][QStringLiteral("reference")].toString(), reference);
    EXPECT_EQ(bookings[0][QStringLiteral("seats")].toArray().size(), 2);
    EXPECT_FALSE(found.json()[QStringLiteral("more")].toBool());

    const CtlRun byFlight = ctl({QStringLiteral("find"), QStringLiteral("--flight"), flight.designator()});
    EXPECT_EQ(byFlight.json()[QStringLiteral("bookings")].toArray().size(), 2) << byFlight.describe();
    const CtlRun none = ctl({QStringLiteral("find"), QStringLiteral("--flight"), flight.designator() + QStringLiteral("/2001-01-01")});
    EXPECT_EQ(none.json()[QStringLiteral("bookings")].toArray().size(), 0) << none.describe();
    EXPECT_EQ(ctl({QStringLiteral("find")}).exitCode, 2);
    EXPECT_EQ(ctl({QStringLiteral("find"), QStringLiteral("--flight"), QStringLiteral("not a flight")}).exitCode, 2);

    const CtlRun moved = asUser(QStringLiteral("ada"), {QStringLiteral("change-seat"), reference, QStringLiteral("4B"), QStringLiteral("6C")});
    ASSERT_EQ(moved.exitCode, 0) << moved.describe();
    EXPECT_EQ(seatStatus(QStringLiteral("4B")), QStringLiteral("free"));
    EXPECT_EQ(seatStatus(QStringLiteral("6C")), QStringLiteral("sold"));
    const CtlRun taken = ctl({QStringLiteral("change-seat"), reference, QStringLiteral("6C"), QStringLiteral("5A")});
    EXPECT_EQ(taken.exitCode, 3) << taken.describe();
    EXPECT_EQ(seatStatus(QStringLiteral("6C")), QStringLiteral("sold"));
}

// The test flight leaves in 48 h: the policy refunds 50 %.
TEST_P(CliUserTest, AgentsCancelWithThePolicyRefundAndSupervisorsOverrideIt)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    const QString reference = holdSeats(QStringLiteral("7A,7B"));
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);

    const CtlRun one = asUser(QStringLiteral("ada"), {QStringLiteral("cancel"), reference, QStringLiteral("--passenger"),
                                                      QStringLiteral("7B"), QStringLiteral("--reason"), QStringLiteral("ill")});
    ASSERT_EQ(one.exitCode, 0) << one.describe();
    EXPECT_EQ(one.json()[QStringLiteral("state")].toString(), QStringLiteral("CONFIRMED"));
    EXPECT_EQ(one.json()[QStringLiteral("refund")][QStringLiteral("percent")].toInt(), 50);
    EXPECT_EQ(one.json()[QStringLiteral("refund")][QStringLiteral("amount")][QStringLiteral("amount")].toInteger(), 2450);
    EXPECT_EQ(seatStatus(QStringLiteral("7B")), QStringLiteral("free"));
    EXPECT_EQ(seatStatus(QStringLiteral("7A")), QStringLiteral("sold"));

    const QStringList override{QStringLiteral("cancel"), reference, QStringLiteral("--override-refund"),
                               QStringLiteral("49.00"), QStringLiteral("--override-reason"), QStringLiteral("strike")};
    const CtlRun refused = asUser(QStringLiteral("ada"), override);
    EXPECT_EQ(refused.exitCode, 6) << refused.describe();
    EXPECT_EQ(seatStatus(QStringLiteral("7A")), QStringLiteral("sold"));
    const CtlRun noReason = asUser(QStringLiteral("sue"), override.mid(0, 4));
    EXPECT_EQ(noReason.exitCode, 2) << noReason.describe();
    const CtlRun overridden = asUser(QStringLiteral("sue"), override);
    ASSERT_EQ(overridden.exitCode, 0) << overridden.describe();
    EXPECT_EQ(overridden.json()[QStringLiteral("state")].toString(), QStringLiteral("REFUNDED"));
    EXPECT_TRUE(overridden.json()[QStringLiteral("refund")][QStringLiteral("overridden")].toBool());
    EXPECT_EQ(overridden.json()[QStringLiteral("refunded")][QStringLiteral("amount")].toInteger(), 2450 + 4900);
    const CtlRun show = ctl({QStringLiteral("show"), reference});
    const QJsonArray history = show.json()[QStringLiteral("history")].toArray();
    EXPECT_TRUE(history.last()[QStringLiteral("reason")].toString().contains(QStringLiteral("strike")));
    EXPECT_EQ(history.last()[QStringLiteral("actor")].toString(), QStringLiteral("sue"));
}

// The refund tiers per cabin: shown to anyone, set and reset by admins only, bad input
// changes nothing, and a cancellation afterwards refunds by the new tiers.
TEST_P(CliUserTest, OnlyAdminsSetTheRefundPolicyAndCancellationsFollowIt)
{
    addUser(QStringLiteral("sue"), QStringLiteral("supervisor"));
    const CtlRun shown = asUser(QStringLiteral("sue"), {QStringLiteral("policy"), QStringLiteral("show")});
    ASSERT_EQ(shown.exitCode, 0) << shown.describe();
    const QJsonArray cabins = shown.json()[QStringLiteral("cabins")].toArray();
    ASSERT_EQ(cabins.size(), 4);
    EXPECT_EQ(cabins[3][QStringLiteral("cabin")].toString(), QStringLiteral("Y"));
    EXPECT_EQ(cabins[3][QStringLiteral("tiers")].toString(), QStringLiteral("72:100,24:50,0:0"));
    EXPECT_TRUE(cabins[3][QStringLiteral("standard")].toBool());

    const QStringList setEconomy{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("economy"),
                                 QStringLiteral("168:100,36:80,0:20")};
    EXPECT_EQ(asUser(QStringLiteral("sue"), setEconomy).exitCode, 6);
    for (const QStringList &bad : {QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("Y"),
                                               QStringLiteral("36:80,168:50")},
                                   QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("cargo"),
                                               QStringLiteral("0:100")},
                                   QStringList{QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("Y")},
                                   QStringList{QStringLiteral("policy"), QStringLiteral("drop")}}) {
        const CtlRun refused = asOperator(bad);
        EXPECT_EQ(refused.exitCode, 2) << refused.describe();
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("refund_policies")), 0);

    const CtlRun set = asOperator(setEconomy);
    ASSERT_EQ(set.exitCode, 0) << set.describe();
    const QJsonObject economy = set.json()[QStringLiteral("cabins")].toArray()[3].toObject();
    EXPECT_EQ(economy[QStringLiteral("tiers")].toString(), QStringLiteral("168:100,36:80,0:20"));
    EXPECT_EQ(economy[QStringLiteral("updated_by")].toString(), QStringLiteral("operator"));
    EXPECT_FALSE(economy[QStringLiteral("standard")].toBool());

    const QString reference = holdSeats(QStringLiteral("8A"));
    ASSERT_EQ(ctl({QStringLiteral("pay"), reference}, cardInput(QStringLiteral("4242424242424242"))).exitCode, 0);
    const CtlRun cancelled = asUser(QStringLiteral("sue"), {QStringLiteral("cancel"), reference, QStringLiteral("--refund")});
    ASSERT_EQ(cancelled.exitCode, 0) << cancelled.describe();
    EXPECT_EQ(cancelled.json()[QStringLiteral("refund")][QStringLiteral("percent")].toInt(), 80); // 48 h before departure
    EXPECT_EQ(cancelled.json()[QStringLiteral("refund")][QStringLiteral("amount")][QStringLiteral("amount")].toInteger(),
              3920);

    const CtlRun reset = asOperator({QStringLiteral("policy"), QStringLiteral("reset"), QStringLiteral("y")});
    ASSERT_EQ(reset.exitCode, 0) << reset.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("refund_policies")), 0);
}

// Schema and demo data are the database operator's (no --user) or an admin's.
TEST_P(CliUserTest, OnlyAnAdminMigratesOrLoadsDemoData)
{
    addUser(QStringLiteral("ada"), QStringLiteral("agent"));
    addUser(QStringLiteral("root"), QStringLiteral("admin"));
    const qint64 flights = countRows(*db, QStringLiteral("flights"));
    const CtlRun migrate = asUser(QStringLiteral("ada"), {QStringLiteral("migrate")});
    EXPECT_EQ(migrate.exitCode, 6) << migrate.describe();
    EXPECT_TRUE(migrate.error()[QStringLiteral("message")].toString().startsWith(
        QStringLiteral("administer the database is not allowed for role agent")));
    const CtlRun seed = asUser(QStringLiteral("ada"), {QStringLiteral("seed-demo"), QStringLiteral("--days"), QStringLiteral("1")});
    EXPECT_EQ(seed.exitCode, 6) << seed.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("flights")), flights);
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("actor = 'ada' AND outcome = 'denied' AND target = 'database'")),
              2);
    const CtlRun asAdmin = asUser(QStringLiteral("root"), {QStringLiteral("migrate")});
    EXPECT_EQ(asAdmin.exitCode, 0) << asAdmin.describe();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliUserTest);
