// Sign-in, lockout and user administration on both databases.
#include "BackendFixture.h"
#include "SqlProbe.h"

#include "auth/Authenticator.h"
#include "auth/UserAdministration.h"

#include <QSqlQuery>

#include <atomic>
#include <thread>
#include <vector>

using namespace kiosk;
using namespace kiosk::test;

namespace {

const QString Password = QStringLiteral("s3cret-pass");

class AuthTest : public BackendTest {
protected:
    // Few PBKDF2 rounds: the rules under test do not depend on the count.
    UserAdministration admin(const Actor &actor = Actor::builtInOperator(QStringLiteral("test-terminal")))
    {
        return UserAdministration(*db, actor, PasswordHasher(PasswordHasher::MinIterations));
    }
    void addUser(const QString &name, Role role)
    {
        auto added = admin().addUser(name, role, Password);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    }
    Authenticator desk() { return Authenticator(*db, QStringLiteral("desk-1")); }
    qint64 accessRows(const QString &outcome)
    {
        return countRows(*db, QStringLiteral("access_events"), QStringLiteral("outcome = '%1'").arg(outcome));
    }
};

TEST_P(AuthTest, TheRightPasswordSignsInWithTheUsersRole)
{
    addUser(QStringLiteral("ada"), Role::Supervisor);
    auto actor = desk().signIn(QStringLiteral(" ADA "), Password);
    ASSERT_TRUE(actor.ok()) << actor.error().message.toStdString();
    EXPECT_EQ(actor->name, QStringLiteral("ada"));
    EXPECT_EQ(actor->role, Role::Supervisor);
    EXPECT_EQ(actor->terminal, QStringLiteral("desk-1"));
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM access_events WHERE action = 'sign in' AND outcome = "
                                         "'allowed' AND actor = 'ada' AND terminal = 'desk-1'")),
              1);
    // The stored hash is not the password, and its rounds are the hasher's.
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("password_hash LIKE 'pbkdf2-sha256$1000$%'")), 1);
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("password_hash LIKE '%s3cret%'")), 0);
}

TEST_P(AuthTest, AWrongPasswordOrUnknownUserFailsWithoutSayingWhich)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    auto wrong = desk().signIn(QStringLiteral("ada"), QStringLiteral("not-the-password"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SignInFailed);
    EXPECT_EQ(wrong.error().exitCode(), 7);
    EXPECT_TRUE(wrong.error().message.startsWith(QStringLiteral("wrong user name or password")));
    auto unknown = desk().signIn(QStringLiteral("nobody"), Password);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::SignInFailed);
    // Word for word the same: a guess does not learn which names exist.
    EXPECT_EQ(unknown.error().message, wrong.error().message);
    EXPECT_EQ(accessRows(QStringLiteral("failed")), 2);
}

TEST_P(AuthTest, FiveFailuresInARowLockTheUserEvenAgainstTheRightPassword)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    const QString wrongWords = QStringLiteral("wrong user name or password (5 failures in a row lock a user for 15 minutes)");
    for (int attempt = 1; attempt <= Authenticator::MaxFailedAttempts; ++attempt) {
        auto failed = desk().signIn(QStringLiteral("ada"), QStringLiteral("guess-%1").arg(attempt));
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.error().message, wrongWords);
    }
    auto right = desk().signIn(QStringLiteral("ada"), Password);
    ASSERT_FALSE(right.ok());
    EXPECT_EQ(right.error().code, ErrorCode::SignInFailed);
    EXPECT_EQ(right.error().message, wrongWords); // a locked user is not told so: nor is a guesser
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM access_events WHERE detail = 'locked out'")), 1);

    // An administrator's new password lifts the lockout.
    auto reset = admin().setPassword(QStringLiteral("ada"), QStringLiteral("another-pass"));
    ASSERT_TRUE(reset.ok()) << reset.error().message.toStdString();
    EXPECT_FALSE(reset->lockedUntilUtc.isValid());
    EXPECT_TRUE(desk().signIn(QStringLiteral("ada"), QStringLiteral("another-pass")).ok());
    EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), Password).ok());
}

