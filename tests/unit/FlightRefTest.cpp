#include "domain/Flight.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(FlightRef, ParsesADatabaseId)
{
    const auto ref = FlightRef::parse(QStringLiteral(" 42 "));
    ASSERT_TRUE(ref.has_value());
    EXPECT_EQ(ref->id, 42);
    EXPECT_TRUE(ref->carrier.isEmpty());
    EXPECT_EQ(ref->toString(), QStringLiteral("42"));
    EXPECT_EQ(FlightRef::byId(7).toString(), QStringLiteral("7"));
}

TEST(FlightRef, ParsesCarrierNumberAndDate)
{
    const auto ref = FlightRef::parse(QStringLiteral("KX101/2026-12-01"));
    ASSERT_TRUE(ref.has_value());
    EXPECT_EQ(ref->id, 0);
    EXPECT_EQ(ref->carrier, QStringLiteral("KX"));
    EXPECT_EQ(ref->number, 101);
    EXPECT_EQ(ref->date, QDate(2026, 12, 1));
    EXPECT_EQ(ref->toString(), QStringLiteral("KX101/2026-12-01"));
}

TEST(FlightRef, AcceptsLowercaseAndDigitDesignators)
{
    const auto lower = FlightRef::parse(QStringLiteral("kx101/2026-12-01"));
    ASSERT_TRUE(lower.has_value());
    EXPECT_EQ(lower->carrier, QStringLiteral("KX"));
    EXPECT_EQ(lower->toString(), QStringLiteral("KX101/2026-12-01"));

    const auto digit = FlightRef::parse(QStringLiteral("U2 8123/2026-01-31")); // easyJet style, with a space
    ASSERT_TRUE(digit.has_value());
    EXPECT_EQ(digit->carrier, QStringLiteral("U2"));
    EXPECT_EQ(digit->number, 8123);
}

TEST(FlightRef, MatchesFlightKey)
{
    Flight flight;
    flight.carrier = QStringLiteral("KX");
    flight.number = 7;
    flight.departureDate = QDate(2026, 3, 9);
    EXPECT_EQ(flight.designator(), QStringLiteral("KX7"));
    EXPECT_EQ(flight.key(), QStringLiteral("KX7/2026-03-09"));
    EXPECT_EQ(FlightRef::parse(flight.key())->toString(), flight.key());
}

TEST(FlightRef, RejectsImpossibleDates)
{
    for (const char *text : {"KX101/2026-02-30", "KX101/2026-13-01", "KX101/2026-00-10", "KX101/2025-02-29",
                             "KX101/2026-12-32"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(FlightRef::parse(QString::fromLatin1(text)).has_value());
    }
    EXPECT_TRUE(FlightRef::parse(QStringLiteral("KX101/2028-02-29")).has_value()); // a leap year
}

TEST(FlightRef, RejectsBadFormats)
{
    for (const char *text : {"", "0", "-5", "KX101", "KX/2026-12-01", "KXX101/2026-12-01",
                             "KX10101/2026-12-01", "KX0/2026-12-01", "KX101-2026-12-01", "KX101/01-12-2026",
                             "KX101/2026-12-1", "KX101/2026-12-01x", "KX-101/2026-12-01", "42abc"}) {
        SCOPED_TRACE(text);
        EXPECT_FALSE(FlightRef::parse(QString::fromLatin1(text)).has_value());
    }
}
