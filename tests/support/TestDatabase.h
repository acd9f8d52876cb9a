#pragma once

#include "SchemaRoles.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace kiosk::test {

enum class Backend { SQLite, PostgreSQL };

std::string backendName(Backend backend);

// A fresh, migrated, empty database for one test: a new SQLite file, or a new schema in
// the PostgreSQL cluster that packaging/with-postgres.sh started (KIOSK_TEST_PG_URL).
// A missing cluster fails the test: PostgreSQL tests are never silently skipped.
class TestDatabase {
public:
    explicit TestDatabase(Backend backend);
    ~TestDatabase();

    bool ready() const { return !m_url.isEmpty(); }
    const QString &setupError() const { return m_error; }
    Backend backend() const { return m_backend; }
    // Every connection (threads, kioskctl processes) reaches the same data through this.
    const QString &url() const { return m_url; }
    // A new connection of its own, or nullptr (and a test failure) if it cannot connect.
    std::unique_ptr<Database> connect(const QString &applicationName = QStringLiteral("kiosk-test"));

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_schema;
    QString m_error;
};


// Test names end in /SQLite or /PostgreSQL.
inline std::string backendParamName(const ::testing::TestParamInfo<Backend> &info)
{
    return backendName(info.param);
}

#define KIOSK_ON_BOTH_BACKENDS(Suite)                                                                     \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                             \
                             ::testing::Values(::kiosk::test::Backend::SQLite,                            \
                                               ::kiosk::test::Backend::PostgreSQL),                       \
                             ::kiosk::test::backendParamName)

} // namespace kiosk::test
