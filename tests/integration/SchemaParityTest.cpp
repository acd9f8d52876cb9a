// The two dialects' migrations describe one schema: after every migration, SQLite and
// PostgreSQL have the same tables, the same columns with the same NOT NULL rules, and the
// same indexes (columns, unique, partial). A migration written for one dialect and
// forgotten or mistyped in the other fails here, not in a customer's database.
#include "TestDatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Tables only PostgreSQL has, each for a feature SQLite (one process, one file) lacks.
const QSet<QString> PostgresOnlyTables{
    QStringLiteral("seat_changes"),          // the queue of seat-change announcements (LISTEN/NOTIFY)
    QStringLiteral("sign_in_secret"),        // staff sessions a terminal login proves to the database
    QStringLiteral("staff_sessions"),        //   (database-enforced roles)
    QStringLiteral("terminal_table_rights"), // the GRANTs of the terminal logins
};

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    QStringList found;
    while (query.next()) {
        const QString row = query.value(0).toString();
        if (!PostgresOnlyTables.contains(row.section(QRegularExpression(QStringLiteral("[.(]")), 0, 0)))
            found << row;
    }
    found.sort();
    return found;
}

// "table.column:1" (1: NOT NULL or part of the primary key).
QStringList columns(Database &db, Backend backend)
{
    return backend == Backend::SQLite
        ? rows(db, QStringLiteral("SELECT m.name || '.' || p.name || ':' || (p.\"notnull\" OR p.pk > 0) "
                                  "FROM sqlite_master m, pragma_table_info(m.name) p "
                                  "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"))
        : rows(db, QStringLiteral("SELECT table_name || '.' || column_name || ':' || (is_nullable = 'NO')::int "
                                  "FROM information_schema.columns c JOIN pg_tables t "
                                  "ON t.tablename = c.table_name AND t.schemaname = c.table_schema "
                                  "WHERE c.table_schema = current_schema()"));
}

// "table(col,col) unique partial", primary keys aside (unique constraints included).
QStringList indexes(Database &db, Backend backend)
{
    return backend == Backend::SQLite
        ? rows(db, QStringLiteral("SELECT m.name || '(' || (SELECT group_concat(name, ',') FROM (SELECT name FROM "
                                  "pragma_index_info(il.name) ORDER BY seqno)) || ')' "
                                  "|| CASE WHEN il.\"unique\" THEN ' unique' ELSE '' END "
                                  "|| CASE WHEN il.partial THEN ' partial' ELSE '' END "
                                  "FROM sqlite_master m, pragma_index_list(m.name) il "
                                  "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND il.origin <> 'pk'"))
        : rows(db, QStringLiteral("SELECT t.relname || '(' || (SELECT string_agg(a.attname, ',' ORDER BY k.ord) "
                                  "FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) "
                                  "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) || ')' "
                                  "|| CASE WHEN ix.indisunique THEN ' unique' ELSE '' END "
                                  "|| CASE WHEN ix.indpred IS NOT NULL THEN ' partial' ELSE '' END "
                                  "FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid "
                                  "JOIN pg_namespace n ON n.oid = t.relnamespace "
                                  "WHERE n.nspname = current_schema() AND NOT ix.indisprimary"));
}

// Every row of one dialect's answer is in the other's, both ways round.
void expectSame(const QStringList &sqlite, const QStringList &postgres, const char *what)
{
    QStringList onlySqlite, onlyPostgres;
    for (const QString &row : sqlite)
        if (!postgres.contains(row))
            onlySqlite << row;
    for (const QString &row : postgres)
        if (!sqlite.contains(row))
            onlyPostgres << row;
    EXPECT_TRUE(onlySqlite.isEmpty()) << what << " only SQLite has: " << onlySqlite.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(onlyPostgres.isEmpty()) << what << " only PostgreSQL has: "
                                        << onlyPostgres.join(QLatin1Char(' ')).toStdString();
}

TEST(SchemaParity, BothDialectsMigrateToTheSameTablesColumnsAndIndexes)
{
    TestDatabase sqliteDatabase(Backend::SQLite), postgresDatabase(Backend::PostgreSQL);
    ASSERT_TRUE(sqliteDatabase.ready()) << sqliteDatabase.setupError().toStdString();
    ASSERT_TRUE(postgresDatabase.ready()) << postgresDatabase.setupError().toStdString();
    auto sqlite = sqliteDatabase.connect();
    auto postgres = postgresDatabase.connect();
    ASSERT_TRUE(sqlite && postgres);

    const QStringList sqliteColumns = columns(*sqlite, Backend::SQLite);
    const QStringList postgresColumns = columns(*postgres, Backend::PostgreSQL);
    EXPECT_GT(sqliteColumns.size(), 200); // the catalog queries read the real schema
    expectSame(sqliteColumns, postgresColumns, "columns (or a NOT NULL rule)");

    const QStringList sqliteIndexes = indexes(*sqlite, Backend::SQLite);
    const QStringList postgresIndexes = indexes(*postgres, Backend::PostgreSQL);
    EXPECT_GT(sqliteIndexes.size(), 30);
    expectSame(sqliteIndexes, postgresIndexes, "indexes");
}

} // namespace
