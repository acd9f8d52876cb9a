#include "storage/DatabaseUrl.h"
#include "storage/DatabaseUrlText.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(DatabaseUrl, ParsesALibpqUriWithEverything)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://agent:s%3Acret@db.example.org:6432/kiosk?sslmode=require&application_name=desk%201"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->kind, DatabaseUrl::Kind::PostgreSQL);
    EXPECT_EQ(url->user, QStringLiteral("agent"));
    EXPECT_EQ(url->password, QStringLiteral("s:cret"));
    EXPECT_EQ(url->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(url->port, 6432);
    EXPECT_EQ(url->database, QStringLiteral("kiosk"));
    EXPECT_EQ(url->libpqOptions(), QStringLiteral("sslmode='require';application_name='desk 1'"));
    EXPECT_EQ(url->redacted(), QStringLiteral("postgresql://agent:***@db.example.org:6432/kiosk?sslmode=require&application_name=desk 1"));
}

TEST(DatabaseUrl, LeavesMissingPartsToLibpq)
{
    // PGHOST, PGSERVICE and .pgpass fill in whatever the URL leaves out.
    auto bare = DatabaseUrl::parse(QStringLiteral("postgresql://"));
    ASSERT_TRUE(bare.ok());
    EXPECT_TRUE(bare->host.isEmpty());
    EXPECT_EQ(bare->port, -1);
    EXPECT_TRUE(bare->user.isEmpty());

    auto service = DatabaseUrl::parse(QStringLiteral("postgres:///?service=kiosk-prod"));
    ASSERT_TRUE(service.ok());
    EXPECT_EQ(service->libpqOptions(), QStringLiteral("service='kiosk-prod'"));
}

TEST(DatabaseUrl, SocketDirectoryAndPortAsParameters)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://kiosk@/kiosk?host=/tmp/pg%20sock&port=5433"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->host, QStringLiteral("/tmp/pg sock"));
    EXPECT_EQ(url->port, 5433);
    EXPECT_TRUE(url->parameters.isEmpty());
}

TEST(DatabaseUrl, Ipv6AndSeveralHosts)
{
    auto v6 = DatabaseUrl::parse(QStringLiteral("postgresql://[::1]:5432/kiosk"));
    ASSERT_TRUE(v6.ok());
    EXPECT_EQ(v6->host, QStringLiteral("::1"));
    EXPECT_EQ(v6->port, 5432);

    auto many = DatabaseUrl::parse(QStringLiteral("postgresql://a:5432,b:5432/kiosk?target_session_attrs=read-write"));
    ASSERT_TRUE(many.ok());
    // libpq's host keyword takes names only: the ports go to its parallel port list.
    EXPECT_EQ(many->libpqOptions(),
              QStringLiteral("host='a,b';port='5432,5432';target_session_attrs='read-write'"));
    EXPECT_EQ(many->redacted(),
              QStringLiteral("postgresql:///kiosk?host=a,b&port=5432,5432&target_session_attrs=read-write"));
}

TEST(DatabaseUrl, SeveralHostsWithMixedPortsAndAddresses)
{
    auto mixed = DatabaseUrl::parse(QStringLiteral("postgresql://kiosk@db1,[::1]:5433,10.0.0.3:6432/kiosk"));
    ASSERT_TRUE(mixed.ok());
    EXPECT_TRUE(mixed->host.isEmpty());
    EXPECT_EQ(mixed->user, QStringLiteral("kiosk"));
    EXPECT_EQ(mixed->libpqOptions(), QStringLiteral("host='db1,::1,10.0.0.3';port=',5433,6432'"));

    auto defaults = DatabaseUrl::parse(QStringLiteral("postgresql://db1,db2/kiosk"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->libpqOptions(), QStringLiteral("host='db1,db2'")); // libpq's default port on both

    // Sockets and the query form libpq also accepts, handed over unchanged.
    auto query = DatabaseUrl::parse(QStringLiteral("postgresql://kiosk@/kiosk?host=/run/a,/run/b&port=5432,5433"));
    ASSERT_TRUE(query.ok());
    EXPECT_EQ(query->host, QStringLiteral("/run/a,/run/b"));
    EXPECT_EQ(query->libpqOptions(), QStringLiteral("port='5432,5433'"));
}

TEST(DatabaseUrl, RejectsABrokenHostList)
{
    for (const char *text : {"postgresql://db1:5432,:5433/kiosk", "postgresql://db1,db2:http/kiosk",
                             "postgresql://db1,[::1:5432/kiosk", "postgresql://db1,db2:70000/kiosk"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        ASSERT_FALSE(url.ok()) << text;
        EXPECT_EQ(url.error().code, ErrorCode::BadInput) << text;
        EXPECT_TRUE(url.error().message.startsWith(QStringLiteral("invalid database URL: "))) << text;
    }
}

TEST(DatabaseUrl, QuotesParameterValuesForLibpq)
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql:///kiosk?options=-c%20search_path%3D'x'"));
    ASSERT_TRUE(url.ok());
    EXPECT_EQ(url->libpqOptions(), QStringLiteral("options='-c search_path=\\'x\\''"));
}

TEST(DatabaseUrl, SqliteForms)
{
    EXPECT_EQ(DatabaseUrl::parse(QStringLiteral("sqlite:demo.sqlite"))->path, QStringLiteral("demo.sqlite"));
    EXPECT_EQ(DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/kiosk/demo.sqlite"))->path,
              QStringLiteral("/var/lib/kiosk/demo.sqlite"));
    EXPECT_EQ(DatabaseUrl::parse(QStringLiteral("sqlite::memory:"))->path, QStringLiteral(":memory:"));
}

TEST(DatabaseUrl, MalformedUrlsHaveSpecificMessages)
{
    const struct {
        const char *url;
        const char *mentions;
    } cases[] = {
        {"", "empty"},
        {"mysql://localhost/kiosk", "unsupported scheme 'mysql'"},
        {"localhost:5432", "unsupported scheme 'localhost'"},
        {"kiosk.sqlite", "no scheme"},
        {"sqlite:", "names no file"},
        {"postgresql://host:port/db", "port 'port'"},
        {"postgresql://host:99999/db", "port '99999'"},
        {"postgresql://[::1/db", "IPv6"},
        {"postgresql://host/db?sslmode", "'sslmode' has no value"},
    };
    for (const auto &c : cases) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(c.url));
        ASSERT_FALSE(url.ok()) << c.url;
        EXPECT_EQ(url.error().code, ErrorCode::BadInput);
        EXPECT_EQ(url.error().exitCode(), 2);
        EXPECT_TRUE(url.error().message.contains(QString::fromLatin1(c.mentions)))
            << c.url << " -> " << url.error().message.toStdString();
    }
}

