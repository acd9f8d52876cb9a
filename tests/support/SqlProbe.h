#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

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
