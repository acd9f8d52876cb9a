#include "Database.h"

#include "PgPrepared.h"
#include "Statement.h"
#include "common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kiosk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kiosk-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Bounds on how long one terminal can make others wait (issue: a stuck transaction must
// not freeze the airport). Lock waits surface as ErrorCode::Busy: "please try again".
constexpr int LockTimeoutMs = 5000;
constexpr int StatementTimeoutMs = 30000;
// How often a server checks that the terminal of a running statement is still there.
constexpr int ClientCheckIntervalMs = 250;

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)),
      m_dialect(m_url.kind == DatabaseUrl::Kind::PostgreSQL ? SqlDialect::Kind::PostgreSQL
                                                            : SqlDialect::Kind::SQLite),
      m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    dropStatements(); // queries must go before their connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &urlText, const QString &applicationName)
{
    auto url = DatabaseUrl::parse(urlText);
    if (!url)
        return url.error();

    const bool postgres = url->kind == DatabaseUrl::Kind::PostgreSQL;
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("the Qt SQL driver %1 is not installed (Debian: %2)")
                             .arg(driver, postgres ? QStringLiteral("libqt6sql6-psql")
                                                   : QStringLiteral("libqt6sql6-sqlite")));

    if (!postgres && url->path != QLatin1String(":memory:")) {
        const QFileInfo file(url->path);
        if (!file.absoluteDir().exists())
            return makeError(ErrorCode::BadInput,
                             tr("cannot open %1: directory %2 does not exist")
                                 .arg(url->path, file.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(*url, nextConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, database->m_connectionName);
    if (postgres) {
        db.setHostName(url->host);
        if (url->port > 0)
            db.setPort(url->port);
        db.setDatabaseName(url->database);
        db.setUserName(url->user);
        db.setPassword(url->password);
        QString options = url->libpqOptions();
        bool hasApplicationName = false;
        for (const auto &parameter : url->parameters)
            hasApplicationName |= parameter.first == QLatin1String("application_name");
        if (!hasApplicationName)
            options += (options.isEmpty() ? QString() : QStringLiteral(";"))
                + QStringLiteral("application_name=") + DatabaseUrl::libpqQuoted(applicationName.left(63));
        if (!options.contains(QLatin1String("connect_timeout")))
            options += QStringLiteral(";connect_timeout=5");
        // A cable pulled out of a kiosk must be noticed in seconds, not after the kernel's
        // two-hour TCP default (ignored on Unix sockets).
        if (!options.contains(QLatin1String("keepalives")))
            options += QStringLiteral(";keepalives_idle=5;keepalives_interval=2;keepalives_count=3");
        if (!options.contains(QLatin1String("tcp_user_timeout")))
            options += QStringLiteral(";tcp_user_timeout=10000");
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(url->path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(LockTimeoutMs));
    }

    if (auto opened = database->openConnection(); !opened)
        return opened.error();
    qCDebug(lcStorage) << "connected to" << url->redacted();
    return database;
}

Status Database::openConnection()
{
    QSqlDatabase db = connection();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("cannot connect to %1: %2")
                             .arg(m_url.redacted(), error.databaseText().isEmpty() ? error.text()
                                                                                  : error.databaseText().trimmed()));
    }
    return configure();
}

Status Database::ping()
{
    auto query = Statement::prepare(*this, QStringLiteral("SELECT 1"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("checking the connection")); !done)
        return done;
    if (!query->next())
        return makeError(ErrorCode::DatabaseUnavailable, tr("checking the connection: no answer"));
    return Done{};
}

Status Database::reconnect()
{
    dropStatements(); // prepared on the old session; the new one knows none of them
    QSqlDatabase db = connection();
    db.close();
    if (auto opened = openConnection(); !opened)
        return opened;
    qCInfo(lcStorage) << "reconnected to" << m_url.redacted();
    return Done{};
}

Status Database::configure()
{
    QStringList settings;
    if (m_dialect.isPostgres()) {
        settings << QStringLiteral("SET lock_timeout = %1").arg(LockTimeoutMs)
                 << QStringLiteral("SET statement_timeout = %1").arg(StatementTimeoutMs)
                 << QStringLiteral("SET idle_in_transaction_session_timeout = %1").arg(StatementTimeoutMs)
                 << QStringLiteral("SET client_min_messages = warning");
        if (!m_staffSession.isEmpty()) // a reconnect keeps the signed-in staff user
            settings << staffSessionSetting(m_staffSession);
    } else {
        // WAL lets readers (seat maps) run beside the single writer; NORMAL sync is durable
        // enough in WAL mode and several times faster.
        settings << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL")
                 << QStringLiteral("PRAGMA foreign_keys = ON");
    }
    for (const QString &sql : settings) {
        if (auto done = execute(sql, QStringLiteral("configuring the connection")); !done)
            return done;
    }
    return Done{};
}

QString Database::staffSessionSetting(const QString &token)
{
    return QStringLiteral("SET kiosk.staff_session = '%1'").arg(token);
}

