// The seat map's whole-aircraft mini-map and its whole-row scrolling (issue 16, item 3): a tap
// on the mini-map moves the map there (onto the A380's other deck when that is tapped), and
// every way of scrolling comes to rest with a row's top at the top of the map.
#include "LayoutSeats.h"
#include "demo/LayoutCatalog.h"
#include "models/SeatMapModel.h"
#include "widgets/SeatMapView.h"
#include "widgets/SeatMiniMap.h"
#include "widgets/TouchScreen.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QScroller>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;

namespace {

// The seat map screen's middle: the map and, beside it, the mini-map.
class SeatMiniMapTest : public ::testing::Test {
protected:
    void open(const QString &aircraft, int height = 560)
    {
        auto layout = LayoutCatalog::builtIn().layout(aircraft);
        ASSERT_TRUE(layout.ok());
        model.setLayout(*layout);
        view = new SeatMapView(&window);
        view->setSeatModel(&model);
        model.setSeats(test::seatsOf(*layout));
        miniMap = new SeatMiniMap(&model, view, &window);
        auto *row = new QHBoxLayout(&window);
        row->addWidget(view);
        row->addWidget(miniMap);
        window.resize(1000, height);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    // No seat row cut at the top: the first row on screen starts at the map's top edge.
    ::testing::AssertionResult restsOnARow() const
    {
        const int first = view->firstVisibleRow();
        const int offset = view->rowViewportPosition(first);
        if (offset == 0)
            return ::testing::AssertionSuccess();
        return ::testing::AssertionFailure() << "row " << first << " starts " << offset << " px above the top (scrolled to "
                                             << view->verticalScrollBar()->value() << ")";
    }

    QWidget window;
    SeatMapModel model;
    SeatMapView *view = nullptr;
    SeatMiniMap *miniMap = nullptr;
};

TEST_F(SeatMiniMapTest, ATapOnTheMiniMapMovesTheMapThereAndOntoTheOtherDeck)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("A380-800")));
    ASSERT_TRUE(miniMap->isVisible());
    EXPECT_EQ(miniMap->accessibleName(), QStringLiteral("Aircraft overview"));
    EXPECT_TRUE(miniMap->focusPolicy() & Qt::TabFocus) << "not reachable by keyboard";
    const QRect main = miniMap->deckRect(0);
    const QRect upper = miniMap->deckRect(1);
    ASSERT_FALSE(main.isEmpty());
    ASSERT_FALSE(upper.isEmpty());
    EXPECT_GE(main.width(), 48) << "the main deck is too narrow a target for a finger";
    EXPECT_GE(upper.width(), 48);
    EXPECT_FALSE(main.intersects(upper)) << "both decks side by side";
    EXPECT_EQ(model.deck(), 0);
    EXPECT_EQ(view->firstVisibleRow(), 0);
    const QRect frameAtNose = miniMap->visibleFrame();
    EXPECT_EQ(frameAtNose.top(), main.top());

    // Near the tail of the main deck: the map follows, and the frame with it.
    QTest::mouseClick(miniMap, Qt::LeftButton, {}, QPoint(main.center().x(), main.bottom() - 4));
    EXPECT_EQ(model.deck(), 0);
    EXPECT_GT(view->firstVisibleRow(), model.rowCount() / 2) << "the map did not move to the tail";
    EXPECT_EQ(view->lastVisibleRow(), model.rowCount() - 1);
    EXPECT_TRUE(restsOnARow());
    EXPECT_GT(miniMap->visibleFrame().top(), frameAtNose.bottom());
    EXPECT_TRUE(miniMap->accessibleDescription().contains(QStringLiteral("Main deck")))
        << miniMap->accessibleDescription().toStdString();

    // The upper deck's middle: the map changes deck and shows that part of it.
    QTest::mouseClick(miniMap, Qt::LeftButton, {}, upper.center());
    EXPECT_EQ(model.deck(), 1);
    EXPECT_GT(view->firstVisibleRow(), 0);
    EXPECT_LT(view->lastVisibleRow(), model.rowCount() - 1);
    EXPECT_TRUE(restsOnARow());
    EXPECT_TRUE(upper.contains(miniMap->visibleFrame().center())) << "the frame is not on the upper deck";

    // A drag to the upper deck's nose carries the map along.
    QTest::mousePress(miniMap, Qt::LeftButton, {}, upper.center());
    QMouseEvent drag(QEvent::MouseMove, QPointF(upper.center().x(), upper.top() + 2), miniMap->mapToGlobal(QPointF(upper.center().x(), upper.top() + 2)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(miniMap, &drag);
    QTest::mouseRelease(miniMap, Qt::LeftButton, {}, QPoint(upper.center().x(), upper.top() + 2));
    EXPECT_EQ(view->firstVisibleRow(), 0);

    // Keys: Left goes back to the main deck, Down scrolls by one row.
    miniMap->setFocus();
    QTest::keyClick(miniMap, Qt::Key_Left);
    EXPECT_EQ(model.deck(), 0);
    const int before = view->firstVisibleRow();
    QTest::keyClick(miniMap, Qt::Key_Down);
    EXPECT_EQ(view->firstVisibleRow(), before + 1);
    EXPECT_TRUE(restsOnARow());
}

TEST_F(SeatMiniMapTest, ItIsHiddenWhileTheMapShowsTheWholeAircraft)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("A320"), 3000));
    EXPECT_EQ(view->verticalScrollBar()->maximum(), 0);
    EXPECT_FALSE(miniMap->isVisible());
    window.resize(1000, 500); // now the tail is out of view
    QTest::qWait(0);
    QCoreApplication::processEvents();
    EXPECT_GT(view->verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(miniMap->isVisible());
}

