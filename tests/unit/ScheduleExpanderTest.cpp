#include "SsimBuilder.h"
#include "schedule/ScheduleExpander.h"
#include "schedule/SsimParser.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::test::SsimBuilder;

namespace {

Result<QList<ScheduledLeg>> expand(const SsimBuilder &builder)
{
    auto parsed = SsimParser::parse(builder.build());
    if (!parsed)
        return parsed.error();
    return ScheduleExpander::expand(*parsed);
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

TEST(ScheduleExpander, EveryOperatedDateIsOneLegWithUtcTimes)
{
    SsimBuilder::Leg leg; // 01JUN26-07JUN26 daily, DUB 0800 +0100 -> LHR 0920 +0100
    leg.days = QStringLiteral("1 3 5  "); // 1 Jun 2026 is a Monday
    auto legs = expand(SsimBuilder().add(leg));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 3);
    const QList<QDate> dates{QDate(2026, 6, 1), QDate(2026, 6, 3), QDate(2026, 6, 5)};
    for (qsizetype i = 0; i < 3; ++i) {
        const Flight &flight = legs->at(i).flight;
        EXPECT_EQ(flight.departureDate, dates.at(i));
        EXPECT_EQ(flight.key(), QStringLiteral("XX101/") + dates.at(i).toString(Qt::ISODate));
        EXPECT_EQ(flight.departureUtc, QDateTime(dates.at(i), QTime(7, 0), Qt::UTC));
        EXPECT_EQ(flight.arrivalUtc, QDateTime(dates.at(i), QTime(8, 20), Qt::UTC));
        EXPECT_EQ(legs->at(i).aircraftType, QStringLiteral("320"));
        EXPECT_EQ(legs->at(i).sourceLine, 11);
    }
}

TEST(ScheduleExpander, OvernightArrivalAndNegativeDateVariation)
{
    SsimBuilder::Leg overnight;
    overnight.to = QStringLiteral("01JUN26");
    overnight.origin = QStringLiteral("JFK"), overnight.departure = QStringLiteral("2230");
    overnight.departureVariation = QStringLiteral("-0400");
    overnight.destination = QStringLiteral("DUB"), overnight.arrival = QStringLiteral("1010");
    overnight.dateVariation = QStringLiteral("01");
    // Across the date line: leaves Auckland on the 2nd, lands in Honolulu on the 1st.
    SsimBuilder::Leg westward;
    westward.number = QStringLiteral("7");
    westward.from = westward.to = QStringLiteral("02JUN26");
    westward.origin = QStringLiteral("AKL"), westward.departure = QStringLiteral("0100");
    westward.departureVariation = QStringLiteral("+1200");
    westward.destination = QStringLiteral("HNL"), westward.arrival = QStringLiteral("1300");
    westward.arrivalVariation = QStringLiteral("-1000");
    westward.dateVariation = QStringLiteral("0A");
    auto legs = expand(SsimBuilder().add(overnight).add(westward));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 2);
    EXPECT_EQ(legs->at(0).flight.departureUtc, utc(2026, 6, 2, 2, 30));
    EXPECT_EQ(legs->at(0).flight.arrivalUtc, utc(2026, 6, 2, 9, 10));
    EXPECT_EQ(legs->at(1).flight.departureDate, QDate(2026, 6, 2));
    EXPECT_EQ(legs->at(1).flight.departureUtc, utc(2026, 6, 1, 13, 0));
    EXPECT_EQ(legs->at(1).flight.arrivalUtc, utc(2026, 6, 1, 23, 0));
}

TEST(ScheduleExpander, FrequencyRateTwoFliesEveryOtherWeek)
{
    SsimBuilder::Leg leg;
    leg.from = QStringLiteral("03JUN26"); // a Wednesday: its week starts on 1 June
    leg.to = QStringLiteral("30JUN26");
    leg.days = QStringLiteral("1     7");
    leg.frequency = QStringLiteral("2");
    auto legs = expand(SsimBuilder().add(leg));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    QList<QDate> dates;
    for (const ScheduledLeg &l : *legs)
        dates << l.flight.departureDate;
    // Week of 1 June: Sunday 7 (Monday 1 is before the period); week of 15 June; week of 29 June.
    EXPECT_EQ(dates, (QList<QDate>{QDate(2026, 6, 7), QDate(2026, 6, 15), QDate(2026, 6, 21), QDate(2026, 6, 29)}));
}

TEST(ScheduleExpander, OpenEndedPeriodRunsToTheCarrierValidity)
{
    SsimBuilder::Leg leg;
    leg.from = QStringLiteral("01OCT26");
    leg.to = QStringLiteral("00XXX00");
    leg.days = QStringLiteral("   4   ");
    auto legs = expand(SsimBuilder().add(leg)); // the carrier's season ends 24OCT26
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 4); // Thursdays 1, 8, 15, 22 October
    EXPECT_EQ(legs->last().flight.departureDate, QDate(2026, 10, 22));
}

