// Schema 2 of the layout format (docs/layouts.md): a sound file, and each malformed input
// with the exact message it gives.

#include "demo/AircraftLayout.h"

#include <gtest/gtest.h>

using namespace kiosk;

namespace {

// A sound schema 2 deck with `deckExtra` (keys after "name") and `cabins` spliced in.
QByteArray layout(const char *deckExtra, const char *cabins)
{
    return QByteArrayLiteral(R"({"schema": 2, "type": "T2", "name": "Test", "rangeKm": 1000,
        "decks": [{"name": "Main deck", )")
        + deckExtra + QByteArrayLiteral(R"("cabins": [)") + cabins + QByteArrayLiteral("]}]}");
}

const char *const economy = R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
    "skippedRows": [13], "extraLegroomRows": [10, 14]})";

IataCharacteristics characteristicsOf(const AircraftLayout &plan, const char *seat)
{
    const auto found = plan.seat(*SeatCode::parse(QString::fromLatin1(seat)));
    return found ? found->characteristics : IataCharacteristics();
}

QString codesOf(const AircraftLayout &plan, const char *seat)
{
    return iataCharacteristicCodes(characteristicsOf(plan, seat)).join(QLatin1Char(','));
}

} // namespace

TEST(LayoutSchema2, DerivesAndReadsEveryCharacteristic)
{
    const QByteArray json = layout(
        R"("wingRows": {"first": 14, "last": 16},
           "exits": [{"before": 10, "sides": ["left"]}, {"row": 14, "sides": ["left", "right"]}],
           "galleys": [{"after": 20, "position": "centre"}], "lavatories": [{"before": 10, "position": "left"}],
           "closets": [{"after": 12, "position": "right"}],)",
        R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF", "skippedRows": [13],
            "extraLegroomRows": [10, 14], "bassinetSeats": ["10B"], "crewSeats": ["20F"], "blockedSeats": ["20A"],
            "seats": [{"seat": "10B", "characteristics": ["I"]}, {"seat": "12C", "characteristics": ["H", "1"]},
                      {"seat": "14A", "characteristics": ["V"]}]})");
    const auto parsed = AircraftLayout::fromJson(json, QStringLiteral("t.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->schema(), 2);
    EXPECT_EQ(codesOf(*parsed, "10A"), QStringLiteral("W,K,L"));
    EXPECT_EQ(codesOf(*parsed, "10B"), QStringLiteral("9,K,L,B,I"));
    EXPECT_EQ(codesOf(*parsed, "12C"), QStringLiteral("A,H,1"));
    EXPECT_EQ(codesOf(*parsed, "14A"), QStringLiteral("W,E,L,OW,V"));
    EXPECT_EQ(codesOf(*parsed, "16E"), QStringLiteral("9,OW"));
    EXPECT_EQ(codesOf(*parsed, "20A"), QStringLiteral("W,blocked"));
    EXPECT_EQ(codesOf(*parsed, "20F"), QStringLiteral("W,crew"));
    // A crew seat is never sold, as a blocked one; a door before a row is not an exit row.
    EXPECT_TRUE(parsed->seat(*SeatCode::parse(QStringLiteral("20F")))->features.testFlag(SeatFeature::Blocked));
    EXPECT_FALSE(characteristicsOf(*parsed, "10A").testFlag(IataCharacteristic::ExitRow));

    const DeckLayout &deck = parsed->decks().at(0);
    EXPECT_EQ(deck.wingRows, (RowSpan{14, 16}));
    ASSERT_EQ(deck.exits.size(), 2);
    EXPECT_EQ(deck.exits.at(0), (LayoutExit{RowPlace::Before, 10, true, false}));
    EXPECT_EQ(deck.exits.at(1), (LayoutExit{RowPlace::At, 14, true, true}));
    ASSERT_EQ(deck.facilities.size(), 3);
    EXPECT_EQ(deck.facilities.at(0), (LayoutFacility{FacilityKind::Galley, RowPlace::After, 20, CabinPosition::Centre}));
    EXPECT_EQ(deck.facilities.at(1), (LayoutFacility{FacilityKind::Lavatory, RowPlace::Before, 10, CabinPosition::Left}));
    EXPECT_EQ(deck.facilities.at(2), (LayoutFacility{FacilityKind::Closet, RowPlace::After, 12, CabinPosition::Right}));
}

TEST(LayoutSchema2, UpperDeckSeatsAreMarkedU)
{
    const QByteArray json = R"({"schema": 2, "type": "T", "name": "X", "rangeKm": 1, "decks": [
        {"name": "Main deck", "cabins": [{"cabin": "Y", "firstRow": 20, "lastRow": 30, "columns": "ABC DEF"}]},
        {"name": "Upper deck", "cabins": [{"cabin": "J", "firstRow": 1, "lastRow": 5, "columns": "A K"}]}]})";
    const auto parsed = AircraftLayout::fromJson(json, QStringLiteral("t.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(codesOf(*parsed, "1A"), QStringLiteral("W,A,K,U"));
    EXPECT_EQ(codesOf(*parsed, "21B"), QStringLiteral("9"));
}

TEST(LayoutSchema2, MalformedInputGivesItsExactMessage)
{
    const struct {
        QByteArray json;
        const char *message;
    } cases[] = {
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "seats": [{"seat": "14D", "characteristics": ["H"]}, {"seat": "14D", "characteristics": ["1"]}]})"),
         "t.json: deck 'Main deck', cabin economy: row 14: seat 14D appears twice in seats"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "blockedSeats": ["14J"]})"),
         "t.json: deck 'Main deck', cabin economy: column J is not in the columns list (blockedSeats lists 14J)"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "missingSeats": ["12A", "12A"]})"),
         "t.json: deck 'Main deck', cabin economy: row 12: seat 12A appears twice in missingSeats"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "letters": "ABC DEF"})"),
         "t.json: deck 'Main deck', cabin 1: unknown key 'letters' (known keys: cabin, firstRow, lastRow, skippedRows, "
         "extraLegroomRows, missingSeats, blockedSeats, columns, crewSeats, bassinetSeats, seats)"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF", "exitRows": [12]})"),
         "t.json: deck 'Main deck', cabin 1: unknown key 'exitRows' (known keys: cabin, firstRow, lastRow, skippedRows, "
         "extraLegroomRows, missingSeats, blockedSeats, columns, crewSeats, bassinetSeats, seats)"},
        {layout("", R"({"cabin": "Y", "firstRow": 1, "lastRow": 1, "columns": "AB", "blockedSeats": ["1A"],
            "crewSeats": ["1B"]})"),
         "t.json: top level: the layout has no seat for sale: every seat is blocked or kept for the crew"},
        {layout("", R"({"cabin": "Y", "firstRow": 1, "lastRow": 1, "columns": "A", "missingSeats": ["1A"]})"),
         "t.json: deck 'Main deck', cabin economy: has no seats left after skipped rows and missing seats"},
        {R"({"schema": 2, "type": "T", "name": "X", "rangeKm": 1, "decks": [{"name": "Main deck", "cabins": []}]})",
         "t.json: deck 'Main deck': \"cabins\" is empty"},
        {layout("", R"({"cabin": "J", "firstRow": 1, "lastRow": 12, "columns": "AC DF"},
                       {"cabin": "Y", "firstRow": 12, "lastRow": 30, "columns": "ABC DEF"})"),
         "t.json: deck 'Main deck', cabin economy: rows 12-30 overlap rows 1-12 of deck 'Main deck', cabin business; "
         "row numbers must be unique across the aircraft"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF", "crewSeats": ["20A"],
            "blockedSeats": ["20A"]})"),
         "t.json: deck 'Main deck', cabin economy: crewSeats lists 20A, which blockedSeats lists too; a seat is one or "
         "the other"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "seats": [{"seat": "11A", "characteristics": ["W"]}]})"),
         "t.json: deck 'Main deck', cabin economy, seat 11A: characteristic 'W' cannot be written in a file; write H, 1, "
         "V or I (the others follow from the layout)"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "seats": [{"seat": "11A", "characteristics": ["V", "I"]}]})"),
         "t.json: deck 'Main deck', cabin economy, seat 11A: V (not for infants) and I (suitable for infants) "
         "contradict each other"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "seats": [{"seat": "11A", "characteristics": []}]})"),
         "t.json: deck 'Main deck', cabin economy, seat 11A: \"characteristics\" is empty"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "seats": [{"seat": "11A", "characteristics": ["H", "H"]}]})"),
         "t.json: deck 'Main deck', cabin economy, seat 11A: characteristic H is listed twice"},
        {layout("", R"({"cabin": "Y", "firstRow": 10, "lastRow": 20, "columns": "ABC DEF",
            "bassinetSeats": ["21A"]})"),
         "t.json: deck 'Main deck', cabin economy: bassinetSeats lists 21A, which is not a seat of this cabin "
         "(rows 10-20, letters 'ABC DEF')"},
        {layout(R"("wingRows": {"first": 18, "last": 15},)", economy),
         "t.json: deck 'Main deck', wingRows: first 18 is after last 15"},
        {layout(R"("wingRows": {"first": 40, "last": 45},)", economy),
         "t.json: deck 'Main deck', wingRows: rows 40-45 hold no seat row of this deck"},
        {layout(R"("wingRows": [14, 16],)", economy),
         "t.json: deck 'Main deck': \"wingRows\" must be an object like {\"first\": 10, \"last\": 20}"},
        {layout(R"("exits": [{"row": 13, "sides": ["left"]}],)", economy),
         "t.json: deck 'Main deck', exit 1: row 13 is not a seat row of this deck"},
        {layout(R"("exits": [{"row": 12, "after": 12, "sides": ["left"]}],)", economy),
         "t.json: deck 'Main deck', exit 1: give one place only, not both \"row\" and \"after\""},
        {layout(R"("exits": [{"sides": ["left"]}],)", economy),
         "t.json: deck 'Main deck', exit 1: give its place: \"row\", \"before\" or \"after\" a row"},
        {layout(R"("exits": [{"row": 12, "sides": ["port"]}],)", economy),
         "t.json: deck 'Main deck', exit 1: \"sides\" must list \"left\", \"right\" or both, each once"},
        {layout(R"("exits": [{"row": 12, "sides": ["left", "left"]}],)", economy),
         "t.json: deck 'Main deck', exit 1: \"sides\" must list \"left\", \"right\" or both, each once"},
        {layout(R"("exits": [{"row": 12, "sides": []}],)", economy),
         "t.json: deck 'Main deck', exit 1: \"sides\" is empty"},
        {layout(R"("exits": [{"row": 12, "sides": ["left"]}, {"row": 12, "sides": ["right"]}],)", economy),
         "t.json: deck 'Main deck', exit 2: row 12 has an exit already; give both sides in one exit"},
        {layout(R"("galleys": [{"row": 12, "position": "left"}],)", economy),
         "t.json: deck 'Main deck', galleys entry 1: unknown key 'row' (known keys: before, after, position)"},
        {layout(R"("lavatories": [{"after": 12, "position": "middle"}],)", economy),
         "t.json: deck 'Main deck', lavatories entry 1: \"position\" is 'middle'; use left, centre or right"},
        {layout(R"("closets": [{"before": 12}],)", economy),
         "t.json: deck 'Main deck', closets entry 1: \"position\" is missing"},
        {layout(R"("closets": ["after 12"],)", economy),
         "t.json: deck 'Main deck': entry 1 of \"closets\" must be a JSON object"},
        {layout(R"("galleys": [{"before": 99, "position": "left"}],)", economy),
         "t.json: deck 'Main deck', galleys entry 1: row 99 is not a seat row of this deck"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.json.toStdString());
        const auto parsed = AircraftLayout::fromJson(c.json, QStringLiteral("t.json"));
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, ErrorCode::BadInput);
        EXPECT_EQ(parsed.error().message.toStdString(), std::string(c.message));
    }
}

