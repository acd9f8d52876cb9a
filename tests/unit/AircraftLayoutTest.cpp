#include "demo/AircraftLayout.h"
#include "demo/LayoutCatalog.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

using namespace kiosk;

namespace {

// What each built-in file should give, counted by hand from resources/layouts/*.json:
// rows x letters, minus skipped rows, minus missing seats.
struct Expected {
    const char *type;
    int decks;
    int first, business, premium, economy, total;
    std::vector<int> exitRows;
    std::vector<const char *> blocked;
    bool widebody;
    bool hasRow13;
    // One row, its seats left to right and what each is:
    // W window, A aisle, B both (1-2-1 window seats), M middle.
    int sampleRow;
    const char *sampleLetters;
    const char *samplePattern;
};

void PrintTo(const Expected &expected, std::ostream *out)
{
    *out << expected.type;
}

const std::vector<Expected> builtInLayouts = {
    // J 1-3 AC DF: 3x4=12; Y 4-30 without 13: 26x6=156
    {"A320", 1, 0, 12, 0, 156, 168, {11, 12}, {"30C"}, false, false, 5, "ABCDEF", "WMAAMW"},
    // J 1-4: 16; Y 5-36 without 13: 31x6=186, minus 26A 26F
    {"A321neo", 1, 0, 16, 0, 184, 200, {15, 26}, {"36C"}, false, false, 26, "BCDE", "WAAW"},
    // main F 1-4 A EF K: 16 minus 4E 4F; main Y 40-72: 33x10=330 minus 72A 72K;
    // upper J 10-24 without 13: 14x4=56; upper W 30-35: 6x8=48
    {"A380-800", 2, 14, 56, 48, 328, 446, {30, 40, 54, 67}, {"72E", "35G"}, true, false, 10, "AEFK", "BAAB"},
    // J 1-4: 16; Y 7-31 (no row 13 skip): 25x6=150
    {"B737-800", 1, 0, 16, 0, 150, 166, {16, 17}, {"31D"}, false, true, 7, "ABCDEF", "WMAAMW"},
    // F 1-2: 8; J 6-15 without 13: 9x4=36; W 20-24: 5x8=40; Y 30-54: 25x10=250 minus 53B 53J 54B 54J
    {"B777-300ER", 1, 8, 36, 40, 246, 330, {20, 30, 41}, {"54D"}, true, false, 53, "ACDEFGHK", "WAAMMAAW"},
    // J 1-8: 32; W 10-15 without 13: 5x7=35; Y 20-44: 25x9=225
    {"B787-9", 1, 0, 32, 35, 225, 292, {10, 31}, {"44E"}, true, false, 20, "ABCDEFHJK", "WMAAMAAMW"},
};

QChar classify(SeatFeatures features)
{
    const bool window = features.testFlag(SeatFeature::Window);
    const bool aisle = features.testFlag(SeatFeature::Aisle);
    if (features.testFlag(SeatFeature::Middle))
        return window || aisle ? u'?' : u'M';
    return window && aisle ? u'B' : window ? u'W' : aisle ? u'A' : u'?';
}

class BuiltInLayout : public ::testing::TestWithParam<Expected> {
protected:
    AircraftLayout layout() const
    {
        auto found = LayoutCatalog::builtIn().layout(QString::fromLatin1(GetParam().type));
        if (!found) {
            ADD_FAILURE() << found.error().message.toStdString();
            return *AircraftLayout::fromJson(R"({"type":"X","name":"X","rangeKm":1,"decks":[{"name":"d",
                "cabins":[{"cabin":"Y","firstRow":1,"lastRow":1,"letters":"A"}]}]})", QStringLiteral("fallback"));
        }
        return *found;
    }
};

} // namespace