TEST_P(AuthTest, UnknownDisabledLockedAndWrongGetTheSameWords)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    addUser(QStringLiteral("bea"), Role::Agent);
    addUser(QStringLiteral("cy"), Role::Agent);
    ASSERT_TRUE(admin().disable(QStringLiteral("bea")).ok());
    for (int attempt = 0; attempt < Authenticator::MaxFailedAttempts; ++attempt)
        (void)desk().signIn(QStringLiteral("cy"), QStringLiteral("typo"));
    const QString unknown = desk().signIn(QStringLiteral("nobody"), Password).error().message;
    EXPECT_EQ(desk().signIn(QStringLiteral("ada"), QStringLiteral("typo")).error().message, unknown);
    EXPECT_EQ(desk().signIn(QStringLiteral("bea"), Password).error().message, unknown);
    EXPECT_EQ(desk().signIn(QStringLiteral("cy"), Password).error().message, unknown);
}

// Parallel guesses, each on its own connection as separate terminals would: the attempt is
// counted before the password is checked, so no more than MaxFailedAttempts get a try.
TEST_P(AuthTest, ParallelGuessesGetOneTryEach)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    constexpr int Guessers = 12;
    std::vector<std::thread> threads;
    for (int i = 0; i < Guessers; ++i) {
        threads.emplace_back([&, i] {
            auto own = connectAgain();
            if (!own)
                return;
            (void)Authenticator(*own, QStringLiteral("desk-%1").arg(i))
                .signIn(QStringLiteral("ada"), QStringLiteral("guess-%1").arg(i));
        });
    }
    for (auto &thread : threads)
        thread.join();
    // Each guess whose password was checked is logged as a wrong password; the others as locked out.
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM access_events WHERE detail LIKE 'wrong password%'")),
              Authenticator::MaxFailedAttempts);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM access_events WHERE detail = 'locked out'")),
              Guessers - Authenticator::MaxFailedAttempts);
    EXPECT_FALSE(Authenticator(*db, QStringLiteral("desk-1")).signIn(QStringLiteral("ada"), Password).ok()); // locked
}

TEST_P(AuthTest, AnExpiredLockStartsANewCount)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    for (int attempt = 0; attempt < Authenticator::MaxFailedAttempts; ++attempt)
        EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), QStringLiteral("typo")).ok());
    QSqlQuery rewind(db->connection());
    ASSERT_TRUE(rewind.exec(db->dialect().isPostgres()
                                ? QStringLiteral("UPDATE users SET locked_until = now() - interval '1 second'")
                                : QStringLiteral("UPDATE users SET locked_until = locked_until - 16 * 60 * 1000")));
    // One typo after the lock ran out is one failure, not the sixth: the user is not locked again.
    EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), QStringLiteral("typo")).ok());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT failed_attempts FROM users")), 1);
    EXPECT_TRUE(desk().signIn(QStringLiteral("ada"), Password).ok());
}

TEST_P(AuthTest, ASuccessForgetsEarlierFailures)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    for (int round = 0; round < 3; ++round) {
        for (int attempt = 1; attempt < Authenticator::MaxFailedAttempts; ++attempt)
            EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), QStringLiteral("typo")).ok());
        EXPECT_TRUE(desk().signIn(QStringLiteral("ada"), Password).ok());
    }
}

TEST_P(AuthTest, ALockoutEndsByTheServerClock)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    for (int attempt = 0; attempt < Authenticator::MaxFailedAttempts; ++attempt)
        EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), QStringLiteral("typo")).ok());
    EXPECT_FALSE(desk().signIn(QStringLiteral("ada"), Password).ok());
    // Fifteen minutes later, as far as the database is concerned.
    QSqlQuery rewind(db->connection());
    ASSERT_TRUE(rewind.exec(db->dialect().isPostgres()
                                ? QStringLiteral("UPDATE users SET locked_until = now() - interval '1 second'")
                                : QStringLiteral("UPDATE users SET locked_until = locked_until - 16 * 60 * 1000")));
    EXPECT_TRUE(desk().signIn(QStringLiteral("ada"), Password).ok());
}

TEST_P(AuthTest, ADisabledUserCannotSignIn)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    ASSERT_TRUE(admin().disable(QStringLiteral("ada")).ok());
    auto refused = desk().signIn(QStringLiteral("ada"), Password);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("wrong user name or password")));
    EXPECT_EQ(admin().disable(QStringLiteral("ada")).error().code, ErrorCode::WrongState);
}

