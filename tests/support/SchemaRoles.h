#pragma once

#include "storage/Database.h"

#include <QString>

namespace kiosk::test {

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