TEST_P(BuiltInLayout, SeatCountsPerCabin)
{
    const Expected &expected = GetParam();
    const AircraftLayout plan = layout();
    EXPECT_EQ(plan.type(), QString::fromLatin1(expected.type));
    EXPECT_FALSE(plan.displayName().isEmpty());
    EXPECT_GT(plan.rangeKm(), 0);
    EXPECT_EQ(plan.seatCount(Cabin::First), expected.first);
    EXPECT_EQ(plan.seatCount(Cabin::Business), expected.business);
    EXPECT_EQ(plan.seatCount(Cabin::PremiumEconomy), expected.premium);
    EXPECT_EQ(plan.seatCount(Cabin::Economy), expected.economy);
    EXPECT_EQ(plan.seatCount(), expected.total);
    EXPECT_EQ(plan.seats().size(), expected.total);
    EXPECT_EQ(plan.isWidebody(), expected.widebody);

    QList<Cabin> cabins;
    for (auto [cabin, count] : {std::pair{Cabin::First, expected.first}, {Cabin::Business, expected.business},
                                {Cabin::PremiumEconomy, expected.premium}, {Cabin::Economy, expected.economy}}) {
        if (count > 0)
            cabins << cabin;
    }
    EXPECT_EQ(plan.cabins(), cabins);
}

TEST_P(BuiltInLayout, SeatCodesAreUniqueAndEachSeatIsOneOfWindowAisleMiddle)
{
    QSet<QString> codes;
    for (const SeatTemplate &seat : layout().seats()) {
        EXPECT_TRUE(seat.code.isValid());
        EXPECT_FALSE(codes.contains(seat.code.toString())) << seat.code.toString().toStdString();
        codes << seat.code.toString();
        EXPECT_NE(classify(seat.features), u'?') << seat.code.toString().toStdString();
    }
}

TEST_P(BuiltInLayout, KnownRowHasWindowAisleAndMiddleSeats)
{
    const Expected &expected = GetParam();
    QString letters, pattern;
    for (const SeatTemplate &seat : layout().seats()) {
        if (seat.code.row() != expected.sampleRow)
            continue;
        letters += seat.code.letter();
        pattern += classify(seat.features);
    }
    EXPECT_EQ(letters, QString::fromLatin1(expected.sampleLetters));
    EXPECT_EQ(pattern, QString::fromLatin1(expected.samplePattern));
}

TEST_P(BuiltInLayout, ExitRowsAndBlockedSeats)
{
    const Expected &expected = GetParam();
    std::set<int> exitRows;
    std::set<std::string> blocked;
    bool row13 = false;
    for (const SeatTemplate &seat : layout().seats()) {
        if (seat.features.testFlag(SeatFeature::ExitRow))
            exitRows.insert(seat.code.row());
        if (seat.features.testFlag(SeatFeature::Blocked))
            blocked.insert(seat.code.toString().toStdString());
        row13 = row13 || seat.code.row() == 13;
    }
    EXPECT_EQ(exitRows, std::set<int>(expected.exitRows.begin(), expected.exitRows.end()));
    EXPECT_EQ(blocked, std::set<std::string>(expected.blocked.begin(), expected.blocked.end()));
    EXPECT_EQ(row13, expected.hasRow13);
}

TEST_P(BuiltInLayout, DecksNumberTheirSeats)
{
    const AircraftLayout plan = layout();
    ASSERT_EQ(plan.decks().size(), GetParam().decks);
    QList<int> seatsPerDeck(plan.decks().size(), 0);
    for (const SeatTemplate &seat : plan.seats()) {
        ASSERT_GE(seat.deck, 0);
        ASSERT_LT(seat.deck, plan.decks().size());
        ++seatsPerDeck[seat.deck];
    }
    for (qsizetype deck = 0; deck < plan.decks().size(); ++deck) {
        EXPECT_FALSE(plan.decks().at(deck).name.isEmpty());
        EXPECT_GT(seatsPerDeck.at(deck), 0);
    }
}

