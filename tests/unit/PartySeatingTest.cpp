#include "booking/PartySeating.h"
#include "LayoutSeats.h"
#include "demo/LayoutCatalog.h"

#include <gtest/gtest.h>

using namespace kiosk;
using kiosk::test::seatsOf;
using kiosk::test::widestGroup;

namespace {

void setStatus(QList<Seat> &seats, const SeatCode &code, SeatStatus status)
{
    for (Seat &seat : seats) {
        if (seat.code == code)
            seat.status = status;
    }
}

class PartySeatingTest : public ::testing::TestWithParam<QString> {
protected:
    AircraftLayout layout() const
    {
        auto found = LayoutCatalog::builtIn().layout(GetParam());
        EXPECT_TRUE(found.ok());
        return *found;
    }
};

// Every deck (both of the A380): only one group is left, its last seat taken. The first free
// block of a party two smaller than the group would leave one seat between the party and the
// taken seat; the rule moves the party one seat on, leaving the first seat at the wall or aisle.
TEST_P(PartySeatingTest, BestTogetherLeavesNoSeatAloneBetweenTakenSeatsWhenItCan)
{
    const AircraftLayout plane = layout();
    for (int deck = 0; deck < plane.decks().size(); ++deck) {
        const QList<SeatCode> group = widestGroup(plane, deck);
        ASSERT_GE(group.size(), 3) << "deck " << deck;
        QList<Seat> seats = seatsOf(plane);
        for (Seat &seat : seats) {
            if (!group.contains(seat.code))
                seat.status = SeatStatus::Sold;
        }
        setStatus(seats, group.last(), SeatStatus::Sold);
        const PartySeating seating(seats, CabinColumns::fromLayout(plane));
        const int party = int(group.size()) - 2;
        const auto chosen = seating.bestTogether(party, deck);
        ASSERT_TRUE(chosen) << "deck " << deck;
        EXPECT_EQ(*chosen, group.mid(1, party)) << "deck " << deck << " from " << group.first().toString().toStdString();
        EXPECT_TRUE(seating.orphansLeftBy(*chosen).isEmpty());
        // The choice it avoided is the one a traveller picking by hand is warned about.
        EXPECT_EQ(seating.orphansLeftBy(group.mid(0, party)), QList<SeatCode>{group.at(party)});
    }
}

// Nothing taken: a single empty seat at the window or the aisle is no orphan, so the party
// of two still sits at the front, leftmost, without crossing an aisle.
TEST_P(PartySeatingTest, OnAnEmptyAircraftAPairSitsAtTheFrontWithoutCrossingAnAisle)
{
    const AircraftLayout plane = layout();
    const QList<Seat> seats = seatsOf(plane);
    const PartySeating seating(seats, CabinColumns::fromLayout(plane));
    for (int deck = 0; deck < plane.decks().size(); ++deck) {
        const auto chosen = seating.bestTogether(2, deck);
        ASSERT_TRUE(chosen);
        EXPECT_TRUE(seating.orphansLeftBy(*chosen).isEmpty());
        const QString letters = CabinColumns::fromLayout(plane).lettersOfRow(chosen->first().row());
        EXPECT_EQ(letters.indexOf(chosen->at(1).letter()) - letters.indexOf(chosen->at(0).letter()), 1)
            << chosen->first().toString().toStdString() << " " << letters.toStdString();
    }
}

// Without the layout (a generated one) the seat map infers the same aisles from the seats.
TEST_P(PartySeatingTest, ColumnsInferredFromTheSeatsMatchTheLayout)
{
    const AircraftLayout plane = layout();
    const CabinColumns fromLayout = CabinColumns::fromLayout(plane);
    const CabinColumns inferred = CabinColumns::fromSeats(seatsOf(plane));
    for (const SeatTemplate &seat : plane.seats())
        EXPECT_EQ(inferred.lettersOfRow(seat.code.row()), fromLayout.lettersOfRow(seat.code.row())) << seat.code.row();
}

// A seat that was alone before the choice is not the choice's doing: no warning for it.
TEST_P(PartySeatingTest, ASeatAloneAlreadyIsNotBlamedOnTheChoice)
{
    const AircraftLayout plane = layout();
    const QList<SeatCode> group = widestGroup(plane, 0);
    QList<Seat> seats = seatsOf(plane);
    setStatus(seats, group.at(0), SeatStatus::Sold);
    setStatus(seats, group.at(2), SeatStatus::Held); // group[1] is alone between them
    const PartySeating seating(seats, CabinColumns::fromLayout(plane));
    EXPECT_TRUE(seating.orphansLeftBy({group.at(1)}).isEmpty());
    if (group.size() > 3) {
        EXPECT_TRUE(seating.orphansLeftBy({group.at(3)}).isEmpty());
    }
}

std::string typeName(const ::testing::TestParamInfo<QString> &info)
{
    return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(BuiltInLayouts, PartySeatingTest,
                         ::testing::Values(QStringLiteral("A320"), QStringLiteral("A321neo"), QStringLiteral("B737-800"),
                                           QStringLiteral("B787-9"), QStringLiteral("B777-300ER"),
                                           QStringLiteral("A380-800")),
                         typeName);

// When every choice leaves a seat alone, the rule gives way: the party still gets seats.
TEST(PartySeating, WhenNoChoiceAvoidsAnOrphanThePartyIsStillSeated)
{
    auto a380 = LayoutCatalog::builtIn().layout(QStringLiteral("A380-800"));
    ASSERT_TRUE(a380.ok());
    QList<Seat> seats = seatsOf(*a380);
    const QList<SeatCode> group = widestGroup(*a380, 0); // four seats between the aisles
    ASSERT_EQ(group.size(), 4);
    for (Seat &seat : seats) {
        if (!group.contains(seat.code))
            seat.status = SeatStatus::Sold;
    }
    setStatus(seats, group.first(), SeatStatus::Sold);
    setStatus(seats, group.last(), SeatStatus::Sold);
    const PartySeating seating(seats, CabinColumns::fromLayout(*a380));
    const auto chosen = seating.bestTogether(1, 0);
    ASSERT_TRUE(chosen);
    EXPECT_EQ(*chosen, QList<SeatCode>{group.at(1)});
    EXPECT_EQ(seating.orphansLeftBy(*chosen), QList<SeatCode>{group.at(2)});
}

// A missing seat (a door) ends a group as a wall does: the seat beside it is never an orphan.
TEST(PartySeating, AMissingSeatCountsAsAWall)
{
    auto a321 = LayoutCatalog::builtIn().layout(QStringLiteral("A321neo"));
    ASSERT_TRUE(a321.ok());
    QList<Seat> seats = seatsOf(*a321);
    setStatus(seats, SeatCode(26, u'C'), SeatStatus::Sold); // 26A does not exist
    const PartySeating seating(seats, CabinColumns::fromLayout(*a321));
    EXPECT_TRUE(seating.orphansLeftBy({SeatCode(26, u'D')}).isEmpty());
    setStatus(seats, SeatCode(26, u'C'), SeatStatus::Free);
    const PartySeating free(seats, CabinColumns::fromLayout(*a321));
    EXPECT_TRUE(free.orphansLeftBy({SeatCode(26, u'C')}).isEmpty()); // 26B: between the wall and 26C
}

} // namespace
