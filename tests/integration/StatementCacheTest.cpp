#include "TestDatabase.h"

#include "storage/Statement.h"

#include <QDate>
#include <QDateTime>
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

// Text a traveller types comes back exactly, on either database: quotes, backslashes,
// letters beyond ASCII and SQL in a name are values, never statement text.
TEST_P(StatementCacheTest, TextAndNumbersComeBackAsTheyWentIn)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    const QString hostile = QStringLiteral("O'Brien \\ \"Zoë\" \u00df\u6771 '); DROP TABLE bookings; -- :seat");
    auto statement = Statement::prepare(*db, QStringLiteral("SELECT :name, :empty, :missing, CAST(:big AS BIGINT), "
                                                            "CAST(:negative AS INTEGER), :name || '!'"));
    ASSERT_TRUE(statement.ok()) << statement.error().message.toStdString();
    statement->bind(QStringLiteral(":name"), hostile)
        .bind(QStringLiteral(":empty"), QStringLiteral(""))
        .bind(QStringLiteral(":missing"), QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":big"), qint64(9007199254740993LL))
        .bind(QStringLiteral(":negative"), -42);
    ASSERT_TRUE(statement->exec(QStringLiteral("echoing values")).ok());
    ASSERT_TRUE(statement->next());
    EXPECT_EQ(statement->value(0).toString(), hostile);
    EXPECT_FALSE(statement->value(1).isNull());
    EXPECT_EQ(statement->value(1).toString(), QString());
    EXPECT_TRUE(statement->value(2).isNull());
    EXPECT_EQ(statement->value(3).toLongLong(), 9007199254740993LL);
    EXPECT_EQ(statement->value(4).toInt(), -42);
    EXPECT_EQ(statement->value(5).toString(), hostile + QLatin1Char('!'));
    EXPECT_FALSE(statement->next());
}

// On PostgreSQL statements are prepared in the extended protocol (none by SQL PREPARE), and
// each column comes back with the type Qt's own driver gives it, so repositories read the
// same values on either path.
TEST_P(StatementCacheTest, PostgreSQLPreparesInTheProtocolAndKeepsTheDriversTypes)
{
    if (GetParam() != Backend::PostgreSQL)
        GTEST_SKIP() << "SQLite runs in-process: QtSql's statements are its only kind";
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(1796212800123LL, Qt::UTC);
    const QByteArray bytes("\x00\x01'\\\xff", 5);
    auto statement = Statement::prepare(
        *db, QStringLiteral("SELECT CAST(:flag AS boolean), CAST(:big AS bigint), CAST(:small AS integer), "
                            "CAST(:ratio AS double precision), CAST(:price AS numeric), CAST(:bytes AS bytea), "
                            "CAST(:at AS timestamptz) = to_timestamp(1796212800.123), CAST(:day AS date), "
                            "CAST(NULL AS bigint), CAST(NULL AS boolean), CAST(:at AS timestamptz)"));
    ASSERT_TRUE(statement.ok()) << statement.error().message.toStdString();
    statement->bind(QStringLiteral(":flag"), true)
        .bind(QStringLiteral(":big"), qint64(-9007199254740993LL))
        .bind(QStringLiteral(":small"), 7)
        .bind(QStringLiteral(":ratio"), 0.1)
        .bind(QStringLiteral(":price"), QStringLiteral("12.50"))
        .bind(QStringLiteral(":bytes"), bytes)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":day"), QDate(2026, 12, 24));
    ASSERT_TRUE(statement->exec(QStringLiteral("echoing typed values")).ok());
    ASSERT_TRUE(statement->next());
    EXPECT_EQ(statement->value(0).typeId(), QMetaType::Bool);
    EXPECT_TRUE(statement->value(0).toBool());
    EXPECT_EQ(statement->value(1).typeId(), QMetaType::LongLong);
    EXPECT_EQ(statement->value(1).toLongLong(), -9007199254740993LL);
    EXPECT_EQ(statement->value(2).typeId(), QMetaType::Int);
    EXPECT_EQ(statement->value(2).toInt(), 7);
    EXPECT_DOUBLE_EQ(statement->value(3).toDouble(), 0.1);
    EXPECT_EQ(statement->value(4).typeId(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(statement->value(4).toDouble(), 12.5);
    EXPECT_EQ(statement->value(5).toByteArray(), bytes);
    EXPECT_TRUE(statement->value(6).toBool()) << "the bound time is the same instant on the server";
    EXPECT_EQ(statement->value(7).toDate(), QDate(2026, 12, 24));
    EXPECT_TRUE(statement->value(8).isNull());
    EXPECT_EQ(statement->value(8).typeId(), QMetaType::LongLong);
    EXPECT_TRUE(statement->value(9).isNull());
    EXPECT_EQ(statement->value(10).toDateTime().toMSecsSinceEpoch(), at.toMSecsSinceEpoch());

    auto kinds = Statement::prepare(*db, QStringLiteral("SELECT count(*) FILTER (WHERE from_sql), "
                                                        "count(*) FILTER (WHERE NOT from_sql) FROM pg_prepared_statements"));
    ASSERT_TRUE(kinds.ok());
    ASSERT_TRUE(kinds->exec(QStringLiteral("counting prepared statements")).ok() && kinds->next());
    EXPECT_EQ(kinds->value(0).toLongLong(), 0) << "no statement prepared by SQL PREPARE";
    EXPECT_EQ(kinds->value(1).toLongLong(), 2) << "both statements prepared in the protocol";

    // A statement the server refuses names the server's reason and SQLSTATE, and the
    // connection goes on working.
    auto broken = Statement::prepare(*db, QStringLiteral("SELECT CAST(:n AS integer) / 0"));
    ASSERT_TRUE(broken.ok());
    broken->bind(QStringLiteral(":n"), 1);
    const auto failed = broken->exec(QStringLiteral("dividing by zero"));
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(broken->lastError().nativeErrorCode(), QStringLiteral("22012"));
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("division by zero")))
        << failed.error().message.toStdString();
    EXPECT_TRUE(db->ping().ok());
}