TEST_P(AuthTest, OnlyAnAdminManagesUsersAndEachRefusalIsLogged)
{
    addUser(QStringLiteral("boss"), Role::Admin);
    addUser(QStringLiteral("sue"), Role::Supervisor);
    for (Role role : {Role::Kiosk, Role::Agent, Role::Supervisor}) {
        const Actor actor{QStringLiteral("desk-1"), QStringLiteral("sue"), role};
        const qint64 before = accessRows(QStringLiteral("denied"));
        auto added = admin(actor).addUser(QStringLiteral("mallory"), Role::Admin, Password);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::Forbidden);
        EXPECT_TRUE(added.error().message.startsWith(QStringLiteral("manage users is not allowed for role %1")
                                                         .arg(roleName(role))));
        EXPECT_EQ(admin(actor).disable(QStringLiteral("boss")).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(admin(actor).list().error().code, ErrorCode::Forbidden);
        EXPECT_EQ(admin(actor).setPassword(QStringLiteral("boss"), Password).error().code, ErrorCode::Forbidden);
        EXPECT_EQ(accessRows(QStringLiteral("denied")), before + 4);
    }
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("name = 'mallory'")), 0);
    EXPECT_EQ(countRows(*db, QStringLiteral("users"), QStringLiteral("disabled")), 0);

    // An admin may; anyone may set their own password.
    const Actor boss{QStringLiteral("desk-1"), QStringLiteral("boss"), Role::Admin};
    EXPECT_TRUE(admin(boss).addUser(QStringLiteral("mallory"), Role::Agent, Password).ok());
    EXPECT_EQ(admin(boss).list()->size(), 3);
    const Actor sue{QStringLiteral("desk-1"), QStringLiteral("sue"), Role::Supervisor};
    EXPECT_TRUE(admin(sue).setPassword(QStringLiteral("sue"), QStringLiteral("new-pass-1")).ok());
    EXPECT_TRUE(desk().signIn(QStringLiteral("sue"), QStringLiteral("new-pass-1")).ok());
}

TEST_P(AuthTest, BadUserInputChangesNothing)
{
    addUser(QStringLiteral("ada"), Role::Agent);
    EXPECT_EQ(admin().addUser(QStringLiteral("ada"), Role::Agent, Password).error().code, ErrorCode::WrongState);
    EXPECT_EQ(admin().addUser(QStringLiteral("x"), Role::Agent, Password).error().code, ErrorCode::BadInput);
    EXPECT_EQ(admin().addUser(QStringLiteral("has space"), Role::Agent, Password).error().code, ErrorCode::BadInput);
    EXPECT_EQ(admin().addUser(QStringLiteral("operator"), Role::Agent, Password).error().code, ErrorCode::BadInput);
    EXPECT_EQ(admin().addUser(QStringLiteral("Kiosk"), Role::Agent, Password).error().code, ErrorCode::BadInput);
    auto shortPassword = admin().addUser(QStringLiteral("bob"), Role::Agent, QStringLiteral("short"));
    ASSERT_FALSE(shortPassword.ok());
    EXPECT_EQ(shortPassword.error().message, QStringLiteral("the password is too short: at least 8 characters"));
    EXPECT_EQ(admin().setPassword(QStringLiteral("nobody"), Password).error().code, ErrorCode::NotFound);
    EXPECT_EQ(countRows(*db, QStringLiteral("users")), 1);
}

// The user and its audit row are written together: an audit that cannot be written
// leaves no user behind (a trigger makes the audit insert fail).
TEST_P(AuthTest, AUserChangeAndItsAuditRowAreOneTransaction)
{
    QSqlQuery trigger(db->connection());
    if (db->dialect().isPostgres()) {
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                                                "$$ BEGIN RAISE EXCEPTION 'audit refused'; END $$")));
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON access_events "
                                                "FOR EACH ROW EXECUTE FUNCTION refuse_audit()")));
    } else {
        ASSERT_TRUE(trigger.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON access_events "
                                                "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    }
    EXPECT_FALSE(admin().addUser(QStringLiteral("ada"), Role::Agent, Password).ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("users")), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AuthTest);
