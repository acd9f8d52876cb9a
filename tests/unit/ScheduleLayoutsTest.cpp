#include "schedule/AircraftConfiguration.h"
#include "schedule/GeneratedLayout.h"
#include "schedule/ScheduleLayouts.h"

#include <gtest/gtest.h>

using namespace kiosk;

TEST(ScheduleLayouts, BuiltInLayoutsKnowTheirIataTypes)
{
    const std::pair<const char *, const char *> expected[] = {
        {"320", "A320"}, {"32Q", "A321neo"}, {"388", "A380-800"}, {"73H", "B737-800"}, {"738", "B737-800"},
        {"77W", "B777-300ER"}, {"789", "B787-9"}};
    ScheduleLayouts layouts;
    for (const auto &[iata, type] : expected) {
        auto chosen = layouts.choose(QString::fromLatin1(iata), QString());
        ASSERT_TRUE(chosen.ok()) << iata << ": " << chosen.error().message.toStdString();
        EXPECT_EQ(chosen->layout.type().toStdString(), type);
        EXPECT_FALSE(chosen->generated);
    }
}

TEST(ScheduleLayouts, AMatchingConfigurationKeepsTheBuiltInLayout)
{
    ScheduleLayouts layouts;
    auto a320 = layouts.choose(QStringLiteral("320"), QStringLiteral("J12Y156VV168"));
    ASSERT_TRUE(a320.ok());
    EXPECT_EQ(a320->layout.type(), QStringLiteral("A320"));
    EXPECT_FALSE(a320->generated);
    EXPECT_EQ(a320->seats.size(), 168);
    EXPECT_TRUE(layouts.generatedTypes().isEmpty());
}

TEST(ScheduleLayouts, AnyOtherConfigurationGetsAGeneratedLayoutWithItsSeatCounts)
{
    ScheduleLayouts layouts;
    const std::pair<const char *, const char *> cases[] = {
        {"320", "C12Y150"}, {"772", "J14W34Y316VV364"}, {"733", "W18Y112VVCGO"}, {"AT7", "Y64VV064"},
        {"735", "Y118VV118"}, {"388", "F12J56W48Y328"}};
    for (const auto &[iata, text] : cases) {
        auto chosen = layouts.choose(QString::fromLatin1(iata), QString::fromLatin1(text));
        ASSERT_TRUE(chosen.ok()) << iata << " " << text << ": " << chosen.error().message.toStdString();
        EXPECT_TRUE(chosen->generated) << iata << " " << text;
        const auto configuration = AircraftConfiguration::parse(QString::fromLatin1(text), nullptr);
        for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy})
            EXPECT_EQ(chosen->layout.seatCount(cabin), configuration->seats(cabin)) << iata << " " << text;
        EXPECT_EQ(chosen->seats.size(), configuration->totalSeats());
        EXPECT_EQ(chosen->layout.iataTypes(), QStringList{QString::fromLatin1(iata)});
    }
    EXPECT_EQ(layouts.generatedTypes(),
              (QStringList{QStringLiteral("320-J12Y150"), QStringLiteral("388-F12J56W48Y328"),
                           QStringLiteral("733-W18Y112"), QStringLiteral("735-Y118"), QStringLiteral("772-J14W34Y316"),
                           QStringLiteral("AT7-Y64")}));
}

TEST(ScheduleLayouts, GeneratedSeatingFollowsTheAircraftSize)
{
    ScheduleLayouts layouts;
    auto turboprop = layouts.choose(QStringLiteral("AT7"), QStringLiteral("Y70"));
    ASSERT_TRUE(turboprop.ok());
    EXPECT_EQ(turboprop->layout.decks().first().cabins.first().letters, QStringLiteral("AC DF"));
    EXPECT_EQ(turboprop->layout.decks().first().cabins.first().lastRow, 18); // 17 full rows and 2 seats
    auto widebody = layouts.choose(QStringLiteral("772"), QStringLiteral("J14W34Y316"));
    ASSERT_TRUE(widebody.ok());
    EXPECT_TRUE(widebody->layout.isWidebody());
    const QList<CabinLayout> &cabins = widebody->layout.decks().first().cabins;
    ASSERT_EQ(cabins.size(), 3);
    EXPECT_EQ(cabins.at(0).letters, QStringLiteral("AC DG HK"));
    EXPECT_EQ(cabins.at(0).firstRow, 1);
    EXPECT_EQ(cabins.at(1).firstRow, cabins.at(0).lastRow + 1);
    EXPECT_EQ(widebody->layout.displayName(), QStringLiteral("Generated layout for 772 J14W34Y316"));
}

TEST(ScheduleLayouts, WhatCannotBeSeatedIsRefused)
{
    ScheduleLayouts layouts;
    auto unknown = layouts.choose(QStringLiteral("733"), QString());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message.toStdString(),
              "aircraft type 733 has no built-in layout and no configuration (such as C12Y150) to generate one from");
    auto huge = layouts.choose(QStringLiteral("388"), QStringLiteral("Y999"));
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().message.toStdString(),
              "aircraft 388 Y999: 999 seats need more than 99 rows at standard seating");
}

// An admin names a layout by its type, in any case, or by an IATA type code; anything else
// is refused with every known layout and its codes.
TEST(ScheduleLayouts, ALayoutIsNamedByItsTypeOrIataCodeAndAnUnknownOneListsTheKnown)
{
    ScheduleLayouts layouts;
    auto byType = layouts.named(QStringLiteral("a321NEO"));
    ASSERT_TRUE(byType.ok()) << byType.error().message.toStdString();
    EXPECT_EQ(byType->layout.type(), QStringLiteral("A321neo"));
    EXPECT_EQ(byType->seats.size(), byType->layout.seatCount());
    EXPECT_EQ(byType->key, layouts.choose(QStringLiteral("32Q"), QString())->key); // the same stored layout
    auto byCode = layouts.named(QStringLiteral("738"));
    ASSERT_TRUE(byCode.ok()) << byCode.error().message.toStdString();
    EXPECT_EQ(byCode->layout.type(), QStringLiteral("B737-800"));

    auto unknown = layouts.named(QStringLiteral("A350"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::BadInput);
    for (const char *known : {"A320 (320)", "A321neo (32Q)", "A380-800 (388)", "B737-800 (73H/738)", "B777-300ER (77W)",
                              "B787-9 (789)"})
        EXPECT_TRUE(unknown.error().message.contains(QString::fromLatin1(known))) << unknown.error().message.toStdString();
}
