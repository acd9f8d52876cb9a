#include "LayoutSeats.h"
#include "demo/LayoutCatalog.h"
#include "models/SeatMapModel.h"
#include "widgets/SeatMapPainter.h"
#include "widgets/SeatMapView.h"

#include <QAbstractItemModelTester>
#include <QMap>
#include <QSet>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;
using kiosk::test::seatsOf;
using kiosk::test::widestGroup;

namespace {

class SeatMapLayoutTest : public ::testing::TestWithParam<QString> {
protected:
    AircraftLayout layout() const
    {
        auto found = LayoutCatalog::builtIn().layout(GetParam());
        EXPECT_TRUE(found.ok());
        return *found;
    }

    // As the seat map screen fills it: the flight's layout, then its seats.
    static void fill(SeatMapModel &model, const AircraftLayout &plane)
    {
        model.setLayout(plane);
        model.setSeats(seatsOf(plane));
    }
};

TEST_P(SeatMapLayoutTest, EverySeatOfTheLayoutIsOnItsDeckOnce)
{
    const AircraftLayout plane = layout();
    SeatMapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSeats(seatsOf(plane));
    for (Cabin cabin : {Cabin::First, Cabin::Business, Cabin::PremiumEconomy, Cabin::Economy})
        EXPECT_EQ(model.seatCount(cabin), plane.seatCount(cabin)) << cabinName(cabin).toStdString();
    ASSERT_EQ(model.decks().size(), plane.decks().size());

    int shown = 0;
    for (int deck : model.decks()) {
        model.setDeck(deck);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                shown += model.seatAt(model.index(row, column)) ? 1 : 0;
        }
        for (const SeatTemplate &t : plane.seats()) {
            if (t.deck == deck) {
                EXPECT_TRUE(model.indexOf(t.code.toString()).isValid()) << t.code.toString().toStdString();
            }
        }
    }
    EXPECT_EQ(shown, plane.seatCount());
}

TEST_P(SeatMapLayoutTest, ExitRowsAreMarkedAndBlockedSeatsCannotBeChosen)
{
    const AircraftLayout plane = layout();
    SeatMapModel model;
    model.setSeats(seatsOf(plane));
    int blocked = 0;
    int exitRowsMarked = 0;
    for (int deck : model.decks()) {
        model.setDeck(deck);
        for (int row = 0; row < model.rowCount(); ++row) {
            const int features = model.index(row, 0).data(SeatMapModel::FeaturesRole).toInt();
            exitRowsMarked += SeatFeatures::fromInt(features).testFlag(SeatFeature::ExitRow) ? 1 : 0;
        }
        for (const SeatTemplate &t : plane.seats()) {
            if (t.deck != deck || !t.features.testFlag(SeatFeature::Blocked))
                continue;
            ++blocked;
            EXPECT_FALSE(model.select(t.code.toString()));
            EXPECT_TRUE(model.indexOf(t.code.toString()).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("not available")));
        }
    }
    EXPECT_GE(blocked, 1);
    EXPECT_GE(exitRowsMarked, 1);
}

TEST_P(SeatMapLayoutTest, AislesMatchTheWidestCabin)
{
    const AircraftLayout plane = layout();
    SeatMapModel model;
    model.setSeats(seatsOf(plane));
    for (int deck : model.decks()) {
        model.setDeck(deck);
        int widestAisles = 0;
        int widestSeats = 0;
        for (const CabinLayout &cabin : plane.decks().at(deck).cabins) {
            if (cabin.seatLetters().size() > widestSeats) {
                widestSeats = int(cabin.seatLetters().size());
                widestAisles = cabin.aisleCount();
            }
        }
        int aisles = 0;
        for (int column = 0; column < model.columnCount(); ++column)
            aisles += model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty() ? 1 : 0;
        EXPECT_EQ(aisles - 2, widestAisles) << "deck " << deck; // minus the two row-number columns
    }
}