TEST(ScheduleExpander, DaylightSavingChangeComesWithItsOwnUtcVariation)
{
    // Dublin leaves summer time on 25 Oct 2026: same local 0800, one hour later in UTC.
    SsimBuilder::Leg summer;
    summer.from = QStringLiteral("23OCT26"), summer.to = QStringLiteral("24OCT26");
    SsimBuilder::Leg winter = summer;
    winter.variation = QStringLiteral("02");
    winter.from = QStringLiteral("25OCT26"), winter.to = QStringLiteral("26OCT26");
    winter.departureVariation = winter.arrivalVariation = QStringLiteral("+0000");
    auto legs = expand(SsimBuilder().add(summer).add(winter));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 4);
    EXPECT_EQ(legs->at(1).flight.departureUtc, utc(2026, 10, 24, 7, 0));
    EXPECT_EQ(legs->at(2).flight.departureUtc, utc(2026, 10, 25, 8, 0));
    EXPECT_EQ(legs->at(2).flight.arrivalUtc, utc(2026, 10, 25, 9, 20));
}

TEST(ScheduleExpander, AMultiLegFlightIsOneLegPerSector)
{
    SsimBuilder::Leg first;
    first.from = first.to = QStringLiteral("01JUN26");
    SsimBuilder::Leg second = first;
    second.sequence = QStringLiteral("02");
    second.origin = QStringLiteral("LHR"), second.departure = QStringLiteral("1100");
    second.destination = QStringLiteral("JFK"), second.arrival = QStringLiteral("1400");
    second.arrivalVariation = QStringLiteral("-0400");
    auto legs = expand(SsimBuilder().add(first).add(second));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    ASSERT_EQ(legs->size(), 2);
    EXPECT_EQ(legs->at(0).legKey(), QStringLiteral("XX101/2026-06-01/DUB"));
    EXPECT_EQ(legs->at(1).legKey(), QStringLiteral("XX101/2026-06-01/LHR"));
    EXPECT_EQ(legs->at(1).flight.arrivalUtc, utc(2026, 6, 1, 18, 0));
}

TEST(ScheduleExpander, ABlankArrivalDateVariationOnAnOvernightLegMeansTheNextDay)
{
    // As in the real sample (line 12): DZA 2330 +0300 -> RUN 0230 +0400 with columns 193-194 blank.
    SsimBuilder::Leg leg;
    leg.to = leg.from;
    leg.departure = QStringLiteral("2330"), leg.departureVariation = QStringLiteral("+0300");
    leg.arrival = QStringLiteral("0230"), leg.arrivalVariation = QStringLiteral("+0400");
    auto legs = expand(SsimBuilder().add(leg));
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    EXPECT_EQ(legs->first().flight.departureUtc, utc(2026, 6, 1, 20, 30));
    EXPECT_EQ(legs->first().flight.arrivalUtc, utc(2026, 6, 1, 22, 30));
}

TEST(ScheduleExpander, ArrivalBeforeDepartureIsRefused)
{
    SsimBuilder::Leg leg;
    leg.arrival = QStringLiteral("0700");
    leg.dateVariation = QStringLiteral("00"); // given, so not an overnight leg
    auto legs = expand(SsimBuilder().add(leg));
    ASSERT_FALSE(legs.ok());
    EXPECT_EQ(legs.error().message.toStdString(),
              "line 11, columns 40-70: flight XX101 on 2026-06-01 arrives 2026-06-01T06:00Z, not after it departs "
              "2026-06-01T07:00Z (UTC); check the times, UTC variations and date variations (columns 193-194)");
}

TEST(ScheduleExpander, ADuplicateLegNamesBothLines)
{
    SsimBuilder::Leg leg;
    SsimBuilder::Leg overlapping = leg;
    overlapping.variation = QStringLiteral("02");
    overlapping.from = QStringLiteral("05JUN26"), overlapping.to = QStringLiteral("10JUN26");
    auto legs = expand(SsimBuilder().add(leg).add(overlapping));
    ASSERT_FALSE(legs.ok());
    EXPECT_EQ(legs.error().message.toStdString(),
              "lines 11 and 12: flight XX101 departs DUB on 2026-06-05 in both (a duplicate leg)");
}

TEST(ScheduleExpander, ThreeCharacterDesignatorsAndEndlessPeriodsAreRefused)
{
    auto three = expand(SsimBuilder(QStringLiteral("XXA")).add({}));
    ASSERT_FALSE(three.ok());
    EXPECT_EQ(three.error().message.toStdString(),
              "line 11, columns 3-5: airline designator \"XXA\" has three characters; flights are stored with the "
              "two-character IATA designator");
    SsimBuilder::Leg leg;
    leg.to = QStringLiteral("01JUN29");
    auto long_ = expand(SsimBuilder().add(leg));
    ASSERT_FALSE(long_.ok());
    EXPECT_EQ(long_.error().message.toStdString(),
              "line 11, columns 15-28: period of operation 2026-06-01 to 2029-06-01 is longer than two years; split "
              "the schedule into seasons");
}

TEST(ScheduleExpander, TheRealSampleExpands)
{
    QFile file(QStringLiteral(KIOSK_TEST_DATA "/ssim/sample.ssim"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto parsed = SsimParser::parse(file.readAll());
    ASSERT_TRUE(parsed.ok());
    auto legs = ScheduleExpander::expand(*parsed);
    ASSERT_TRUE(legs.ok()) << legs.error().message.toStdString();
    EXPECT_GT(legs->size(), parsed->legs.size());
    // Line 11: XX41 RUN 2130 +0400 -> DZA 2240 +0300 on Thursday 9 June 2005.
    EXPECT_EQ(legs->first().flight.key(), QStringLiteral("XX41/2005-06-09"));
    EXPECT_EQ(legs->first().flight.departureUtc, utc(2005, 6, 9, 17, 30));
    EXPECT_EQ(legs->first().flight.arrivalUtc, utc(2005, 6, 9, 19, 40));
}
