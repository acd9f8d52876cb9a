// kioskctl import feed from a file and over HTTP: ETag and 304, gzip, the size limit, a
// server that never answers (exit 5), and bad feeds; none of the failures changes anything.
#include "CliFixture.h"
#include "FeedServer.h"
#include "SqlProbe.h"

#include <QFile>
#include <QTemporaryDir>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class CliFeedTest : public CliTest {
protected:
    QTemporaryDir dir;
    // Inside the sales horizon (28 days): the import makes the seats.
    QString date = QDate::currentDate().addDays(10).toString(Qt::ISODate);

    QByteArray feed() const
    {
        return QStringLiteral(R"({"schema": 1, "flights": [
          {"designator": "ZZ10", "date": "%1", "origin": "DUB", "destination": "LHR", "departure": "%1T07:00:00Z",
           "arrival": "%1T08:20:00Z", "aircraft_type": "320", "configuration": "J12Y156",
           "fares": [{"cabin": "J", "amount": "199.00", "currency": "EUR"}, {"cabin": "Y", "amount": "39.00", "currency": "EUR"}]},
          {"designator": "ZZ11", "date": "%1", "origin": "LHR", "destination": "DUB", "departure": "%1T09:00:00Z",
           "arrival": "%1T10:20:00Z", "aircraft_type": "320"}]})").arg(date).toUtf8();
    }
    CtlRun importFeed(const QString &where, const QStringList &extra = {}) const
    {
        return ctl(QStringList{QStringLiteral("import"), QStringLiteral("feed"), where, QStringLiteral("--source"),
                               QStringLiteral("partner-x")} + extra);
    }
    qint64 feedFlights() const { return countRows(*db, QStringLiteral("flights"), QStringLiteral("source = 'feed:partner-x'")); }
};

TEST_P(CliFeedTest, AFileFeedImportsWithItsFares)
{
    QFile file(dir.filePath(QStringLiteral("feed.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(feed());
    file.close();
    const CtlRun run = importFeed(file.fileName());
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.json().value(QStringLiteral("source")).toString(), QStringLiteral("feed:partner-x"));
    EXPECT_EQ(run.json().value(QStringLiteral("added")).toInt(), 2);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT MIN(price_minor) FROM seats s JOIN flights f ON f.id = s.flight_id "
                                         "WHERE f.number = 10 AND f.carrier = 'ZZ'")), 3900);
    EXPECT_EQ(ctl({QStringLiteral("import"), QStringLiteral("feed"), file.fileName()}).exitCode, 2); // no --source
}

TEST_P(CliFeedTest, AUrlIsFetchedOnceAndThenNotModified)
{
    FeedServer server(feed());
    const CtlRun first = importFeed(server.url(QStringLiteral("/feed")));
    ASSERT_EQ(first.exitCode, 0) << first.describe();
    EXPECT_EQ(first.json().value(QStringLiteral("added")).toInt(), 2);
    const CtlRun second = importFeed(server.url(QStringLiteral("/feed")));
    ASSERT_EQ(second.exitCode, 0) << second.describe();
    EXPECT_TRUE(second.json().value(QStringLiteral("not_modified")).toBool()) << second.out.toStdString();
    EXPECT_FALSE(second.json().value(QStringLiteral("changed")).toBool());
    EXPECT_EQ(feedFlights(), 2);
}

TEST_P(CliFeedTest, AGzipFeedIsUnpacked)
{
    FeedServer server(feed());
    const CtlRun run = importFeed(server.url(QStringLiteral("/gzip")));
    ASSERT_EQ(run.exitCode, 0) << run.describe();
    EXPECT_EQ(run.json().value(QStringLiteral("added")).toInt(), 2);
}

TEST_P(CliFeedTest, HugeSilentBrokenAndMissingFeedsChangeNothing)
{
    FeedServer server("<html>oops</html>");
    const CtlRun huge = importFeed(server.url(QStringLiteral("/huge")));
    EXPECT_EQ(huge.exitCode, 2) << huge.describe();
    EXPECT_TRUE(huge.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("larger than the limit")))
        << huge.err.toStdString();
    const CtlRun silent = importFeed(server.url(QStringLiteral("/hang")), {QStringLiteral("--timeout"), QStringLiteral("2")});
    EXPECT_EQ(silent.exitCode, 5) << silent.describe();
    EXPECT_TRUE(silent.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("did not answer within 2 s")))
        << silent.err.toStdString();
    const CtlRun notJson = importFeed(server.url(QStringLiteral("/feed")));
    EXPECT_EQ(notJson.exitCode, 2) << notJson.describe();
    EXPECT_TRUE(notJson.error().value(QStringLiteral("message")).toString().contains(QStringLiteral("the feed is not JSON")))
        << notJson.err.toStdString();
    const CtlRun missing = importFeed(server.url(QStringLiteral("/nothing")));
    EXPECT_EQ(missing.exitCode, 2) << missing.describe();
    EXPECT_EQ(feedFlights(), 0);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(CliFeedTest);