// The layout's own grid: every row of a deck's widest cabin fills every column (no empty
// column G in economy because business has one), and each cabin shows all its seats.
TEST_P(SeatMapLayoutTest, EachCabinKeepsItsOwnColumns)
{
    const AircraftLayout plane = layout();
    SeatMapModel model;
    fill(model, plane);
    for (int deck : model.decks()) {
        model.setDeck(deck);
        int widest = 0;
        for (const CabinLayout &cabin : plane.decks().at(deck).cabins)
            widest = qMax(widest, int(cabin.letters.size()));
        for (const CabinLayout &cabin : plane.decks().at(deck).cabins) {
            for (int row : cabin.rows()) {
                const QModelIndex first = model.indexOf(QString::number(row) + cabin.seatLetters().front());
                int seats = 0;
                int empty = 0;
                for (int column = 1; first.isValid() && column + 1 < model.columnCount(); ++column) {
                    const auto kind = SeatMapModel::CellKind(model.index(first.row(), column).data(SeatMapModel::CellKindRole).toInt());
                    seats += kind == SeatMapModel::CellKind::Seat ? 1 : 0;
                    empty += kind == SeatMapModel::CellKind::Empty ? 1 : 0;
                }
                int present = 0;
                for (QChar letter : cabin.seatLetters())
                    present += cabin.hasSeat(SeatCode(row, letter)) ? 1 : 0;
                if (!first.isValid())
                    continue; // its first letter is a missing seat: counted through the others
                EXPECT_EQ(seats, present) << "row " << row;
                if (cabin.letters.size() == widest) {
                    EXPECT_EQ(empty, cabin.seatLetters().size() - present) << "row " << row << " has an empty column";
                }
            }
        }
    }
}

// Galleys, lavatories and closets are rows of their own; the wing band covers the wing rows;
// every exit of the layout is marked at its row.
TEST_P(SeatMapLayoutTest, FacilitiesWingsAndExitsOfTheLayoutAreOnTheMap)
{
    const AircraftLayout plane = layout();
    SeatMapModel model;
    fill(model, plane);
    for (int deck : model.decks()) {
        model.setDeck(deck);
        const DeckLayout &plan = plane.decks().at(deck);
        int facilities = 0;
        QSet<int> wingRows;
        QMap<int, int> exits;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex label = model.index(row, 0);
            const auto kind = SeatMapModel::CellKind(label.data(SeatMapModel::CellKindRole).toInt());
            if (kind == SeatMapModel::CellKind::Facility) {
                const auto here = label.data(SeatMapModel::FacilitiesRole).value<QList<LayoutFacility>>();
                facilities += int(here.size());
                EXPECT_FALSE(label.data(Qt::AccessibleTextRole).toString().isEmpty());
            }
            if (kind == SeatMapModel::CellKind::RowLabel) {
                if (label.data(SeatMapModel::OverWingRole).toBool())
                    wingRows.insert(label.data().toInt());
                exits[label.data().toInt()] = label.data(SeatMapModel::ExitRole).toInt();
            }
        }
        EXPECT_EQ(facilities, plan.facilities.size()) << "deck " << deck;
        for (int row = plan.wingRows.first; !plan.wingRows.isEmpty() && row <= plan.wingRows.last; ++row)
            EXPECT_EQ(wingRows.contains(row), plan.hasRow(row)) << "row " << row;
        EXPECT_EQ(wingRows.size() > 0, !plan.wingRows.isEmpty());
        for (const LayoutExit &exit : plan.exits) {
            const int shift = exit.place == RowPlace::At ? 0 : exit.place == RowPlace::Before ? 2 : 4;
            if (exit.left) {
                EXPECT_TRUE(exits.value(exit.row) & (ExitLeftAt << shift)) << "row " << exit.row;
            }
            if (exit.right) {
                EXPECT_TRUE(exits.value(exit.row) & (ExitRightAt << shift)) << "row " << exit.row;
            }
        }
    }
}