namespace {
std::string testName(const ::testing::TestParamInfo<Expected> &param)
{
    std::string name = param.param.type; // "A380-800" -> "A380_800"
    for (char &c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}
} // namespace

INSTANTIATE_TEST_SUITE_P(Layouts, BuiltInLayout, ::testing::ValuesIn(builtInLayouts), testName);

TEST(LayoutCatalog, BuiltInHoldsExactlyTheTestedLayouts)
{
    const LayoutCatalog &catalog = LayoutCatalog::builtIn();
    for (const Error &error : catalog.errors())
        ADD_FAILURE() << error.message.toStdString();
    QStringList tested;
    for (const Expected &expected : builtInLayouts)
        tested << QString::fromLatin1(expected.type);
    tested.sort();
    // A new layout file needs its expected numbers above.
    EXPECT_EQ(catalog.types(), tested);
}

TEST(LayoutCatalog, LooksUpCaseInsensitivelyAndReportsUnknownTypes)
{
    const LayoutCatalog &catalog = LayoutCatalog::builtIn();
    ASSERT_TRUE(catalog.layout(QStringLiteral("a321NEO")).ok());
    EXPECT_EQ(catalog.layout(QStringLiteral("a321NEO"))->type(), QStringLiteral("A321neo"));
    const auto unknown = catalog.layout(QStringLiteral("B747-400"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("B747-400")));
    EXPECT_FALSE(catalog.contains(QStringLiteral("B747-400")));
}

TEST(AircraftLayout, A380HasTwoDecksWithTheirOwnCabins)
{
    const auto a380 = LayoutCatalog::builtIn().layout(QStringLiteral("A380-800"));
    ASSERT_TRUE(a380.ok());
    ASSERT_EQ(a380->decks().size(), 2);
    EXPECT_EQ(a380->decks().at(0).name, QStringLiteral("Main deck"));
    EXPECT_EQ(a380->decks().at(1).name, QStringLiteral("Upper deck"));
    EXPECT_EQ(a380->decks().at(0).cabins.size(), 2);
    EXPECT_EQ(a380->decks().at(1).cabins.at(0).letterGroups(),
              QStringList({QStringLiteral("A"), QStringLiteral("EF"), QStringLiteral("K")}));

    const auto upper = a380->seat(*SeatCode::parse(QStringLiteral("10A")));
    ASSERT_TRUE(upper.has_value());
    EXPECT_EQ(upper->deck, 1);
    EXPECT_EQ(upper->cabin, Cabin::Business);
    const auto main = a380->seat(*SeatCode::parse(QStringLiteral("1A")));
    ASSERT_TRUE(main.has_value());
    EXPECT_EQ(main->deck, 0);
    EXPECT_EQ(main->cabin, Cabin::First);
    EXPECT_FALSE(a380->seat(*SeatCode::parse(QStringLiteral("4E"))).has_value()); // a missing seat
    EXPECT_FALSE(a380->seat(*SeatCode::parse(QStringLiteral("13A"))).has_value()); // a skipped row
}

TEST(AircraftLayout, CabinGivesTheSeatMapItsColumnsAndAisles)
{
    const auto b787 = LayoutCatalog::builtIn().layout(QStringLiteral("B787-9"));
    ASSERT_TRUE(b787.ok());
    const CabinLayout economy = b787->cabinLayouts(Cabin::Economy).value(0);
    EXPECT_EQ(economy.letters, QStringLiteral("ABC DEF HJK"));
    EXPECT_EQ(economy.seatLetters(), QStringLiteral("ABCDEFHJK"));
    EXPECT_EQ(economy.letterGroups(), QStringList({QStringLiteral("ABC"), QStringLiteral("DEF"), QStringLiteral("HJK")}));
    EXPECT_EQ(economy.aisleCount(), 2);
    EXPECT_EQ(economy.rows().size(), 25);
    const CabinLayout premium = b787->cabinLayouts(Cabin::PremiumEconomy).value(0);
    EXPECT_EQ(premium.rows(), QList<int>({10, 11, 12, 14, 15}));
}

namespace {

// A sound one-deck layout with `cabins` spliced in, so each malformed case differs from
// a valid file in exactly one place.
QByteArray withCabins(const char *cabins)
{
    return QByteArrayLiteral(R"({"schema": 1, "type": "T1", "name": "Test", "rangeKm": 1000,
        "decks": [{"name": "Main deck", "cabins": [)")
        + cabins + QByteArrayLiteral("]}]}");
}

const char *const soundCabin = R"({"cabin": "Y", "firstRow": 1, "lastRow": 15, "letters": "ABC DEF",
    "skippedRows": [13], "exitRows": [10], "extraLegroomRows": [1, 10], "missingSeats": ["15A"],
    "blockedSeats": ["15B"]})";

} // namespace

TEST(AircraftLayout, ParsesASoundFile)
{
    const auto parsed = AircraftLayout::fromJson(withCabins(soundCabin), QStringLiteral("test.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->seatCount(), 14 * 6 - 1);
    const auto seat15b = parsed->seat(*SeatCode::parse(QStringLiteral("15B")));
    ASSERT_TRUE(seat15b.has_value());
    // 15A does not exist, so 15B is at the window; and it is blocked.
    EXPECT_EQ(seat15b->features, SeatFeatures(SeatFeature::Window) | SeatFeature::Blocked);
    EXPECT_EQ(parsed->seat(*SeatCode::parse(QStringLiteral("10C")))->features,
              SeatFeatures(SeatFeature::Aisle) | SeatFeature::ExitRow | SeatFeature::ExtraLegroom);
}

TEST(AircraftLayout, MalformedFilesGiveSpecificErrors)
{
    const struct {
        QByteArray json;
        const char *mentions;
    } cases[] = {
        {"{\"type\": ", "test.json: not valid JSON"},
        {"[1, 2]", "test.json: the top level must be a JSON object"},
        {R"({"name": "X", "rangeKm": 1, "decks": []})", "\"type\" is missing"},
        {R"({"type": 7, "name": "X", "rangeKm": 1, "decks": []})", "\"type\" must be a non-empty string"},
        {R"({"type": "T", "name": "X", "rangeKm": 0, "decks": []})", "\"rangeKm\" must be a whole number from 1"},
        {R"({"schema": 3, "type": "T", "name": "X", "rangeKm": 1, "decks": []})",
         "schema version 3 is not supported (this program reads versions 1 to 2)"},
        {R"({"type": "T", "name": "X", "rangeKm": 1, "decks": [], "colour": "red"})", "unknown key 'colour'"},
        {R"({"type": "T", "name": "X", "rangeKm": 1, "decks": []})", "\"decks\" is empty"},
        {R"({"type": "T", "name": "X", "rangeKm": 1, "decks": [{"name": "Main deck", "cabins": {}}]})",
         "deck 'Main deck': \"cabins\" must be an array"},
        {withCabins(R"({"cabin": "X", "firstRow": 1, "lastRow": 9, "letters": "ABC"})"),
         "deck 'Main deck', cabin 1: unknown cabin code 'X' (use F, J, W or Y)"},
        {withCabins(R"({"cabin": "y", "firstRow": 1, "lastRow": 9, "letters": "ABC"})"), "unknown cabin code 'y'"},
        {withCabins(R"({"cabin": "Y", "firstRow": 30, "lastRow": 4, "letters": "ABC"})"),
         "cabin economy: firstRow 30 is after lastRow 4"},
        {withCabins(R"({"cabin": "Y", "firstRow": 0, "lastRow": 4, "letters": "ABC"})"),
         "\"firstRow\" must be a whole number from 1 to 99"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1.5, "lastRow": 4, "letters": "ABC"})"),
         "\"firstRow\" must be a whole number"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 100, "letters": "ABC"})"),
         "\"lastRow\" must be a whole number from 1 to 99"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "letters": "ABC"})"), "\"lastRow\" is missing"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": "AB1"})"), "contain '1'"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": "abc"})"), "contain 'a'"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": "ABC DA"})"), "duplicate letter A"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": " ABC"})"), "start or end with a space"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": "ABC  DEF"})"), "two spaces in a row"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 4, "letters": "ABC", "exitrows": [2]})"),
         "unknown key 'exitrows'"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 10, "letters": "ABC", "exitRows": [45]})"),
         "exitRows lists row 45, outside the cabin's rows 1-10"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 20, "letters": "ABC", "skippedRows": [13],
            "extraLegroomRows": [13]})"),
         "extraLegroomRows lists row 13, which is a skipped row"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 20, "letters": "ABC", "exitRows": [4, 4]})"),
         "exitRows lists row 4 twice"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 20, "letters": "ABC", "exitRows": ["4"]})"),
         "exitRows must hold row numbers"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 10, "letters": "ABC", "blockedSeats": ["11A"]})"),
         "blockedSeats lists 11A, which is not a seat of this cabin (rows 1-10, letters 'ABC')"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 10, "letters": "ABC", "blockedSeats": ["2G"]})"),
         "cabin economy: column G is not in the columns list (blockedSeats lists 2G)"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 20, "letters": "ABC", "skippedRows": [13],
            "blockedSeats": ["13A"]})"),
         "blockedSeats lists 13A, which is not a seat of this cabin"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 10, "letters": "ABC", "missingSeats": ["2A"],
            "blockedSeats": ["2A"]})"),
         "blockedSeats lists 2A, which is not a seat of this cabin"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 10, "letters": "ABC", "blockedSeats": ["A2"]})"),
         "blockedSeats holds 'A2', which is not a seat code"},
        {withCabins(R"({"cabin": "Y", "firstRow": 1, "lastRow": 1, "letters": "A", "missingSeats": ["1A"]})"),
         "has no seats left"},
        {withCabins(R"({"cabin": "J", "firstRow": 1, "lastRow": 12, "letters": "AC DF"},
                       {"cabin": "Y", "firstRow": 10, "lastRow": 30, "letters": "ABC DEF"})"),
         "deck 'Main deck', cabin economy: rows 10-30 overlap rows 1-12 of deck 'Main deck', cabin business"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.json.toStdString());
        const auto parsed = AircraftLayout::fromJson(c.json, QStringLiteral("test.json"));
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
        EXPECT_TRUE(parsed.error().message.startsWith(QStringLiteral("test.json: ")))
            << parsed.error().message.toStdString();
        EXPECT_TRUE(parsed.error().message.contains(QString::fromLatin1(c.mentions)))
            << parsed.error().message.toStdString() << "\n  should mention: " << c.mentions;
    }
}

