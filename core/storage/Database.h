#pragma once

#include "DatabaseUrl.h"
#include "SqlDialect.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <unordered_map>

class QSqlQuery;

namespace kiosk {

class PgPrepared;

// A cached prepared statement: QtSql's on SQLite (and on a LISTEN connection), libpq's
// extended protocol on PostgreSQL (PgPrepared). Exactly one is set.
struct PreparedStatement {
    QSqlQuery *query = nullptr;
    PgPrepared *pg = nullptr;
    int *leases = nullptr; // the cache entry's lease count, for Database::release
    quint64 session = 0;   // the connection's session it was leased in (a reconnect forgets them)
};

// One connection to the shared database. Not thread-safe: a thread (or a terminal) owns
// its Database, as QtSql requires. Prepared statements are cached per connection, so a
// repeated query costs one round trip, not two; on PostgreSQL they are prepared and run in
// libpq's extended protocol on the driver's own connection (PgPrepared).
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
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

    // At most this many statements stay prepared per connection (server-side on PostgreSQL):
    // one-off SQL (a search with an unusual set of filters) must not pile up forever.
    static constexpr std::size_t MaxCachedStatements = 256;

    // The cached prepared statement for `sql`; prepares it on first use. The statement is
    // leased until release(): the least recently used unleased ones are dropped beyond
    // MaxCachedStatements. Statement does both.
    Result<PreparedStatement> prepared(const QString &sql);
    void release(const PreparedStatement &statement);
    std::size_t cachedStatements() const { return m_statements.size(); }
    // A connection that LISTENs keeps QtSql's statements: Qt's driver looks for arrived
    // notifications after each of its own statements only. Call before the first statement.
    void useDriverStatements() { m_driverStatements = true; }
    // Runs a statement without parameters (DDL, BEGIN/COMMIT).
    Status execute(const QString &sql, const QString &what);

    // Statements sent on this connection, each one round trip to the server (the first use
    // of a statement text adds one more, to prepare it). The benchmarks report it per
    // operation; the tests hold the hot paths to it.
    quint64 statementsSent() const { return m_statementsSent; }
    // While set, the text of every statement sent is appended to `log` (tests compare the
    // benchmarks' pgbench scripts with it).
    void recordStatements(QStringList *log) { m_statementLog = log; }
    void countStatement(const QString &sql);

    // A driver error turned into the product's error kinds with a specific message.
    Error errorFrom(const QSqlError &error, const QString &what) const;

    // The database server's clock (rule 4: never the terminal's).
    Result<QDateTime> serverNow();
    // An answer that carried the server's clock (the flight for sale, a hold) keeps it with a
    // monotonic timer, so a caller that can live with a clock read up to maxAgeMs ago gets
    // it moved on by the time since, without a round trip (else it asks the server).
    void noteServerClock(const QDateTime &serverUtc);
    Result<QDateTime> recentServerNow(qint64 maxAgeMs);

    // A cheap round trip: is the server still there?
    Status ping();
    // PostgreSQL: the staff user signed in on this connection (a token from kiosk_sign_in,
    // migration 0010), checked by the database for what needs staff; kept across
    // reconnects. Empty: nobody signed in. SQLite: nothing to do.
    Status setStaffSession(const QString &token);
    const QString &staffSession() const { return m_staffSession; }

    // Closes and reopens this connection with the same settings, after the server restarted
    // or the network came back. Cached statements are prepared again on next use.
    Status reconnect();

private:
    Database(DatabaseUrl url, QString connectionName);
    Status configure();
    static QString staffSessionSetting(const QString &token);
    Status openConnection();
    // Forgets every cached statement without freeing it on the server (the session ends).
    void dropStatements();
    Result<PreparedStatement> preparedInProtocol(const QString &sql);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_staffSession;
    QString m_connectionName;
    quint64 m_statementsSent = 0;
    QStringList *m_statementLog = nullptr;
    QDateTime m_clockSample;
    QElapsedTimer m_clockSampleAge;
    bool m_driverStatements = false;
    quint64 m_preparedSerial = 0; // names the server-side statements of this session
    struct Cached {
        std::unique_ptr<QSqlQuery> query;
        std::unique_ptr<PgPrepared> pg;
        quint64 lastUse = 0;
        int leases = 0;
    };
    void evictBeyondLimit();
    PreparedStatement leased(Cached &cached);

    // The cache is looked up for every statement sent: by the text's length and about 32 of
    // its characters, and equal at once when the text is the cached key's own buffer (SQL
    // kept in a static string; the key shares it, and no SQL is made with fromRawData, whose
    // characters could change under it), not by hashing and comparing a text of a few
    // thousand characters each time.
    struct SqlTextHash {
        std::size_t operator()(const QString &sql) const noexcept;
    };
    struct SqlTextEqual {
        bool operator()(const QString &a, const QString &b) const noexcept;
    };
    std::unordered_map<QString, Cached, SqlTextHash, SqlTextEqual> m_statements;
    quint64 m_uses = 0;
    quint64 m_session = 1; // counts dropStatements(), so a lease from before one is not released
};

} // namespace kiosk
