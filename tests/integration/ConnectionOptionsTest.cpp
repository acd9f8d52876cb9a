#include "PrivateCluster.h"
#include "TestDatabase.h"

#include "storage/DatabaseUrl.h"

#include <QFileInfo>

#include <QSqlQuery>

using namespace kiosk;
using namespace kiosk::test;

// The terminal's name goes into libpq's connection string as application_name: a name
// with quotes in it stays one value and cannot add settings (sslmode='disable' would turn
// TLS off). PostgreSQL only: SQLite has no connection string.
TEST(ConnectionOptions, ATerminalNameCannotAddConnectionSettings)
{
    TestDatabase database(Backend::PostgreSQL);
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    const QString name = QStringLiteral("kiosk:x' application_name='injected");
    auto db = database.connect(name);
    ASSERT_NE(db, nullptr);
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT current_setting('application_name')")) && query.next());
    EXPECT_EQ(query.value(0).toString(), name);
}

// Both test clusters trust every local connection: their socket directories must be
// private (0700), or any user of the machine could connect as the superuser.
TEST(ConnectionOptions, TheTestClustersSocketDirectoriesArePrivate)
{
    const auto expectPrivate = [](const QString &url) {
        auto parsed = DatabaseUrl::parse(url);
        ASSERT_TRUE(parsed.ok()) << url.toStdString();
        QString host = parsed->host;
        for (const auto &[key, value] : parsed->parameters) {
            if (key == QLatin1String("host"))
                host = value;
        }
        ASSERT_TRUE(host.startsWith(QLatin1Char('/'))) << url.toStdString();
        const QFile::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (QString dir = host; dir.count(QLatin1Char('/')) > 1; dir = QFileInfo(dir).path()) {
            if (!(QFileInfo(dir).permissions() & others))
                return; // a private directory on the way to the socket
        }
        ADD_FAILURE() << "no private directory on the way to " << host.toStdString();
    };
    expectPrivate(qEnvironmentVariable("KIOSK_TEST_PG_URL"));
    PrivateCluster cluster;
    ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
    expectPrivate(cluster.url());
}
