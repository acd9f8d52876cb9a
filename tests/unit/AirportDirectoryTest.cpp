#include "schedule/AirportDirectory.h"

#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace kiosk;

TEST(AirportDirectory, KnowsRealAirportsByTheirCode)
{
    const AirportDirectory &airports = AirportDirectory::builtIn();
    auto dublin = airports.find(QStringLiteral("DUB"));
    ASSERT_TRUE(dublin.has_value());
    EXPECT_EQ(dublin->city, QStringLiteral("Dublin"));
    EXPECT_EQ(dublin->name, QStringLiteral("Dublin Airport"));
    EXPECT_EQ(dublin->country, QStringLiteral("IE"));
    EXPECT_EQ(dublin->timeZone, QStringLiteral("Europe/Dublin"));
    auto zurich = airports.find(QStringLiteral("ZRH"));
    ASSERT_TRUE(zurich.has_value());
    EXPECT_EQ(zurich->name, QString::fromUtf8("Zürich Airport")); // UTF-8 survives the resource
    EXPECT_EQ(zurich->timeZone, QStringLiteral("Europe/Zurich"));
}

TEST(AirportDirectory, AnUnknownOrMalformedCodeIsNotFound)
{
    const AirportDirectory &airports = AirportDirectory::builtIn();
    for (const char *code : {"QQQ", "dub", "", "DUBL", "D\tB"})
        EXPECT_FALSE(airports.find(QString::fromLatin1(code)).has_value()) << code;
}

// Every line of the compiled-in list is a valid airport (a zone this system knows, a
// two-letter country): a regenerated file that breaks this fails here, not at an import.
TEST(AirportDirectory, EveryCompiledInLineIsAValidAirport)
{
    const AirportDirectory &airports = AirportDirectory::builtIn();
    EXPECT_GT(airports.size(), 5000);
    EXPECT_EQ(airports.skippedLines(), 0);
    QSet<QString> zones;
    QStringList invalid;
    for (const QString &code : airports.codes()) {
        if (auto airport = airports.find(code))
            zones.insert(airport->timeZone);
        else
            invalid << code;
    }
    EXPECT_TRUE(invalid.isEmpty()) << invalid.join(QLatin1Char(' ')).toStdString();
    EXPECT_GT(zones.size(), 300); // real zones, not one default for all
}

TEST(AirportDirectory, ABadLineIsSkippedAndCountedAndTheRestIsRead)
{
    const QByteArray tsv = "iata\tcity\tname\tcountry\ttime_zone\n"
                           "DUB\tDublin\tDublin Airport\tIE\tEurope/Dublin\n"
                           "LHR\tLondon\tHeathrow\n"                                   // too few fields
                           "DUB\tElsewhere\tA second DUB\tIE\tEurope/Dublin\n"         // a repeated code
                           "XYZ\tNowhere\tNo Airport\tXX\tMars/Olympus_Mons\r\n"        // an unknown zone
                           "\n";
    const AirportDirectory airports = AirportDirectory::fromTsv(tsv);
    EXPECT_EQ(airports.skippedLines(), 2);
    ASSERT_TRUE(airports.find(QStringLiteral("DUB")).has_value());
    EXPECT_EQ(airports.find(QStringLiteral("DUB"))->city, QStringLiteral("Dublin"));
    EXPECT_FALSE(airports.find(QStringLiteral("XYZ")).has_value());
    EXPECT_FALSE(airports.find(QStringLiteral("LHR")).has_value());
}
