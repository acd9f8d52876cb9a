// The two dialects' migrations describe one schema: after every migration, SQLite and
// PostgreSQL have the same tables, the same columns with the same NOT NULL rules, and the
// same indexes (columns, unique, partial), the same foreign keys (with what a delete does)
// and the same number of CHECK constraints per table; every migration exists in both
// dialects and opens with a comment saying why. A migration written for one dialect and
// forgotten or mistyped in the other fails here, not in a customer's database.
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
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
        if (!PostgresOnlyTables.contains(row.section(QRegularExpression(QStringLiteral("[.(:]")), 0, 0)))
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

// "table(column)->table(column) on delete ACTION", one row per column of a foreign key.
QStringList foreignKeys(Database &db, Backend backend)
{
    return backend == Backend::SQLite
        ? rows(db, QStringLiteral("SELECT m.name || '(' || f.\"from\" || ')->' || f.\"table\" || '(' "
                                  "|| coalesce(f.\"to\", (SELECT p.name FROM pragma_table_info(f.\"table\") p WHERE p.pk = 1)) "
                                  "|| ') on delete ' || upper(f.on_delete) "
                                  "FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                  "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"))
        : rows(db, QStringLiteral("SELECT t.relname || '(' || a.attname || ')->' || ft.relname || '(' || fa.attname "
                                  "|| ') on delete ' || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
                                  "WHEN 'd' THEN 'SET DEFAULT' WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END "
                                  "FROM pg_constraint c "
                                  "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) k(att, fatt) "
                                  "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class ft ON ft.oid = c.confrelid "
                                  "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att "
                                  "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = k.fatt "
                                  "JOIN pg_namespace n ON n.oid = t.relnamespace "
                                  "WHERE c.contype = 'f' AND n.nspname = current_schema()"));
}

// "table: N checks" for every table with CHECK constraints other than plain length limits
// (SQLite spells char(3) as CHECK (length(x) = 3), PostgreSQL as the column's type).
// SQLite keeps them only in the table's SQL text, so they are counted there.
QStringList checkCounts(Database &db, Backend backend)
{
    if (backend == Backend::PostgreSQL)
        // Materialised first: pg_get_constraintdef() must not see other schemas' constraints,
        // which parallel tests drop under it ("could not open relation with OID").
        return rows(db, QStringLiteral("WITH mine AS MATERIALIZED (SELECT c.oid, t.relname FROM pg_constraint c "
                                       "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                                       "WHERE c.contype = 'c' AND n.nspname = current_schema()) "
                                       "SELECT relname || ': ' || count(*) || ' checks' FROM mine "
                                       "WHERE pg_get_constraintdef(oid) !~ '^CHECK \\(\\(length\\(\\w+\\) <?= \\d+\\)\\)$' "
                                       "GROUP BY relname"));
    const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\((?!\\s*length\\(\\w+\\)\\s*<?=\\s*\\d+\\s*\\))"),
                                   QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QString &row : rows(db, QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master "
                                                      "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        QString sql = row.section(QStringLiteral(": "), 1);
        sql.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
        if (const qsizetype checks = sql.count(check); checks > 0)
            found << QStringLiteral("%1: %2 checks").arg(row.section(QStringLiteral(": "), 0, 0)).arg(checks);
    }
    found.sort();
    return found;
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

TEST(SchemaParity, BothDialectsMigrateToTheSameTablesColumnsIndexesKeysAndChecks)
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

    const QStringList sqliteKeys = foreignKeys(*sqlite, Backend::SQLite);
    EXPECT_GT(sqliteKeys.size(), 20);
    expectSame(sqliteKeys, foreignKeys(*postgres, Backend::PostgreSQL), "foreign keys");

    const QStringList sqliteChecks = checkCounts(*sqlite, Backend::SQLite);
    EXPECT_GT(sqliteChecks.size(), 5);
    expectSame(sqliteChecks, checkCounts(*postgres, Backend::PostgreSQL), "CHECK constraints");
}

TEST(SchemaParity, EveryMigrationExistsInBothDialectsAndSaysWhy)
{
    const QDir postgres(QStringLiteral(":/migrations/postgresql")), sqlite(QStringLiteral(":/migrations/sqlite"));
    const QStringList postgresFiles = postgres.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    EXPECT_GT(postgresFiles.size(), 20);
    EXPECT_EQ(postgresFiles, sqlite.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name));
    for (const QDir &dialect : {postgres, sqlite}) {
        for (const QString &name : dialect.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            QFile file(dialect.filePath(name));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
            EXPECT_TRUE(file.readLine().startsWith("-- ")) << qPrintable(file.fileName())
                                                         << " does not open with a comment saying what it changes and why";
        }
    }
}

} // namespace
