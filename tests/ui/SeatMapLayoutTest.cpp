#include "demo/LayoutCatalog.h"
#include "models/SeatMapModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;

namespace {

// The seats a flight of this type gets, as storage hands them to the screen.
QList<Seat> seatsOf(const AircraftLayout &layout)
{
    QList<Seat> seats;
    for (const SeatTemplate &t : layout.seats()) {
        Seat seat;
        seat.code = t.code;
        seat.cabin = t.cabin;
        seat.features = t.features;
        seat.deck = t.deck;
        seat.price = Money(10000, QStringLiteral("EUR"));
        seat.status = t.features.testFlag(SeatFeature::Blocked) ? SeatStatus::Blocked : SeatStatus::Free;
        seats << seat;
    }
    return seats;
}

class SeatMapLayoutTest : public ::testing::TestWithParam<QString> {
protected:
    AircraftLayout layout() const
    {
        auto found = LayoutCatalog::builtIn().layout(GetParam());
        EXPECT_TRUE(found.ok());
        return *found;
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