TEST(LayoutSchema2, SchemaOneFilesKeepTheirMeaning)
{
    // The same cabin in both schemas: exit rows from exitRows (1) or from an exit at the row (2).
    const QByteArray one = R"({"type": "T", "name": "X", "rangeKm": 1, "decks": [{"name": "Main deck", "cabins": [
        {"cabin": "Y", "firstRow": 1, "lastRow": 9, "letters": "ABC DEF", "exitRows": [5], "missingSeats": ["9A"]}]}]})";
    const QByteArray two = R"({"schema": 2, "type": "T", "name": "X", "rangeKm": 1, "decks": [{"name": "Main deck",
        "exits": [{"row": 5, "sides": ["left", "right"]}], "cabins": [
        {"cabin": "Y", "firstRow": 1, "lastRow": 9, "columns": "ABC DEF", "missingSeats": ["9A"]}]}]})";
    const auto first = AircraftLayout::fromJson(one, QStringLiteral("one.json"));
    const auto second = AircraftLayout::fromJson(two, QStringLiteral("two.json"));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(first->schema(), 1);
    EXPECT_EQ(first->seats(), second->seats());
    // Schema 1 knows none of schema 2's deck keys.
    const QByteArray oneWithWing = R"({"type": "T", "name": "X", "rangeKm": 1, "decks": [{"name": "Main deck",
        "wingRows": {"first": 1, "last": 2}, "cabins": [{"cabin": "Y", "firstRow": 1, "lastRow": 9, "letters": "AB"}]}]})";
    const auto refused = AircraftLayout::fromJson(oneWithWing, QStringLiteral("one.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("one.json: deck 1: unknown key 'wingRows' (known keys: name, cabins)"));
}