Status Database::setStaffSession(const QString &token)
{
    if (!m_dialect.isPostgres())
        return Done{};
    // The database hands out 64 hex digits; anything else would be quoted into SQL.
    static const QRegularExpression tokenShape(QStringLiteral("^([0-9a-f]{64})?$"));
    if (!tokenShape.match(token).hasMatch())
        return makeError(ErrorCode::Internal, tr("a staff session token has the wrong shape"));
    if (auto set = execute(token.isEmpty() ? QStringLiteral("RESET kiosk.staff_session") : staffSessionSetting(token),
                           QStringLiteral("starting the staff session"));
        !set)
        return set;
    m_staffSession = token;
    return Done{};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::size_t Database::SqlTextHash::operator()(const QString &sql) const noexcept
{
    // About 32 characters spread over the text, and its length.
    std::size_t hash = std::size_t(sql.size());
    const qsizetype step = std::max<qsizetype>(1, sql.size() / 32);
    for (qsizetype i = 0; i < sql.size(); i += step)
        hash = hash * 31 + sql[i].unicode();
    return hash;
}

bool Database::SqlTextEqual::operator()(const QString &a, const QString &b) const noexcept
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

PreparedStatement Database::leased(Cached &cached)
{
    cached.lastUse = ++m_uses;
    ++cached.leases;
    return PreparedStatement{cached.query.get(), cached.pg.get(), &cached.leases, m_session};
}

Result<PreparedStatement> Database::prepared(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found != m_statements.end()) {
        Cached &cached = found->second;
        if (cached.pg)
            cached.pg->finish();
        else
            cached.query->finish();
        return leased(cached);
    }
    if (m_dialect.isPostgres() && !m_driverStatements)
        return preparedInProtocol(sql);
    auto query = std::make_unique<QSqlQuery>(connection());
    if (!query->prepare(sql))
        return errorFrom(query->lastError(), QStringLiteral("preparing a statement"));
    Cached &cached = m_statements.emplace(sql, Cached{std::move(query), nullptr}).first->second;
    const PreparedStatement statement = leased(cached);
    evictBeyondLimit();
    return statement;
}

Result<PreparedStatement> Database::preparedInProtocol(const QString &sql)
{
    // QPSQL's handle: a PGconn*, whose type Qt names after libpq's struct (pg_conn*).
    const QVariant handle = connection().driver()->handle();
    const bool isLibpq = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    PGconn *libpq = isLibpq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!libpq)
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("lost the connection to the database while preparing a statement: the connection is closed"));
    QSqlError failed;
    auto statement = PgPrepared::prepare(libpq, "kiosk_" + QByteArray::number(++m_preparedSerial), sql, &failed);
    if (!statement)
        return errorFrom(failed, QStringLiteral("preparing a statement"));
    Cached &cached = m_statements.emplace(sql, Cached{nullptr, std::move(statement)}).first->second;
    const PreparedStatement leasedStatement = leased(cached);
    evictBeyondLimit();
    return leasedStatement;
}

void Database::release(const PreparedStatement &statement)
{
    // A leased entry is never evicted, and a node's address survives rehashing; only a
    // reconnect drops leased entries, and it starts a new session.
    if (statement.leases && statement.session == m_session)
        *statement.leases = std::max(0, *statement.leases - 1);
}

void Database::dropStatements()
{
    for (auto &[sql, cached] : m_statements) {
        if (cached.pg)
            cached.pg->forgetConnection();
    }
    m_statements.clear();
    ++m_session;
}

void Database::evictBeyondLimit()
{
    while (m_statements.size() > MaxCachedStatements) {
        auto oldest = m_statements.end();
        for (auto it = m_statements.begin(); it != m_statements.end(); ++it) {
            if (it->second.leases == 0 && (oldest == m_statements.end() || it->second.lastUse < oldest->second.lastUse))
                oldest = it;
        }
        if (oldest == m_statements.end())
            return; // every one is in use: over the limit until they are released
        m_statements.erase(oldest); // either kind deallocates itself on the server
    }
}

void Database::countStatement(const QString &sql)
{
    ++m_statementsSent;
    if (m_statementLog)
        m_statementLog->append(sql);
}

Status Database::execute(const QString &sql, const QString &what)
{
    countStatement(sql);
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query.lastError(), what);
    return Done{};
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText().trimmed();
    // After a broken connection QPSQL marks the database closed, and later statements fail
    // with "database not open" and no error of their own: still a lost connection.
    if (m_dialect.isPostgres() && !connection().isOpen())
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("lost the connection to the database while %1: the connection is closed")
                             .arg(what));
    if (m_dialect.isConnectionLost(error))
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("lost the connection to the database while %1: %2").arg(what, detail));
    if (m_dialect.isBusy(error))
        return makeError(ErrorCode::Busy,
                         tr("the database is busy (%1); nothing was changed, please try again")
                             .arg(what));
    if (m_dialect.isPermissionDenied(error))
        return makeError(ErrorCode::Forbidden, tr("%1 is not allowed: %2").arg(what, detail));
    qCWarning(lcStorage) << "database error while" << what << ':' << detail << error.nativeErrorCode();
    return makeError(ErrorCode::Internal, tr("database error while %1: %2").arg(what, detail));
}

Result<QDateTime> Database::serverNow()
{
    auto query = Statement::prepare(*this, QStringLiteral("SELECT ") + m_dialect.epochMs(m_dialect.now()));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the server clock")); !done)
        return done.error();
    if (!query->next())
        return makeError(ErrorCode::DatabaseUnavailable, tr("reading the server clock: no answer"));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(query->value(0).toLongLong(), Qt::UTC);
    noteServerClock(now);
    return now;
}

void Database::noteServerClock(const QDateTime &serverUtc)
{
    if (!serverUtc.isValid())
        return;
    m_clockSample = serverUtc;
    m_clockSampleAge.start();
}

Result<QDateTime> Database::recentServerNow(qint64 maxAgeMs)
{
    if (m_clockSampleAge.isValid() && m_clockSampleAge.elapsed() <= maxAgeMs)
        return m_clockSample.addMSecs(m_clockSampleAge.elapsed());
    return serverNow();
}

} // namespace kiosk