TEST(DatabaseUrl, RedactionShowsOnlySettingsKnownToBeHarmless)
{
    auto url = DatabaseUrl::parse(QStringLiteral(
        "postgresql://desk@db/kiosk?sslmode=verify-full&sslpassword=hunter2&passfile=/secret/pgpass&options=-c%20x%3Dy"));
    ASSERT_TRUE(url.ok());
    const QString shown = url->redacted();
    EXPECT_FALSE(shown.contains(QStringLiteral("hunter2"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("/secret/pgpass"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("x=y"))) << shown.toStdString();
    EXPECT_EQ(shown, QStringLiteral("postgresql://desk@db/kiosk?sslmode=verify-full&sslpassword=***&passfile=***&options=***"));
}

TEST(DatabaseUrl, AQuotedValueCannotAddASetting)
{
    // A terminal named "x' sslmode='disable" must not turn TLS off.
    EXPECT_EQ(DatabaseUrl::libpqQuoted(QStringLiteral("kiosk:x' sslmode='disable")),
              QStringLiteral("'kiosk:x\\' sslmode=\\'disable'"));
    EXPECT_EQ(DatabaseUrl::libpqQuoted(QStringLiteral("a\\' b")), QStringLiteral("'a\\\\\\' b'"));
}

// A second connection (an import's thread) is opened from the text of the first one's URL.
TEST(DatabaseUrl, ItsTextReadsBackAsTheSameConnection)
{
    const auto settings = [](const DatabaseUrl &url) {
        return QStringList{QString::number(int(url.kind)), url.host,     QString::number(url.port), url.database,
                           url.user,                       url.password, url.libpqOptions(),        url.path};
    };
    for (const char *text :
         {"postgresql://agent:s%3Acret%26%3D%20x@db.example.org:6432/kiosk?sslmode=require&application_name=desk%201",
          "postgresql://", "postgres:///?service=kiosk-prod", "postgresql://kiosk@/kiosk?host=/tmp/pg%20sock&port=5433",
          "postgresql://[::1]:5432/kiosk", "postgresql:///kiosk?options=-c%20search_path%3D'x'%2B",
          "sqlite:demo.sqlite", "sqlite:///var/lib/kiosk/demo.sqlite", "sqlite::memory:"}) {
        auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        ASSERT_TRUE(url.ok()) << text;
        auto again = DatabaseUrl::parse(databaseUrlText(*url));
        ASSERT_TRUE(again.ok()) << text << " -> " << databaseUrlText(*url).toStdString();
        EXPECT_EQ(settings(*again), settings(*url)) << text << " -> " << databaseUrlText(*url).toStdString();
    }
    // A list of hosts comes back as the host setting with the same hosts and ports for libpq.
    auto many = DatabaseUrl::parse(QStringLiteral("postgresql://kiosk@db1,[::1]:5433,10.0.0.3:6432/kiosk"));
    ASSERT_TRUE(many.ok());
    auto again = DatabaseUrl::parse(databaseUrlText(*many));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->host, QStringLiteral("db1,::1,10.0.0.3"));
    EXPECT_EQ(again->libpqOptions(), QStringLiteral("port=',5433,6432'"));
}
