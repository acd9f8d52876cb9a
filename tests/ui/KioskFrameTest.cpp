// The frame around every kiosk screen (KioskHeader): the step follows the journey, the
// hold's countdown shows once seats are held, Help says staff are coming and tells the
// terminal, Start over releases the seats, and the party size is asked with the departures.
#include "KioskDriver.h"
#include "KioskFixture.h"

#include "booking/BookingSession.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/CountdownLabel.h"
#include "widgets/KioskHeader.h"
#include "widgets/PartySizeStepper.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class KioskFrameTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (!HasFatalFailure())
            openKiosk();
    }

    QString currentStep() const
    {
        for (QLabel *step : window->header()->stepLabels()) {
            if (step->isVisible() && step->property("state").toString() == QLatin1String("current"))
                return step->text();
        }
        return QString();
    }
};

TEST_P(KioskFrameTest, TheStepFollowsTheJourney)
{
    EXPECT_EQ(currentStep(), QString()) << "the welcome screen is no step of a booking";
    EXPECT_FALSE(window->header()->startOverButton()->isVisible());
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2A")}));
    EXPECT_EQ(currentStep(), QStringLiteral("2  Seats"));
    EXPECT_TRUE(window->header()->startOverButton()->isVisible());
    EXPECT_TRUE(window->header()->countdown()->isHidden()) << "nothing is held yet";
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace")}));
    EXPECT_EQ(currentStep(), QStringLiteral("4  Pay"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->session()->state() == BookingState::SeatHeld; }));
    EXPECT_FALSE(window->header()->countdown()->isHidden()) << "held seats show their countdown";
    EXPECT_GT(window->header()->countdown()->remainingMs(), 0);
}

TEST_P(KioskFrameTest, StartOverReleasesTheHeldSeats)
{
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2B")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace")}));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->session()->state() == BookingState::SeatHeld; }));
    const QString reference = window->session()->reference();
    window->header()->startOverButton()->click();
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
    EXPECT_TRUE(window->header()->countdown()->isHidden());
    auto booking = service->find(reference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Cancelled);
}

TEST_P(KioskFrameTest, TheNextTravellersCountdownGoesWhenTheirHoldEndsElsewhere)
{
    // Each traveller gets a new session; the header follows whichever is current.
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2C")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace")}));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->session()->state() == BookingState::SeatHeld; }));
    window->header()->startOverButton()->click();

    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2D")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Alan Turing")}));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->session()->state() == BookingState::SeatHeld; }));
    EXPECT_FALSE(window->header()->countdown()->isHidden());
    // An agent cancels the hold at the desk: this kiosk's header must stop counting.
    ASSERT_TRUE(service->cancel(window->session()->reference(), QStringLiteral("cancelled at the desk")).ok());
    EXPECT_TRUE(QTest::qWaitFor([this] { return window->header()->countdown()->isHidden(); }, 5000));
}

TEST_P(KioskFrameTest, HelpCallsStaffUntilTheKioskStartsOver)
{
    QSignalSpy calls(window.get(), &KioskWindow::staffCalled);
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTest::mouseClick(window->header()->helpButton(), Qt::LeftButton);
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.at(0).at(0).toString(), QStringLiteral("flightListScreen"));
    EXPECT_EQ(window->header()->helpButton()->text(), QStringLiteral("Staff has been called"));
    QTest::mouseClick(window->header()->helpButton(), Qt::LeftButton);
    EXPECT_EQ(calls.size(), 1) << "a second tap calls nobody twice";
    QTest::mouseClick(window->header()->startOverButton(), Qt::LeftButton);
    EXPECT_EQ(window->header()->helpButton()->text(), QStringLiteral("Help")) << "the next traveller's kiosk";
}

TEST_P(KioskFrameTest, ThePartySizeIsAskedWithTheDeparturesAndKeptForTheSeats)
{
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    PartySizeStepper *party = window->flightListScreen()->partySize();
    EXPECT_FALSE(party->fewerButton()->isEnabled()) << "one traveller at least";
    QTest::mouseClick(party->moreButton(), Qt::LeftButton);
    QTest::mouseClick(party->moreButton(), Qt::LeftButton);
    EXPECT_EQ(party->value(), 3);
    EXPECT_GE(party->moreButton()->height(), 64);
    QTableView *table = window->flightListScreen()->view();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
    EXPECT_EQ(window->seatMapScreen()->partySize()->value(), 3);
}

TEST_P(KioskFrameTest, NoFocusRingAfterATouchButAfterTab)
{
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    EXPECT_EQ(window->property("keyboardInput"), QVariant(false));
    QTest::keyClick(window.get(), Qt::Key_Tab);
    EXPECT_EQ(window->property("keyboardInput"), QVariant(true));
    QTest::mouseClick(window->header()->helpButton(), Qt::LeftButton);
    EXPECT_EQ(window->property("keyboardInput"), QVariant(false));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(KioskFrameTest);