// The typed reads the hot paths use (text, integer, isNull) answer exactly what value()
// answers, for every kind of column, on either database; and texts bound one after another
// into one buffer stay apart, a broken surrogate at the end of one included.
TEST_P(StatementCacheTest, TypedReadsAnswerWhatValueAnswers)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    const QString unicode = QStringLiteral("Zo\u00eb \u6771\u4eac 'x'");
    const QString brokenEnd = QStringLiteral("abc") + QChar(0xD800);
    auto statement = Statement::prepare(
        *db, QStringLiteral("SELECT :text, :empty, CAST(:big AS BIGINT), CAST(:small AS INTEGER), CAST(:day AS DATE), "
                            "CAST(:flag AS BOOLEAN), CAST(:price AS NUMERIC), CAST(NULL AS TEXT), "
                            "CAST(NULL AS BIGINT), :digits, :broken, :after"));
    ASSERT_TRUE(statement.ok()) << statement.error().message.toStdString();
    statement->bind(QStringLiteral(":text"), unicode)
        .bind(QStringLiteral(":empty"), QStringLiteral(""))
        .bind(QStringLiteral(":big"), qint64(-9007199254740993LL))
        .bind(QStringLiteral(":small"), 7)
        .bind(QStringLiteral(":day"), QStringLiteral("2026-12-24"))
        .bind(QStringLiteral(":flag"), true)
        .bind(QStringLiteral(":price"), QStringLiteral("12.50"))
        .bind(QStringLiteral(":digits"), QStringLiteral("0042"))
        .bind(QStringLiteral(":broken"), brokenEnd)
        .bind(QStringLiteral(":after"), QStringLiteral("next"));
    ASSERT_TRUE(statement->exec(QStringLiteral("reading every kind of column")).ok());
    ASSERT_TRUE(statement->next());
    for (int column = 0; column < 12; ++column) {
        SCOPED_TRACE(column);
        const QVariant value = statement->value(column);
        EXPECT_EQ(statement->text(column), value.toString());
        EXPECT_EQ(statement->text(column).isNull(), value.toString().isNull());
        EXPECT_EQ(statement->integer(column), value.toLongLong());
        EXPECT_EQ(statement->isNull(column), value.isNull());
    }
    EXPECT_EQ(statement->text(0), unicode);
    EXPECT_EQ(statement->integer(2), -9007199254740993LL);
    if (GetParam() == Backend::PostgreSQL) { // SQLite's CAST AS DATE keeps the leading number
        EXPECT_EQ(statement->text(4), QStringLiteral("2026-12-24"));
    }
    EXPECT_TRUE(statement->isNull(7));
    EXPECT_EQ(statement->integer(9), 42);
    EXPECT_EQ(statement->text(10), QStringLiteral("abc") + QChar(QChar::ReplacementCharacter))
        << "a broken surrogate is stored as the replacement character";
    EXPECT_EQ(statement->text(11), QStringLiteral("next")) << "the value after a broken surrogate is whole";
}

// The cache finds a statement by its text, whatever string holds it, and tells apart texts of
// the same length and the same ends; values go by name whatever the order of the binds.
TEST_P(StatementCacheTest, StatementsAreFoundByTheirTextAndValuesByTheirName)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    ASSERT_NE(db, nullptr);
    const QString pair = QStringLiteral("SELECT CAST(:a AS INTEGER) * 10 + CAST(:b AS INTEGER), CAST(:a AS INTEGER)");
    auto run = [&](const QString &sql, const QString &first, int firstValue, const QString &second, int secondValue) {
        auto statement = Statement::prepare(*db, sql);
        EXPECT_TRUE(statement.ok());
        if (!statement.ok())
            return std::pair(-1, -1);
        statement->bind(first, firstValue).bind(second, secondValue);
        EXPECT_TRUE(statement->exec(QStringLiteral("adding")).ok());
        EXPECT_TRUE(statement->next());
        return std::pair(statement->value(0).toInt(), statement->value(1).toInt());
    };
    const auto before = db->cachedStatements();
    EXPECT_EQ(run(pair, QStringLiteral(":a"), 1, QStringLiteral(":b"), 2), std::pair(12, 1));
    EXPECT_EQ(run(pair, QStringLiteral(":b"), 3, QStringLiteral(":a"), 4), std::pair(43, 4)) << "other order";
    // The same text in another string (built, not the literal) and names built at run time.
    const QString rebuilt = QString(pair.size(), Qt::Uninitialized).replace(0, pair.size(), pair);
    const QString a = QString(QLatin1Char(':')) + QLatin1Char('a');
    EXPECT_EQ(run(rebuilt, a, 5, QStringLiteral(":b"), 6), std::pair(56, 5));
    EXPECT_EQ(db->cachedStatements(), before + 1) << "one statement for one text";
    // Same length, same ends, another statement in the middle.
    QString twin = pair;
    twin.replace(QStringLiteral("* 10 +"), QStringLiteral("* 20 -"));
    ASSERT_EQ(twin.size(), pair.size());
    EXPECT_EQ(run(twin, QStringLiteral(":a"), 1, QStringLiteral(":b"), 2), std::pair(18, 1));
    EXPECT_EQ(run(pair, QStringLiteral(":a"), 1, QStringLiteral(":b"), 2), std::pair(12, 1));
    EXPECT_EQ(db->cachedStatements(), before + 2);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(StatementCacheTest);
