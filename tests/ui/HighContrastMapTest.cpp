// The accessible mode's high contrast reaches what the kiosk paints by hand: the departures
// board and the seat map (cabin, seats, mini-map) are drawn light on black, not in their
// standard light colours; the seat map has the room for more rows of seats at 1280x1024;
// and a seat refused on the keypad is explained with the key to press, not a tap.
#include "AccessibleFixture.h"

#include "accessibility/AccessibleMode.h"
#include "accessibility/Narrator.h"
#include "models/SeatMapModel.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/SeatMapColours.h"
#include "widgets/SeatMapView.h"
#include "widgets/SeatMiniMap.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// The share of `image`'s pixels that are `colour`, within `tolerance` (the sum of the
// channels' differences: antialiased words are greys near black and white).
double shareOf(const QImage &image, const QColor &colour, int tolerance = 12)
{
    qint64 matching = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) + qAbs(pixel.blue() - colour.blue()) <= tolerance)
                ++matching;
        }
    }
    return image.isNull() ? 0.0 : double(matching) / (qint64(image.width()) * image.height());
}

QImage drawn(QWidget *widget)
{
    return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The rows of seats wholly in view.
int seatRowsInView(const SeatMapView *view)
{
    const QAbstractItemModel *model = view->model();
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int top = view->rowViewportPosition(row);
        const bool seats = model->index(row, 1).data(SeatMapModel::CellKindRole).toInt() == int(SeatMapModel::CellKind::Seat);
        if (seats && top >= 0 && top + view->rowHeight(row) <= view->viewport()->height())
            ++rows;
    }
    return rows;
}

class HighContrastMapTest : public AccessibleFixture {};

TEST_P(HighContrastMapTest, TheBoardAndTheSeatMapAreDrawnLightOnBlack)
{
    ASSERT_NO_FATAL_FAILURE(open());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->flightListScreen());
    QWidget *board = window->flightListScreen()->view()->viewport();
    EXPECT_GT(shareOf(drawn(board), Qt::white), 0.3) << "the standard board: dark on white";

    press(Qt::Key_F12);
    ASSERT_TRUE(mode->isOn());
    const QImage contrastBoard = drawn(board);
    EXPECT_GT(shareOf(contrastBoard, Qt::black), 0.3) << "the rows are black";
    EXPECT_LT(shareOf(contrastBoard, Qt::white), 0.1) << "white only for the words";

    press(Qt::Key_Right);
    press(Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
    SeatMapView *map = window->seatMapScreen()->view();
    const QImage cabin = drawn(map->viewport());
    const SeatMapColours &standard = SeatMapColours::standard();
    // The standard's bluish greys exactly: nothing of the light cabin is left.
    EXPECT_EQ(shareOf(cabin, standard.floor, 0), 0.0) << "no standard cabin floor left";
    EXPECT_EQ(shareOf(cabin, standard.blocked, 0), 0.0);
    EXPECT_GT(shareOf(cabin, Qt::black), 0.5);
    const QImage overview = drawn(window->seatMapScreen()->miniMap());
    EXPECT_EQ(shareOf(overview, standard.wing, 0), 0.0) << "the mini-map's hull in the high-contrast grey";
    EXPECT_GT(shareOf(overview, SeatMapColours::highContrastColours().wing), 0.05);
    EXPECT_GE(seatRowsInView(map), 3) << "the legend leaves the seats the room at 1280x1024";

    // Back to the standard look: the same map in its own colours again.
    press(Qt::Key_F12);
    ASSERT_FALSE(mode->isOn());
    EXPECT_GT(shareOf(drawn(map->viewport()), standard.floor, 0), 0.2);
}

TEST_P(HighContrastMapTest, ASeatRefusedOnTheKeypadSaysWhichKeyToPress)
{
    ASSERT_NO_FATAL_FAILURE(open());
    press(Qt::Key_F12);
    press(Qt::Key_Return);
    press(Qt::Key_Right);
    press(Qt::Key_Return);
    SeatMapScreen *seats = window->seatMapScreen();
    ASSERT_EQ(window->currentScreen(), seats);
    press(Qt::Key_Right);
    press(Qt::Key_Return); // the party's one seat
    ASSERT_EQ(seats->selectedSeats().size(), 1);
    press(Qt::Key_Right);
    const qsizetype from = mark();
    press(Qt::Key_Return); // a second seat for a party of one
    EXPECT_EQ(seats->selectedSeats().size(), 1);
    EXPECT_TRUE(seats->notice()->isVisible());
    EXPECT_TRUE(seats->notice()->text().contains(QStringLiteral("Press Enter on one of them")))
        << seats->notice()->text().toStdString();
    EXPECT_FALSE(seats->notice()->text().contains(QStringLiteral("Tap")));
    EXPECT_TRUE(saidSince(from).contains(seats->notice()->text())) << saidSince(from).toStdString();

    press(Qt::Key_F12); // the touch screen's words again
    seats->view()->setFocus();
    press(Qt::Key_Return);
    EXPECT_TRUE(seats->notice()->text().contains(QStringLiteral("Tap one of them"))) << seats->notice()->text().toStdString();
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(HighContrastMapTest);
