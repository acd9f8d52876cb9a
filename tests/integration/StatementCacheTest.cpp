#include "TestDatabase.h"

#include "storage/Statement.h"

#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class StatementCacheTest : public ::testing::TestWithParam<Backend> {};

// One-off SQL (a search with an unusual mix of filters) is prepared once and dropped again
// beyond the cache's bound: it does not pile up as server-side prepared statements.
TEST_P(StatementCacheTest, OneOffStatementsDoNotPileUp)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    const int distinct = int(Database::MaxCachedStatements) + 100;
    for (int i = 0; i < distinct; ++i) {
        auto statement = Statement::prepare(*db, QStringLiteral("SELECT %1").arg(i));
        ASSERT_TRUE(statement.ok()) << statement.error().message.toStdString();
        ASSERT_TRUE(statement->exec(QStringLiteral("a one-off statement")).ok());
        ASSERT_TRUE(statement->next());
        EXPECT_EQ(statement->value(0).toInt(), i);
    }
    EXPECT_LE(db->cachedStatements(), Database::MaxCachedStatements);
    if (GetParam() == Backend::PostgreSQL) {
        QSqlQuery server(db->connection());
        ASSERT_TRUE(server.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements")) && server.next());
        EXPECT_LE(server.value(0).toLongLong(), qint64(Database::MaxCachedStatements) + 1);
    }
    // A statement still in use is never dropped under the one using it.
    auto outer = Statement::prepare(*db, QStringLiteral("SELECT 'outer'"));
    ASSERT_TRUE(outer.ok());
    for (int i = 0; i < distinct; ++i)
        ASSERT_TRUE(Statement::prepare(*db, QStringLiteral("SELECT %1 + 1").arg(i)).ok());
    ASSERT_TRUE(outer->exec(QStringLiteral("the outer statement")).ok());
    ASSERT_TRUE(outer->next());
    EXPECT_EQ(outer->value(0).toString(), QStringLiteral("outer"));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(StatementCacheTest);
