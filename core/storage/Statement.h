#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace kiosk {

// One use of a cached prepared statement: bind, run, read, and release it (finish) when
// done so SQLite never keeps a read lock behind a half-read result. The same calls on
// either kind of statement Database caches (QtSql's, or libpq's on PostgreSQL).
class Statement {
public:
    static Result<Statement> prepare(Database &db, const QString &sql);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    ~Statement();

    Statement &bind(const QString &placeholder, const QVariant &value);
    // Runs the statement; on failure the error says what we were doing.
    Status exec(const QString &what);
    bool next();
    QVariant value(int column) const;
    // value(column).toString(), .toLongLong() and .isNull(), without a QVariant on
    // PostgreSQL for text and whole-number columns (the hot reads: a sale's booking).
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    int numRowsAffected() const;
    QSqlError lastError() const;

private:
    Statement(Database &db, PreparedStatement prepared) : m_db(&db), m_prepared(prepared) {}
    Database *m_db;
    PreparedStatement m_prepared; // empty once moved from
};

// A timestamp column as selected through SqlDialect::epochMs: milliseconds since the epoch,
// read back in UTC; SQL NULL is an invalid QDateTime.
QDateTime utcFromEpochMs(const QVariant &value);
QDateTime utcFromEpochMs(const Statement &row, int column);

} // namespace kiosk