// Best available together by the orphan-seat rule (docs/layouts.md) on every deck: with one
// group left and its last seat taken, the party moves one seat on instead of leaving a
// seat alone beside the taken one; a hand-picked choice that leaves one is reported.
TEST_P(SeatMapLayoutTest, BestAvailableTogetherLeavesNoSeatAlone)
{
    const AircraftLayout plane = layout();
    for (int deck = 0; deck < plane.decks().size(); ++deck) {
        const QList<SeatCode> group = widestGroup(plane, deck);
        ASSERT_GE(group.size(), 3);
        QList<Seat> seats = seatsOf(plane);
        for (Seat &seat : seats) {
            if (!group.contains(seat.code) || seat.code == group.last())
                seat.status = SeatStatus::Sold;
        }
        SeatMapModel model;
        model.setLayout(plane);
        model.setSeats(seats);
        model.setDeck(deck);
        model.setPartySize(int(group.size()) - 2);
        ASSERT_TRUE(model.selectBestAvailableTogether());
        EXPECT_EQ(model.selectedSeats(), group.mid(1, group.size() - 2)) << "deck " << deck;
        EXPECT_TRUE(model.orphansLeftBySelection().isEmpty());
        model.clearSelection();
        for (const SeatCode &code : group.mid(0, group.size() - 2))
            model.select(code.toString());
        EXPECT_EQ(model.orphansLeftBySelection(), QList<SeatCode>{group.at(group.size() - 2)});
    }
}

// The real widget, drawn offscreen: an exit row carries the red marker on both walls, a wing
// row the wing outside them, and the keyboard still chooses a seat.
TEST(SeatMapLayout, TheViewDrawsExitsAndTheWingAndKeepsTheKeyboard)
{
    auto a320 = LayoutCatalog::builtIn().layout(QStringLiteral("A320"));
    ASSERT_TRUE(a320.ok());
    SeatMapModel model;
    model.setLayout(*a320);
    model.setSeats(seatsOf(*a320));
    SeatMapView view;
    view.setSeatModel(&model);
    view.resize(view.width(), 900);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const DeckLayout &deck = a320->decks().first();
    const auto exit = std::find_if(deck.exits.cbegin(), deck.exits.cend(),
                                   [](const LayoutExit &e) { return e.place == RowPlace::At && e.left && e.right; });
    ASSERT_NE(exit, deck.exits.cend());
    const QModelIndex exitSeat = model.indexOf(QString::number(exit->row) + QLatin1Char('C'));
    ASSERT_TRUE(exitSeat.isValid());
    view.scrollTo(exitSeat, QAbstractItemView::PositionAtCenter);
    const QImage image = view.viewport()->grab().toImage();
    const int y = view.visualRect(exitSeat).center().y();
    const int leftWall = view.columnViewportPosition(0) + SeatMapPainter::WallInset;
    const int lastColumn = model.columnCount() - 1;
    const int rightWall = view.columnViewportPosition(lastColumn) + view.columnWidth(lastColumn) - SeatMapPainter::WallInset;
    EXPECT_EQ(image.pixelColor(leftWall, y + SeatMapPainter::ExitMarker / 2 - 2), SeatMapColours::standard().exit);
    EXPECT_EQ(image.pixelColor(rightWall, y + SeatMapPainter::ExitMarker / 2 - 2), SeatMapColours::standard().exit);
    EXPECT_GE(SeatMapPainter::ExitMarker, 18);
    // Over the wing the strip outside the wall is no longer the page's background.
    EXPECT_NE(image.pixelColor(2, y), image.pixelColor(2, 2)) << "no wing beside exit row " << exit->row;

    view.setFocus();
    view.setCurrentIndex(exitSeat);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Space);
    EXPECT_EQ(model.selectedSeats(), QList<SeatCode>{SeatCode(exit->row, u'B')});
}

TEST(SeatMapLayout, A380HasAnUpperDeck)
{
    auto a380 = LayoutCatalog::builtIn().layout(QStringLiteral("A380-800"));
    ASSERT_TRUE(a380.ok());
    SeatMapModel model;
    model.setSeats(seatsOf(*a380));
    EXPECT_EQ(model.decks(), (QList<int>{0, 1}));
    model.setDeck(1);
    EXPECT_TRUE(model.index(0, 0).data().toString().startsWith(QStringLiteral("Business")));
}

std::string typeName(const ::testing::TestParamInfo<QString> &info)
{
    return QString(info.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
}

} // namespace

INSTANTIATE_TEST_SUITE_P(BuiltInLayouts, SeatMapLayoutTest,
                         ::testing::Values(QStringLiteral("A320"), QStringLiteral("A321neo"), QStringLiteral("B737-800"),
                                           QStringLiteral("B787-9"), QStringLiteral("B777-300ER"),
                                           QStringLiteral("A380-800")),
                         typeName);
