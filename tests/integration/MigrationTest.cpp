#include "BackendFixture.h"
#include "SqlProbe.h"

#include "storage/Migrator.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class MigrationTest : public BackendTest {};

TEST_P(MigrationTest, FreshDatabaseIsAtTheLatestVersionAndMigratingAgainIsANoOp)
{
    Migrator migrator(*db);
    EXPECT_GE(migrator.latestVersion(), 1);
    EXPECT_EQ(*migrator.currentVersion(), migrator.latestVersion());
    EXPECT_TRUE(migrator.checkCurrent().ok());
    auto again = migrator.migrate();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, migrator.latestVersion());
    EXPECT_EQ(countRows(*db, QStringLiteral("schema_version")), migrator.latestVersion());
}

TEST_P(MigrationTest, DatabaseFromANewerProgramIsRefusedAndLeftAlone)
{
    QSqlQuery future(db->connection());
    ASSERT_TRUE(future.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                           "VALUES (999, 'from_the_future', 'later')")));
    Migrator migrator(*db);
    auto migrated = migrator.migrate();
    ASSERT_FALSE(migrated.ok());
    EXPECT_EQ(migrated.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(migrated.error().message.contains(QStringLiteral("version 999")));
    EXPECT_TRUE(migrated.error().message.contains(QStringLiteral("upgrade")));
    EXPECT_EQ(migrated.error().exitCode(), 5);
    EXPECT_FALSE(migrator.checkCurrent().ok());
    EXPECT_EQ(countRows(*db, QStringLiteral("schema_version"), QStringLiteral("version = 999")), 1);
}

TEST_P(MigrationTest, OlderDatabaseAsksForMigrate)
{
    QSqlQuery rewind(db->connection());
    ASSERT_TRUE(rewind.exec(QStringLiteral("DELETE FROM schema_version")));
    auto current = Migrator(*db).checkCurrent();
    ASSERT_FALSE(current.ok());
    EXPECT_TRUE(current.error().message.contains(QStringLiteral("kioskctl migrate")));
}

TEST(MigrationScript, SplitsStatementsAndDropsComments)
{
    const auto statements = Migrator::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (x int);\n\nCREATE INDEX i\n  ON a (x);\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_EQ(statements[0], QStringLiteral("CREATE TABLE a (x int)"));
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE INDEX i")));
}

TEST(MigrationScript, KeepsFunctionBodiesWhole)
{
    const auto statements = Migrator::splitStatements(QStringLiteral(
        "CREATE FUNCTION f() RETURNS void\nLANGUAGE plpgsql AS $$\nBEGIN\n    -- inside\n    PERFORM 1;\n"
        "    PERFORM 2;\nEND $$;\nCREATE TRIGGER t AFTER UPDATE ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\n"));
    ASSERT_EQ(statements.size(), 2);
    EXPECT_TRUE(statements[0].contains(QStringLiteral("PERFORM 2;\nEND $$")));
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER t")));
}

TEST(DatabaseOpen, UnreachableServerIsASpecificError)
{
    auto db = Database::open(QStringLiteral("postgresql://kiosk@/kiosk?host=/nonexistent-socket-dir&port=1"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseUnavailable);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("cannot connect")));
    EXPECT_EQ(db.error().exitCode(), 5);
}

TEST(DatabaseOpen, MissingSqliteDirectoryIsBadInput)
{
    auto db = Database::open(QStringLiteral("sqlite:/nonexistent/dir/kiosk.sqlite"));
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::BadInput);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(MigrationTest);
