#include "SqlDialect.h"

#include <QSqlError>

namespace kiosk {

QString SqlDialect::now() const
{
    // PostgreSQL: transaction start time of the server, the same for every statement of a
    // transaction. SQLite has no server: the machine holding the file decides.
    return isPostgres() ? QStringLiteral("now()")
                        : QStringLiteral("CAST(ROUND((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)");
}

QString SqlDialect::plusSeconds(const QString &expression, const QString &secondsPlaceholder) const
{
    return isPostgres() ? QStringLiteral("(%1 + make_interval(secs => %2))").arg(expression, secondsPlaceholder)
                        : QStringLiteral("(%1 + %2 * 1000)").arg(expression, secondsPlaceholder);
}

QString SqlDialect::epochMs(const QString &column) const
{
    return isPostgres() ? QStringLiteral("CAST(extract(epoch FROM %1) * 1000 AS bigint)").arg(column)
                        : column;
}

QString SqlDialect::fromEpochMs(const QString &placeholder) const
{
    return isPostgres() ? QStringLiteral("to_timestamp(%1 / 1000.0)").arg(placeholder) : placeholder;
}

QString SqlDialect::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString SqlDialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    if (isPostgres())
        return error.nativeErrorCode() == QLatin1String("23505");
    return error.nativeErrorCode() == QLatin1String("2067") || error.nativeErrorCode() == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (isPostgres()) {
        // lock_not_available, query_canceled (statement_timeout), serialization, deadlock
        return code == QLatin1String("55P03") || code == QLatin1String("57014")
            || code == QLatin1String("40001") || code == QLatin1String("40P01");
    }
    return code == QLatin1String("5") || code == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("database is locked"));
}

bool SqlDialect::isPermissionDenied(const QSqlError &error) const
{
    // insufficient_privilege: a GRANT missing for this login, or a staff check refusing
    return isPostgres() && error.nativeErrorCode() == QLatin1String("42501");
}

bool SqlDialect::isConnectionLost(const QSqlError &error) const
{
    if (!isPostgres()) {
        // Qt's SQLite driver calls every failed step a ConnectionError, a broken CHECK as
        // much as a vanished disk: only an I/O error or a file it cannot open (the primary
        // result codes SQLITE_IOERR and SQLITE_CANTOPEN) puts the database out of reach.
        bool numeric = false;
        const int primary = error.nativeErrorCode().toInt(&numeric) & 0xff;
        if (!numeric)
            return error.type() == QSqlError::ConnectionError;
        return primary == 10 || primary == 14;
    }
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // connection_exception class, admin/crash shutdown, cannot_connect_now
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + error.driverText();
    // Every error the server itself raises carries a SQLSTATE; one without it came from libpq
    // on this side of the wire (a broken or closed socket).
    if (code.isEmpty() && error.type() != QSqlError::NoError)
        return true;
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("Connection refused"));
}

} // namespace kiosk
