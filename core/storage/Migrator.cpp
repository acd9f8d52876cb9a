#include "Migrator.h"

#include "BookingSearchRepository.h"
#include "Database.h"
#include "Statement.h"
#include "Transaction.h"
#include "common/Logging.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QRegularExpression>

namespace kiosk {

QList<Migrator::Step> Migrator::steps() const
{
    return stepsOf(m_db.dialect().name());
}

QList<Migrator::Step> Migrator::stepsOf(const QString &dialectName)
{
    static const QRegularExpression fileName(QStringLiteral(R"(^(\d{4})_(\w+)\.sql$)"));
    const QString folder = QStringLiteral(":/migrations/") + dialectName;
    QList<Step> found;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = fileName.match(file);
        if (match.hasMatch())
            found.append({match.captured(1).toInt(), match.captured(2), folder + QLatin1Char('/') + file});
    }
    return found;
}

int Migrator::bundledVersion()
{
    const auto all = stepsOf(QStringLiteral("postgresql"));
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::latestVersion() const
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::ensureVersionTable()
{
    return m_db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                       "version integer PRIMARY KEY, name text NOT NULL, "
                                       "applied_at text NOT NULL)"),
                        QStringLiteral("creating the schema_version table"));
}

Result<bool> Migrator::hasVersionTable()
{
    // Reading the version must not write: a read-only role may check the schema too.
    const QString sql = m_db.dialect().isPostgres()
        ? QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE tablename = 'schema_version' "
                         "AND schemaname = ANY (current_schemas(false))")
        : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    auto query = Statement::prepare(m_db, sql);
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("looking for the schema version")); !done)
        return done.error();
    return query->next() && query->value(0).toInt() > 0;
}

Result<int> Migrator::currentVersion()
{
    auto exists = hasVersionTable();
    if (!exists)
        return exists.error();
    if (!*exists)
        return 0;
    auto query = Statement::prepare(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!query)
        return query.error();
    if (auto done = query->exec(QStringLiteral("reading the schema version")); !done)
        return done.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Error Migrator::tooNew(int found) const
{
    return makeError(ErrorCode::SchemaTooNew,
                     tr("the database schema is at version %1 but this program knows only up to "
                        "version %2; upgrade the kiosk software before using this database")
                         .arg(found)
                         .arg(latestVersion()));
}

Status Migrator::checkCurrent()
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return tooNew(*current);
    if (*current < latestVersion())
        return makeError(ErrorCode::SchemaTooNew,
                         tr("the database schema is at version %1 and this program needs version %2; "
                            "run 'kioskctl migrate' first")
                             .arg(*current)
                             .arg(latestVersion()));
    return Done{};
}

Result<int> Migrator::migrate()
{
    if (auto ensured = ensureVersionTable(); !ensured)
        return ensured.error();
    auto current = currentVersion();
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return tooNew(*current);
    bool appliedAny = false;
    for (const Step &step : steps()) {
        if (step.version <= *current)
            continue;
        if (auto applied = apply(step); !applied)
            return applied.error();
        appliedAny = true;
    }
    if (appliedAny) {
        // Lines older than the search-key columns get their keys now: Unicode folding
        // (accents) is the program's, not SQL's.
        if (auto filled = BookingSearchRepository(m_db).fillMissingKeys(); !filled)
            return filled.error();
    }
    if (auto granted = applyTerminalGrants(); !granted)
        return granted.error();
    return currentVersion();
}

Status Migrator::applyTerminalGrants()
{
    if (!m_db.dialect().isPostgres())
        return Done{}; // SQLite has no logins: the demo's file is the whole database
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    // Concurrent GRANTs on one object fail ("tuple concurrently updated"): one at a time.
    if (auto locked = m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7357001)"),
                                   QStringLiteral("waiting for other migrations"));
        !locked)
        return locked;
    // A terminal login that runs migrate (nothing to apply) must not try to grant.
    if (auto granted = m_db.execute(QStringLiteral("SELECT kiosk_apply_terminal_grants() WHERE NOT kiosk_is_terminal_login()"),
                                    QStringLiteral("granting the terminal logins their rights"));
        !granted)
        return granted;
    return transaction->commit();
}

Status Migrator::apply(const Step &step)
{
    QFile file(step.resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("cannot read migration %1").arg(step.resourcePath));
    const QString script = QString::fromUtf8(file.readAll());

    // SQLite changes some schemas only by rebuilding a table, which its documentation says
    // to do with foreign keys off (a no-op inside a transaction, so set before it) and a
    // foreign key check before the commit. They are on again whatever happens.
    const bool sqlite = !m_db.dialect().isPostgres();
    if (sqlite) {
        if (auto off = m_db.execute(QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("preparing a migration"));
            !off)
            return off;
    }
    const auto foreignKeysOn = qScopeGuard([this, sqlite] {
        if (sqlite)
            (void)m_db.execute(QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("finishing a migration"));
    });
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    if (m_db.dialect().isPostgres()) {
        // Serialises concurrent migrators; released at commit.
        if (auto locked = m_db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7357001)"),
                                       QStringLiteral("waiting for other migrations"));
            !locked)
            return locked;
    }
    // Another terminal may have applied this step while we waited for the lock. The check
    // is released before the script runs: SQLite cannot drop a table while a statement of
    // the same connection is still reading.
    {
        auto check = Statement::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = :v"));
        if (!check)
            return check.error();
        check->bind(QStringLiteral(":v"), step.version);
        if (auto done = check->exec(QStringLiteral("checking the schema version")); !done)
            return done;
        if (check->next() && check->value(0).toInt() > 0)
            return Done{};
    }

    const QString what = QStringLiteral("applying migration %1_%2").arg(step.version, 4, 10, QLatin1Char('0')).arg(step.name);
    for (const QString &sql : splitStatements(script)) {
        if (auto done = m_db.execute(sql, what); !done)
            return done;
    }
    auto record = Statement::prepare(
        m_db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                       "VALUES (:v, :n, CAST(CURRENT_TIMESTAMP AS text))"));
    if (!record)
        return record.error();
    record->bind(QStringLiteral(":v"), step.version)
        .bind(QStringLiteral(":n"), step.name);
    if (auto done = record->exec(QStringLiteral("recording the schema version")); !done)
        return done;
    if (sqlite) {
        if (auto broken = danglingForeignKeys(); !broken)
            return broken;
    }
    if (auto committed = transaction->commit(); !committed)
        return committed;
    qCInfo(lcStorage) << "applied migration" << step.version << step.name;
    return Done{};
}

Status Migrator::danglingForeignKeys()
{
    auto check = Statement::prepare(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!check)
        return check.error();
    if (auto done = check->exec(QStringLiteral("checking foreign keys after a migration")); !done)
        return done;
    if (check->next())
        return makeError(ErrorCode::Internal, tr("the migration left a row of %1 without its %2 row")
                                                  .arg(check->value(0).toString(), check->value(2).toString()));
    return Done{};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inFunctionBody = false; // between $$ quotes a ';' ends a PL/pgSQL statement, not ours
    bool inTriggerBody = false;  // likewise in a SQLite trigger's lines BEGIN ... END;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || (!inFunctionBody && trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inFunctionBody = !inFunctionBody;
        if (!inFunctionBody && trimmed == QLatin1String("BEGIN"))
            inTriggerBody = true;
        else if (inTriggerBody && trimmed == QLatin1String("END;"))
            inTriggerBody = false;
        if (!inFunctionBody && !inTriggerBody && trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace kiosk
