#pragma once

#include <QString>

class QSqlError;

namespace kiosk {

// The few places where PostgreSQL and SQLite SQL differ, as fragments for the repositories.
// Timestamps: PostgreSQL stores timestamptz, SQLite integer milliseconds since the epoch;
// repositories always read and write them as epoch milliseconds through these fragments.
class SqlDialect {
public:
    enum class Kind { PostgreSQL, SQLite };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    QString name() const { return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }

    // The database server's current time as a timestamp value.
    QString now() const;
    // `expression` plus `secondsPlaceholder` seconds, as a timestamp value.
    QString plusSeconds(const QString &expression, const QString &secondsPlaceholder) const;
    // A timestamp column read as epoch milliseconds.
    QString epochMs(const QString &column) const;
    // An epoch-milliseconds placeholder written as a timestamp value.
    QString fromEpochMs(const QString &placeholder) const;
    // Appended to a SELECT that must lock its rows until commit (SQLite locks the whole file).
    QString forUpdate() const;
    // Starts a transaction that will write: SQLite takes the write lock up front.
    QString beginWrite() const;

    bool isUniqueViolation(const QSqlError &error) const;
    bool isBusy(const QSqlError &error) const;        // lock or statement timeout, deadlock
    bool isConnectionLost(const QSqlError &error) const;
    bool isPermissionDenied(const QSqlError &error) const;

private:
    Kind m_kind;
};

} // namespace kiosk