TEST_F(SeatMiniMapTest, EveryWayOfScrollingComesToRestOnARow)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("B777-300ER")));
    QScrollBar *bar = view->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);

    // The wheel: one notch down, then one up.
    const QPoint middle = view->viewport()->rect().center();
    for (int delta : {-120, -120, 120}) {
        QWheelEvent wheel(middle, view->viewport()->mapToGlobal(middle), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
        EXPECT_TRUE(restsOnARow()) << "after a wheel notch of " << delta;
    }
    EXPECT_GT(bar->value(), 0) << "the wheel did not scroll";

    // Steps and pages of the scroll bar.
    const int first = view->firstVisibleRow();
    bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    EXPECT_EQ(view->firstVisibleRow(), first + 1);
    EXPECT_TRUE(restsOnARow());
    bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    EXPECT_TRUE(restsOnARow());
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    EXPECT_TRUE(restsOnARow());

    // The thumb dragged and let go between two rows.
    bar->setSliderDown(true);
    bar->setSliderPosition(view->rowViewportPosition(first + 3) + bar->value() + 17);
    bar->setSliderDown(false);
    EXPECT_TRUE(restsOnARow());

    // Brought into view from below, the last seat's row is whole and no row is cut at the top.
    view->scrollToRow(0);
    QModelIndex lastSeat;
    for (int row = model.rowCount() - 1; !lastSeat.isValid() && row >= 0; --row) {
        for (int column = 1; !lastSeat.isValid() && column < model.columnCount(); ++column) {
            if (model.seatAt(model.index(row, column)))
                lastSeat = model.index(row, column);
        }
    }
    view->scrollTo(lastSeat);
    EXPECT_TRUE(restsOnARow());
    EXPECT_LE(view->visualRect(lastSeat).bottom(), view->viewport()->height()) << "the last seat row is cut at the bottom";
    EXPECT_GE(view->visualRect(lastSeat).top(), 0);
    bar->triggerAction(QAbstractSlider::SliderToMaximum);
    EXPECT_TRUE(restsOnARow()) << "the end of the map cuts a row at the top";
    const int last = model.rowCount() - 1;
    EXPECT_LE(view->rowViewportPosition(last) + view->rowHeight(last), view->viewport()->height()) << "the last row is cut";
}

// A flick on the touch screen: the kinetic scroll glides and settles on a row.
TEST_F(SeatMiniMapTest, AFlickSettlesOnARow)
{
    ASSERT_NO_FATAL_FAILURE(open(QStringLiteral("B777-300ER")));
    scrollByTouch(view);
    QCoreApplication::processEvents();
    QScroller *scroller = QScroller::scroller(view->viewport());
    // A finger's path as the scroller takes it: down, ten moves up at 10 ms each, up.
    const QPointF from(view->viewport()->width() / 2, view->viewport()->height() - 30);
    const QPointF to(from.x(), 90);
    qint64 timestamp = QDateTime::currentMSecsSinceEpoch();
    scroller->handleInput(QScroller::InputPress, from, timestamp); // not taken: a tap may follow
    ASSERT_EQ(scroller->state(), QScroller::Pressed);
    constexpr int Steps = 10;
    for (int i = 1; i <= Steps; ++i)
        scroller->handleInput(QScroller::InputMove, from + (to - from) * i / Steps, timestamp += 10);
    scroller->handleInput(QScroller::InputRelease, to, timestamp += 10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->verticalScrollBar()->value() > 0; }, 3000)) << "the flick did not scroll";
    ASSERT_TRUE(QTest::qWaitFor([&] { return scroller->state() == QScroller::Inactive; }, 10000));
    EXPECT_TRUE(restsOnARow());
}

} // namespace
