#pragma once

#include "DatabaseUrl.h"
#include "SqlDialect.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace kiosk {

// One connection to the shared database. Not thread-safe: a thread (or a terminal) owns
// its Database, as QtSql requires. Prepared statements are cached per connection, so a
// repeated query costs one round trip, not two.
class Database {
public:
    // Opens and configures a connection. `applicationName` shows up in pg_stat_activity.
    static Result<std::unique_ptr<Database>> open(const QString &url,
                                                  const QString &applicationName = QStringLiteral("kiosk"));
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;

    // The cached prepared statement for `sql`; prepares it on first use.
    Result<QSqlQuery *> prepared(const QString &sql);
    // Runs a statement without parameters (DDL, BEGIN/COMMIT).
    Status execute(const QString &sql, const QString &what);

    // A driver error turned into the product's error kinds with a specific message.
    Error errorFrom(const QSqlError &error, const QString &what) const;

    // The database server's clock (rule 4: never the terminal's).
    Result<QDateTime> serverNow();

    // A cheap round trip: is the server still there?
    Status ping();
    // Closes and reopens this connection with the same settings, after the server restarted
    // or the network came back. Cached statements are prepared again on next use.
    Status reconnect();

private:
    Database(DatabaseUrl url, QString connectionName);
    Status configure();
    Status openConnection();

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace kiosk
