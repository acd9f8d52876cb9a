#include "TestDatabase.h"

#include "storage/Migrator.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace kiosk::test {

std::string backendName(Backend backend)
{
    return backend == Backend::SQLite ? "SQLite" : "PostgreSQL";
}

namespace {

QString adminUrl()
{
    return qEnvironmentVariable("KIOSK_TEST_PG_URL");
}

QString withSearchPath(const QString &url, const QString &schema)
{
    const QChar separator = url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
    return url + separator + QStringLiteral("options=-csearch_path%3D") + schema;
}

} // namespace

TestDatabase::TestDatabase(Backend backend) : m_backend(backend)
{
    QString url;
    if (backend == Backend::SQLite) {
        url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kiosk-test.sqlite"));
    } else {
        if (adminUrl().isEmpty()) {
            m_error = QStringLiteral("KIOSK_TEST_PG_URL is not set: run the tests with "
                                     "'packaging/dev.sh test', which starts a throwaway PostgreSQL");
            ADD_FAILURE() << m_error.toStdString();
            return;
        }
        static QAtomicInteger<int> counter;
        m_schema = QStringLiteral("t_%1_%2_%3")
                       .arg(QCoreApplication::applicationPid())
                       .arg(counter.fetchAndAddRelaxed(1))
                       .arg(QRandomGenerator::global()->bounded(1000000));
        auto admin = Database::open(adminUrl(), QStringLiteral("kiosk-test-admin"));
        if (!admin) {
            m_error = admin.error().message;
            ADD_FAILURE() << "cannot reach the test PostgreSQL: " << m_error.toStdString();
            return;
        }
        if (auto created = (*admin)->execute(QStringLiteral("CREATE SCHEMA ") + m_schema, QStringLiteral("creating")); !created) {
            m_error = created.error().message;
            ADD_FAILURE() << m_error.toStdString();
            return;
        }
        url = withSearchPath(adminUrl(), m_schema);
    }
    auto db = Database::open(url);
    if (!db) {
        m_error = db.error().message;
        ADD_FAILURE() << "cannot open the test database: " << m_error.toStdString();
        return;
    }
    auto migrated = Migrator(**db).migrate();
    if (!migrated) {
        m_error = migrated.error().message;
        ADD_FAILURE() << "migration failed: " << m_error.toStdString();
        return;
    }
    m_url = url;
}

TestDatabase::~TestDatabase()
{
    if (m_schema.isEmpty())
        return;
    auto admin = Database::open(adminUrl(), QStringLiteral("kiosk-test-admin"));
    if (admin)
        (void)dropSchemaAndItsRoles(**admin, m_schema);
}

std::unique_ptr<Database> TestDatabase::connect(const QString &applicationName)
{
    if (!ready()) {
        ADD_FAILURE() << "test database not ready: " << m_error.toStdString();
        return nullptr;
    }
    auto db = Database::open(m_url, applicationName);
    if (!db) {
        ADD_FAILURE() << "cannot connect: " << db.error().message.toStdString();
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace kiosk::test