TEST(AircraftLayout, RowsMayNotRepeatOnAnotherDeck)
{
    // Seats are keyed by code on the whole flight, so an upper deck needs its own rows.
    const QByteArray json = R"({"type": "T", "name": "X", "rangeKm": 1, "decks": [
        {"name": "Main deck", "cabins": [{"cabin": "Y", "firstRow": 1, "lastRow": 20, "letters": "ABC"}]},
        {"name": "Upper deck", "cabins": [{"cabin": "J", "firstRow": 5, "lastRow": 8, "letters": "A K"}]}]})";
    const auto parsed = AircraftLayout::fromJson(json, QStringLiteral("two-decks.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(
        QStringLiteral("deck 'Upper deck', cabin business: rows 5-8 overlap rows 1-20 of deck 'Main deck', cabin economy")))
        << parsed.error().message.toStdString();
}

TEST(LayoutCatalog, LeavesOutBadFilesAndNamesThem)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("good.json"), withCabins(soundCabin));
    write(QStringLiteral("same-type.json"), withCabins(soundCabin));
    write(QStringLiteral("broken.json"), "{");
    write(QStringLiteral("notes.txt"), "not a layout");

    const LayoutCatalog catalog(dir.path());
    EXPECT_EQ(catalog.types(), QStringList({QStringLiteral("T1")}));
    ASSERT_EQ(catalog.errors().size(), 2);
    EXPECT_TRUE(catalog.errors().at(0).message.startsWith(QStringLiteral("broken.json: not valid JSON")));
    EXPECT_TRUE(catalog.errors().at(1).message.contains(QStringLiteral("same-type.json: type T1 is already defined")));

    const LayoutCatalog empty(dir.filePath(QStringLiteral("nothing-here")));
    EXPECT_TRUE(empty.types().isEmpty());
    ASSERT_EQ(empty.errors().size(), 1);
    EXPECT_TRUE(empty.errors().at(0).message.contains(QStringLiteral("no aircraft layouts")));
}
