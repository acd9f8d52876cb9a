#pragma once

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace kiosk::test {

// Makes LOGIN role `login` a member of the terminal class `terminalClass` (kiosk, desk, ops)
// of the schema `owner` is on. Name it <schema>_login_<name> so that the drop below takes it.
inline Status createTerminalLogin(Database &owner, const QString &login, const QString &terminalClass)
{
    QSqlQuery statement(owner.connection()); // both names are the caller's own words, not input
    if (!statement.exec(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN IN ROLE %I', '%1', kiosk_login_group('%2'))")
                            .arg(login, terminalClass))
        || !statement.next())
        return makeError(ErrorCode::Internal, statement.lastError().text());
    return owner.execute(statement.value(0).toString(), QStringLiteral("making a terminal login"));
}

// Drops a PostgreSQL schema and the roles made for it, which outlive schemas: the classes
// of terminal logins its migration created (<database>_<schema>_<class>) and the logins
// made for them (<schema>_login_<name>). Used by the tests and the benchmarks alike, so
// neither leaves roles behind in the cluster it ran against.
inline Status dropSchemaAndItsRoles(Database &admin, const QString &schema)
{
    if (auto dropped = admin.execute(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema),
                                     QStringLiteral("dropping the schema"));
        !dropped)
        return dropped;
    return admin.execute(
        QStringLiteral("DO $$ DECLARE r text; BEGIN "
                       "FOR r IN SELECT rolname FROM pg_roles WHERE rolname LIKE '%1\\_login\\_%' "
                       "UNION ALL SELECT rolname FROM pg_roles WHERE rolname IN "
                       "(current_database() || '_%1_ops', current_database() || '_%1_desk', current_database() || '_%1_kiosk') "
                       "LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END $$")
            .arg(schema),
        QStringLiteral("dropping the schema's roles"));
}

} // namespace kiosk::test
