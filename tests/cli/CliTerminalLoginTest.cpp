// kioskctl on a terminal's own PostgreSQL login (migration 0010): without --user it has the
// kiosk's rights, not the operator's; with --user the database checks the staff session.
// PostgreSQL only: SQLite has no logins.
#include "CliFixture.h"
#include "SqlProbe.h"

#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

const QString Password = QStringLiteral("desk-pass-1");

class CliTerminalLoginTest : public CliTest {
protected:
    // The same database through a new LOGIN role of `terminalClass` (kiosk, desk, ops).
    QString loginUrl(const QString &terminalClass)
    {
        QSqlQuery schema(db->connection());
        EXPECT_TRUE(schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next());
        const QString login = QStringLiteral("%1_login_%2").arg(schema.value(0).toString(), terminalClass);
        EXPECT_TRUE(createTerminalLogin(*db, login, terminalClass).ok());
        QString changed = url();
        changed.replace(QStringLiteral("postgresql://kiosk@"), QStringLiteral("postgresql://%1@").arg(login));
        EXPECT_NE(changed, url());
        return changed;
    }
    CtlRun on(const QString &databaseUrl, const QStringList &arguments, const QString &user = QString())
    {
        KioskctlRunner withPassword = runner;
        withPassword.environment().insert(QStringLiteral("KIOSK_PASSWORD"), Password);
        QStringList all{QStringLiteral("--db"), databaseUrl, QStringLiteral("--terminal"), QStringLiteral("cli-test"),
                        QStringLiteral("--json")};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        return withPassword.run(all + arguments);
    }
    void addUser(const QString &name, const QString &role)
    {
        const CtlRun run = on(url(), {QStringLiteral("user"), QStringLiteral("add"), name, QStringLiteral("--role"), role});
        ASSERT_EQ(run.exitCode, 0) << run.describe();
    }
    static QStringList addBob() { return {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--role"), QStringLiteral("admin")}; }
};

TEST_P(CliTerminalLoginTest, WithoutUserATerminalLoginHasOnlyTheKiosksRights)
{
    const QString ops = loginUrl(QStringLiteral("ops"));
    const CtlRun flights = on(ops, {QStringLiteral("flights")});
    EXPECT_EQ(flights.exitCode, 0) << flights.describe();
    const CtlRun add = on(ops, addBob());
    EXPECT_EQ(add.exitCode, 6) << add.describe();
    EXPECT_TRUE(add.error()[QStringLiteral("message")].toString().contains(QStringLiteral("role kiosk")))
        << add.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("users")), 0);
}

TEST_P(CliTerminalLoginTest, WithUserTheDatabaseChecksTheSignedInStaffUser)
{
    addUser(QStringLiteral("alice"), QStringLiteral("agent"));
    addUser(QStringLiteral("ada"), QStringLiteral("admin"));
    const CtlRun byAgent = on(loginUrl(QStringLiteral("desk")), addBob(), QStringLiteral("alice"));
    EXPECT_EQ(byAgent.exitCode, 6) << byAgent.describe();
    const QString ops = loginUrl(QStringLiteral("ops"));
    const CtlRun byAdmin = on(ops, addBob(), QStringLiteral("ada"));
    EXPECT_EQ(byAdmin.exitCode, 0) << byAdmin.describe();
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("name = 'bob' AND role = 'admin'")), 1);
    // One command, one staff session: kioskctl ends it when it is done.
    EXPECT_EQ(countRows(*db, QStringLiteral("staff_sessions"), QStringLiteral("ended_at IS NULL")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("staff_sessions")), 2);
}

// The dispatcher's service runs on an ops login without a staff user; a kiosk's or desk's
// login is refused by the database itself, with the same exit code as the policy's refusals.
TEST_P(CliTerminalLoginTest, OnlyAnOpsLoginReadsTheOutboxWithoutUser)
{
    for (const QString &terminalClass : {QStringLiteral("kiosk"), QStringLiteral("desk")}) {
        const QString login = loginUrl(terminalClass);
        for (const QStringList &command : {QStringList{QStringLiteral("outbox"), QStringLiteral("list")},
                                           QStringList{QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("30")}}) {
            const CtlRun refused = on(login, command);
            EXPECT_EQ(refused.exitCode, 6) << terminalClass.toStdString() << ": " << refused.describe();
            EXPECT_TRUE(refused.error()[QStringLiteral("message")].toString().contains(QStringLiteral("not allowed")))
                << refused.describe();
        }
    }
    const CtlRun listed = on(loginUrl(QStringLiteral("ops")), {QStringLiteral("outbox"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0) << listed.describe();
    EXPECT_TRUE(listed.json()[QStringLiteral("messages")].toArray().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, CliTerminalLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
