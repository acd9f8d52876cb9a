// The owner that runs `kioskctl migrate` need not be a superuser (docs/deployment.md): a
// login with CREATEROLE that owns the schema migrates a fresh one, the terminal classes
// included, and is no terminal login in it. Such a migrate used to stop at migration 0023:
// a guard asked whether the owner was a member of classes not made yet. PostgreSQL only.
#include "TerminalLoginFixture.h"

#include "storage/Migrator.h"

using namespace kiosk;
using namespace kiosk::test;

namespace {

class OwnerLoginTest : public TerminalLoginFixture {
protected:
    void TearDown() override
    {
        // The owned schema and its classes first: a role that owns objects cannot be dropped,
        // and the owner login goes with the test's other logins.
        if (!m_owned.isEmpty())
            (void)dropSchemaAndItsRoles(*db, m_owned);
        TerminalLoginFixture::TearDown();
    }

    QString m_owned;
};

TEST_P(OwnerLoginTest, AnOwnerThatIsNotASuperuserMigratesAFreshSchema)
{
    const QString owner = m_schema + QStringLiteral("_login_owner");
    m_owned = m_schema + QStringLiteral("_owned");
    ASSERT_TRUE(db->execute(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE NOSUPERUSER").arg(owner), QStringLiteral("test")).ok());
    ASSERT_TRUE(db->execute(QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(m_owned, owner), QStringLiteral("test")).ok());
    QString ownerUrl = url();
    ownerUrl.replace(QStringLiteral("postgresql://kiosk@"), QStringLiteral("postgresql://%1@").arg(owner));
    ownerUrl.replace(QStringLiteral("search_path%3D") + m_schema, QStringLiteral("search_path%3D") + m_owned);
    ASSERT_TRUE(ownerUrl.contains(owner) && ownerUrl.contains(m_owned)) << ownerUrl.toStdString();

    auto opened = Database::open(ownerUrl, QStringLiteral("owner-login-test"));
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    Database &asOwner = **opened;
    auto migrated = Migrator(asOwner).migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();
    EXPECT_EQ(*migrated, Migrator(asOwner).latestVersion());

    QSqlQuery asked(asOwner.connection());
    ASSERT_TRUE(asked.exec(QStringLiteral("SELECT kiosk_is_terminal_login(), kiosk_caller_class() IS NULL, "
                                          "(SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                                          "current_database() || '\\_' || current_schema() || '\\_%')"))
                && asked.next())
        << asked.lastError().text().toStdString();
    EXPECT_FALSE(asked.value(0).toBool());
    EXPECT_TRUE(asked.value(1).toBool());
    EXPECT_EQ(asked.value(2).toLongLong(), 3); // kiosk, desk, ops
}

INSTANTIATE_TEST_SUITE_P(Backends, OwnerLoginTest, ::testing::Values(Backend::PostgreSQL), backendParamName);

} // namespace
