#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kiosk {

class Database;

// Versioned schema migrations, one numbered .sql file per step and dialect, compiled in
// as resources (:/migrations/<dialect>/NNNN_name.sql). Each step runs in its own
// transaction and records itself in schema_version; PostgreSQL terminals that migrate at
// the same moment queue on an advisory lock instead of applying a step twice.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    struct Step {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database &db) : m_db(db) {}

    QList<Step> steps() const;
    int latestVersion() const;
    // The schema version this program was built for: its newest migration (both dialects
    // are numbered alike). Needs no database, for --version.
    static int bundledVersion();
    // 0 for an empty database.
    Result<int> currentVersion();
    // Applies every missing step; returns the version reached. Refuses a newer database.
    Result<int> migrate();
    // Succeeds only when the schema is exactly the version this program was built for.
    Status checkCurrent();

    // Splits a migration file into statements: at semicolons ending a line, outside comments.
    static QStringList splitStatements(const QString &script);

private:
    static QList<Step> stepsOf(const QString &dialectName);
    Status ensureVersionTable();
    Result<bool> hasVersionTable();
    Status apply(const Step &step);
    // PostgreSQL: creates the kiosk/desk/ops classes of logins and grants each its tables
    // (migration 0010, docs/security.md), every time migrate runs.
    Status applyTerminalGrants();
    // SQLite: any row whose foreign key points nowhere (PRAGMA foreign_key_check).
    Status danglingForeignKeys();
    Error tooNew(int found) const;

    Database &m_db;
};

} // namespace kiosk
