#pragma once

// Terminal logins of each class (migration 0010, docs/security.md) for tests of what the
// database refuses them: staff users alice (agent), sam (supervisor) and ada (admin), a new
// LOGIN role per connection, raw SQL's SQLSTATE. PostgreSQL only: SQLite has no logins.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "auth/Authenticator.h"
#include "auth/UserAdministration.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kiosk::test {

inline const QString TerminalPassword = QStringLiteral("s3cret-pass");

// The staff users of the login tests, each with TerminalPassword.
inline void addStaffUsers(Database &db)
{
    auto admin = UserAdministration(db, Actor::builtInOperator(QStringLiteral("setup")),
                                    PasswordHasher(PasswordHasher::MinIterations));
    for (const auto &[name, role] : {std::pair{QStringLiteral("alice"), Role::Agent},
                                     std::pair{QStringLiteral("sam"), Role::Supervisor},
                                     std::pair{QStringLiteral("ada"), Role::Admin}})
        ASSERT_TRUE(admin.addUser(name, role, TerminalPassword).ok());
}

// The owner's connection's schema: each test has its own, so login names start with it.
inline QString currentSchema(Database &db)
{
    QSqlQuery schema(db.connection());
    EXPECT_TRUE(schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next());
    return schema.value(0).toString();
}

// Creates LOGIN role `login` in `terminalClass` (kiosk, desk, ops) with the owner's
// connection and opens a connection as it, at the owner's URL.
inline std::unique_ptr<Database> connectAsNewLogin(Database &owner, const QString &ownerUrl, const QString &login,
                                                   const QString &terminalClass)
{
    const Status created = createTerminalLogin(owner, login, terminalClass);
    EXPECT_TRUE(created.ok()) << (created ? std::string() : created.error().message.toStdString());
    QString loginUrl = ownerUrl;
    loginUrl.replace(QStringLiteral("postgresql://kiosk@"), QStringLiteral("postgresql://%1@").arg(login));
    EXPECT_NE(loginUrl, ownerUrl) << "the test URL names no user to replace";
    auto opened = Database::open(loginUrl, QStringLiteral("terminal-login-test"));
    EXPECT_TRUE(opened.ok()) << (opened ? std::string() : opened.error().message.toStdString());
    return opened ? std::move(opened).value() : nullptr;
}

// Signs a staff user in through the database on a terminal login's connection.
inline Actor signInAs(Database &on, const QString &name)
{
    auto actor = Authenticator(on, QStringLiteral("desk-7")).signIn(name, TerminalPassword);
    EXPECT_TRUE(actor.ok()) << (actor ? std::string() : actor.error().message.toStdString());
    return actor ? *actor : Actor{};
}

class TerminalLoginFixture : public BackendTest {
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (HasFatalFailure())
            return;
        m_schema = currentSchema(*db);
        addStaffUsers(*db);
    }

    // A new LOGIN role of `terminalClass` (kiosk, desk, ops) and a connection made with it.
    std::unique_ptr<Database> connectAs(const QString &terminalClass)
    {
        return connectAsNewLogin(*db, url(), QStringLiteral("%1_login_%2%3").arg(m_schema, terminalClass).arg(++m_logins),
                                 terminalClass);
    }

    // Raw SQL from a terminal; the SQLSTATE, or "" when it went through.
    static QString refusal(Database &on, const QString &sql)
    {
        QSqlQuery query(on.connection());
        return query.exec(sql) ? QString() : query.lastError().nativeErrorCode();
    }

    static Actor signIn(Database &on, const QString &name) { return signInAs(on, name); }

    QString everyMoneyAndRightsRow()
    {
        QString rows;
        for (const QString &sql : {QStringLiteral("SELECT string_agg(id || state, ',' ORDER BY id) FROM bookings"),
                                   QStringLiteral("SELECT string_agg(id || status, ',' ORDER BY id) FROM payments"),
                                   QStringLiteral("SELECT count(*)::text FROM refunds"),
                                   QStringLiteral("SELECT string_agg(name || role || password_hash || disabled, ',' ORDER BY id) FROM users"),
                                   QStringLiteral("SELECT string_agg(cabin || tiers, ',' ORDER BY cabin) FROM refund_policies"),
                                   QStringLiteral("SELECT string_agg(code || blocked, ',' ORDER BY id) FROM seats")}) {
            QSqlQuery query(db->connection());
            EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
            rows += query.value(0).toString() + QLatin1Char('|');
        }
        return rows;
    }

    QString m_schema;
    int m_logins = 0;
};

} // namespace kiosk::test
