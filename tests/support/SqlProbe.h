#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace kiosk::test {

// Reads the database behind the service's back, to check what really got stored.
inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

inline qint64 countRows(Database &db, const QString &table, const QString &where = QStringLiteral("1 = 1"))
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
}

} // namespace kiosk::test

namespace kiosk::test {

// Every value of every table, as text: for tests that prove something is stored nowhere.
inline QString dumpDatabase(Database &db)
{
    const QString tables = db.dialect().isPostgres()
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_type = 'BASE TABLE'")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'");
    QSqlQuery list(db.connection());
    if (!list.exec(tables)) {
        ADD_FAILURE() << list.lastError().text().toStdString();
        return QString();
    }
    QStringList names;
    while (list.next())
        names << list.value(0).toString();
    EXPECT_TRUE(names.contains(QStringLiteral("payments")));
    QString dump;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM ") + table)) {
            ADD_FAILURE() << table.toStdString() << ": " << rows.lastError().text().toStdString();
            continue;
        }
        // record() describes the columns anew on every call (on PostgreSQL with a query per
        // table the first time): once per table, not per value, or a large dump takes minutes.
        const int columns = rows.record().count();
        while (rows.next()) {
            for (int i = 0; i < columns; ++i)
                dump += rows.value(i).toString() + QLatin1Char('\t');
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

} // namespace kiosk::test
