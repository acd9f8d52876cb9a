// Multi-host connection strings (docs/operations.md, "High availability"): libpq's list of
// hosts with target_session_attrs=read-write, for the work and the LISTEN connection. The
// failover itself, with Patroni and a synchronous standby, is proven in tests/ha.
#include "PrivateCluster.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/LiveSync.h"
#include "payment/MockPaymentGateway.h"
#include "storage/ChangeListener.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Statement.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;

namespace {

struct Host {
    QString socketDir;
    int port = 0;
};

Host hostOf(const QString &url)
{
    const DatabaseUrl parsed = DatabaseUrl::parse(url).value();
    return Host{parsed.host, parsed.port};
}

QString multiHostUrl(const QList<Host> &hosts)
{
    QStringList dirs;
    QStringList ports;
    for (const Host &host : hosts) {
        dirs << host.socketDir;
        ports << QString::number(host.port);
    }
    return QStringLiteral("postgresql://kiosk@/postgres?host=%1&port=%2&target_session_attrs=read-write")
        .arg(dirs.join(QLatin1Char(',')), ports.join(QLatin1Char(',')));
}

// A host that answers nothing: a socket directory with no server in it.
Host deadHost(const QTemporaryDir &dir)
{
    return Host{dir.path(), 5432};
}

TEST(MultiHost, StartsOnTheSecondHostWhenTheFirstIsDown)
{
    PrivateCluster cluster;
    ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
    QTemporaryDir nothing;
    const QString url = multiHostUrl({deadHost(nothing), hostOf(cluster.url())});

    auto db = Database::open(url);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    ASSERT_TRUE(Migrator(**db).migrate().ok());
    const Flight flight = addTestFlight(**db);
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk")});
    auto live = LiveSync::open(url, service, **db); // the LISTEN connection takes the same list
    ASSERT_TRUE(live.ok()) << live.error().message.toStdString();
    EXPECT_TRUE(service.hold(holdOf(flight.id, {QStringLiteral("1A")})).ok());
}

TEST(MultiHost, BothHostsDownIsUnavailableWithTheUrlNamed)
{
    QTemporaryDir first;
    QTemporaryDir second;
    const QString url = multiHostUrl({deadHost(first), deadHost(second)});
    auto db = Database::open(url);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DatabaseUnavailable);
    EXPECT_TRUE(db.error().message.startsWith(QStringLiteral("cannot connect to postgresql://kiosk@/postgres?host=")))
        << db.error().message.toStdString();
    auto listener = ChangeListener::open(url);
    ASSERT_FALSE(listener.ok());
    EXPECT_EQ(listener.error().code, ErrorCode::DatabaseUnavailable);
}

// target_session_attrs=read-write skips a server that does not accept writes (a standby, or
// an old primary that came back read-only), so a terminal never writes where it must not.
TEST(MultiHost, SkipsAHostThatDoesNotAcceptWrites)
{
    PrivateCluster readOnly;
    PrivateCluster writable;
    ASSERT_TRUE(readOnly.create()) << readOnly.error().toStdString();
    ASSERT_TRUE(writable.create()) << writable.error().toStdString();
    {
        auto admin = Database::open(readOnly.url());
        ASSERT_TRUE(admin.ok());
        ASSERT_TRUE((*admin)->execute(QStringLiteral("ALTER SYSTEM SET default_transaction_read_only = on"),
                                      QStringLiteral("test")).ok());
        ASSERT_TRUE((*admin)->execute(QStringLiteral("SELECT pg_reload_conf()"), QStringLiteral("test")).ok());
    }
    auto db = Database::open(multiHostUrl({hostOf(readOnly.url()), hostOf(writable.url())}));
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto port = Statement::prepare(**db, QStringLiteral("SELECT current_setting('port')::int"));
    ASSERT_TRUE(port.ok());
    ASSERT_TRUE(port->exec(QStringLiteral("asking the port")).ok() && port->next());
    EXPECT_EQ(port->value(0).toInt(), hostOf(writable.url()).port);
}

// The first host dies under a running terminal: its work and LISTEN connections come back
// on the next host of the list, and it carries on selling there. (Two independent servers
// with the same schema stand in for a primary and its promoted standby.)
TEST(MultiHost, RunningTerminalMovesToTheNextHostWhenItsServerDies)
{
    PrivateCluster first;
    PrivateCluster second;
    ASSERT_TRUE(first.create()) << first.error().toStdString();
    ASSERT_TRUE(second.create()) << second.error().toStdString();
    Flight flight;
    for (PrivateCluster *cluster : {&first, &second}) {
        auto setup = Database::open(cluster->url());
        ASSERT_TRUE(setup.ok());
        ASSERT_TRUE(Migrator(**setup).migrate().ok());
        flight = addTestFlight(**setup);
    }
    const QString url = multiHostUrl({hostOf(first.url()), hostOf(second.url())});
    auto db = Database::open(url);
    ASSERT_TRUE(db.ok());
    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor{QStringLiteral("kiosk-1"), QStringLiteral("kiosk")});
    auto live = LiveSync::open(url, service, **db);
    ASSERT_TRUE(live.ok());
    (*live)->start();
    QSignalSpy restored(live->get(), &LiveSync::connectionRestored);
    ASSERT_TRUE(service.hold(holdOf(flight.id, {QStringLiteral("1A")})).ok()); // prepares its statements

    ASSERT_TRUE(first.stop()) << first.error().toStdString();
    auto cutOff = service.hold(holdOf(flight.id, {QStringLiteral("2A")}));
    ASSERT_FALSE(cutOff.ok());
    EXPECT_EQ(cutOff.error().code, ErrorCode::DatabaseUnavailable);
    (*live)->reportFailure(cutOff.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return restored.count() > 0; }, 20000));

    auto moved = service.hold(holdOf(flight.id, {QStringLiteral("2A")}));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    auto port = Statement::prepare(**db, QStringLiteral("SELECT current_setting('port')::int"));
    ASSERT_TRUE(port.ok());
    ASSERT_TRUE(port->exec(QStringLiteral("asking the port")).ok() && port->next());
    EXPECT_EQ(port->value(0).toInt(), hostOf(second.url()).port);
}

} // namespace
