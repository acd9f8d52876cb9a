#include "schedule/AircraftConfiguration.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(AircraftConfiguration, ReadsCabinsAndVersion)
{
    QString problem;
    auto widebody = AircraftConfiguration::parse(QStringLiteral("J14W34Y316VV364"), &problem);
    ASSERT_TRUE(widebody) << problem.toStdString();
    EXPECT_EQ(widebody->seats(Cabin::Business), 14);
    EXPECT_EQ(widebody->seats(Cabin::PremiumEconomy), 34);
    EXPECT_EQ(widebody->seats(Cabin::Economy), 316);
    EXPECT_EQ(widebody->seats(Cabin::First), 0);
    EXPECT_EQ(widebody->totalSeats(), 364);
    EXPECT_EQ(widebody->version, QStringLiteral("364"));
    EXPECT_EQ(widebody->cabinsText(), QStringLiteral("J14W34Y316"));

    auto narrow = AircraftConfiguration::parse(QStringLiteral("C12Y150"), &problem);
    ASSERT_TRUE(narrow);
    EXPECT_EQ(narrow->cabinsText(), QStringLiteral("J12Y150")); // C is business
    EXPECT_TRUE(narrow->version.isEmpty());
    auto cargoVersion = AircraftConfiguration::parse(QStringLiteral("W18Y112VVCGO"), &problem);
    ASSERT_TRUE(cargoVersion);
    EXPECT_EQ(cargoVersion->version, QStringLiteral("CGO"));
    EXPECT_EQ(AircraftConfiguration::parse(QStringLiteral("F8P4Y100"), &problem), std::nullopt);
}

TEST(AircraftConfiguration, RefusesWhatItCannotSeat)
{
    const std::pair<const char *, const char *> cases[] = {
        {"X12Y150", "has an unknown cabin code 'X' (known: F, A, P first; J, C, D, I, Z business; W, E premium economy; "
                    "Y, M economy)"},
        {"Y100M20", "names the economy cabin twice"},
        {"Y", "gives cabin 'Y' no seat count from 1 to 999"},
        {"Y1000", "gives cabin 'Y' no seat count from 1 to 999"},
        {"Y0", "gives cabin 'Y' no seat count from 1 to 999"},
        {"VV123", "names no cabin and seat count (e.g. C12Y150)"},
    };
    for (const auto &[text, why] : cases) {
        QString problem;
        EXPECT_EQ(AircraftConfiguration::parse(QString::fromLatin1(text), &problem), std::nullopt) << text;
        EXPECT_EQ(problem.toStdString(), why) << text;
    }
}
