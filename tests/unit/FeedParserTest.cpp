#include "schedule/FeedParser.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

const char *const GoodFeed = R"({
  "schema": 1,
  "flights": [
    {"designator": "XX100", "date": "2026-12-31", "origin": "DUB", "destination": "LHR",
     "departure": "2026-12-31T08:00:00Z", "arrival": "2026-12-31T09:20:00Z",
     "aircraft_type": "320", "configuration": "J12Y156", "operating_carrier": "XX",
     "fares": [{"cabin": "J", "amount": "249.00", "currency": "EUR"}, {"cabin": "Y", "amount": "59.00", "currency": "EUR"}]},
    {"designator": "XX101", "date": "2026-12-31", "origin": "LHR", "destination": "DUB",
     "departure": "2026-12-31T10:00Z", "arrival": "2026-12-31T11:20Z", "aircraft_type": "73H", "status": "cancelled"}
  ]
})";

std::string failure(const QByteArray &json)
{
    auto parsed = FeedParser::parse(json);
    return parsed ? "parsed" : parsed.error().message.toStdString();
}

// The good feed with one text replaced.
QByteArray edited(const char *from, const char *to)
{
    QByteArray feed(GoodFeed);
    EXPECT_TRUE(feed.contains(from)) << from;
    return feed.replace(from, to);
}

} // namespace

TEST(FeedParser, ReadsFlightsWithFaresAndStatus)
{
    auto legs = FeedParser::parse(GoodFeed);
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 2);
    const ScheduledLeg &first = legs->first();
    EXPECT_EQ(first.legKey(), QStringLiteral("XX100/2026-12-31/DUB"));
    EXPECT_EQ(first.flight.departureUtc, QDateTime(QDate(2026, 12, 31), QTime(8, 0), Qt::UTC));
    EXPECT_EQ(first.aircraftType, QStringLiteral("320"));
    EXPECT_EQ(first.configuration, QStringLiteral("J12Y156"));
    EXPECT_EQ(first.fares.value(Cabin::Business), Money(24900, QStringLiteral("EUR")));
    EXPECT_EQ(first.fares.value(Cabin::Economy), Money(5900, QStringLiteral("EUR")));
    EXPECT_FALSE(first.cancelled);
    EXPECT_TRUE(legs->last().cancelled);
    EXPECT_TRUE(legs->last().fares.isEmpty());
}

TEST(FeedParser, BadFeedsNameTheFlightAndTheField)
{
    EXPECT_EQ(failure("<html>502 Bad Gateway</html>"), "the feed is not JSON: illegal value at byte 1");
    EXPECT_EQ(failure("[]"), "the feed must be an object with a \"flights\" array");
    EXPECT_EQ(failure(edited("\"schema\": 1", "\"schema\": 2")), "feed schema 2 is not supported (this program reads 1)");
    EXPECT_EQ(failure(edited("\"origin\": \"DUB\", ", "")), "flights[0].origin: is missing");
    EXPECT_EQ(failure(edited("\"2026-12-31T09:20:00Z\"", "\"2026-12-31T07:20:00Z\"")),
              "flights[0].arrival: is not after the departure");
    EXPECT_EQ(failure(edited("\"2026-12-31T10:00Z\"", "\"2026-13-31T10:00Z\"")),
              "flights[1].departure: \"2026-13-31T10:00Z\" is not a UTC time such as 2026-12-01T07:00:00Z");
    EXPECT_EQ(failure(edited("\"designator\": \"XX101\"", "\"designator\": 101")),
              "flights[1].designator: must be a string, a designator such as \"XX100\"");
    EXPECT_EQ(failure(edited("\"status\": \"cancelled\"", "\"status\": \"delayed\"")),
              "flights[1].status: \"delayed\" is not \"scheduled\" or \"cancelled\"");
    EXPECT_EQ(failure(edited("\"J12Y156\"", "\"Q12Y156\"")),
              "flights[0].configuration: \"Q12Y156\" has an unknown cabin code 'Q' (known: F, A, P first; J, C, D, I, Z "
              "business; W, E premium economy; Y, M economy)");
    EXPECT_EQ(failure(edited("\"currency\": \"EUR\"}]", "\"currency\": \"GBP\"}]")),
              "flights[0].fares[1]: all fares of a flight must be in one currency");
    EXPECT_EQ(failure(edited("\"operating_carrier\": \"XX\"", "\"operating_carrier\": \"YY\"")),
              "flights[0].operating_carrier: YY differs from the designator's XX; list the operating carrier's flight");
    EXPECT_EQ(failure(edited("\"XX101\", \"date\": \"2026-12-31\", \"origin\": \"LHR\", \"destination\": \"DUB\"",
                             "\"XX100\", \"date\": \"2026-12-31\", \"origin\": \"DUB\", \"destination\": \"LHR\"")),
              "flights[0] and flights[1]: XX100 leaves DUB on 2026-12-31 in both (a duplicate flight)");
}

// Randomised with a fixed seed: truncated and altered feeds parse or are refused, never crash.
TEST(FeedParser, MutatedFeedsNeverCrash)
{
    QRandomGenerator random(20261130);
    const QByteArray good(GoodFeed);
    int refused = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray feed = good;
        const int edits = 1 + int(random.bounded(3));
        for (int i = 0; i < edits; ++i) {
            const qsizetype at = qsizetype(random.bounded(quint32(feed.size())));
            if (random.bounded(2))
                feed[at] = char(random.bounded(32, 127));
            else
                feed.truncate(at);
            if (feed.isEmpty())
                break;
        }
        auto parsed = FeedParser::parse(feed);
        if (!parsed) {
            ++refused;
            EXPECT_FALSE(parsed.error().message.isEmpty());
        }
    }
    EXPECT_GT(refused, 1000);
}
