// Help on the kiosk reaches the agent workstation (KioskHelpCall, StaffCallsBar): the kiosk's
// call appears on the agent's strip with where the traveller is, "On my way" answers it and
// the kiosk then says staff is on the way; a call the database cannot record says to ask at
// the counter. Real widgets, offscreen, on SQLite and PostgreSQL.
#include "KioskFixture.h"
#include "SqlProbe.h"

#include "agent/StaffCallsBar.h"
#include "screens/WelcomeScreen.h"
#include "widgets/KioskHeader.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

const Actor ada{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent};

class StaffCallUiTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        openKiosk();
        QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    }
    QPushButton *help() const { return window->header()->helpButton(); }
};

TEST_P(StaffCallUiTest, TheKiosksCallShowsOnTheAgentsStripAndTheirAnswerReachesTheKiosk)
{
    StaffCallsBar bar(*staffCalls);
    bar.setActor(ada);
    EXPECT_TRUE(bar.isHidden()) << "no call yet";

    QTest::mouseClick(help(), Qt::LeftButton);
    EXPECT_EQ(help()->text(), QStringLiteral("Staff has been called"));
    bar.refresh();
    ASSERT_FALSE(bar.isHidden());
    EXPECT_EQ(bar.text()->text(),
              QStringLiteral("Kiosk kiosk-ui-test asks for help: the traveller is choosing a flight (just now)."));

    QTest::mouseClick(bar.answerButton(), Qt::LeftButton);
    EXPECT_TRUE(bar.isHidden()) << "the answered call leaves the strip";
    // The kiosk looks at its call every KioskHelpCall::WatchMs.
    QTRY_COMPARE_WITH_TIMEOUT(help()->text(), QStringLiteral("Staff is on the way"), 10000);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_calls WHERE answered_by = 'ada'")), 1);
}

TEST_P(StaffCallUiTest, TheStripNamesTheHeldBookingCountsTheOthersAndIsNotForTheKioskRole)
{
    const Actor gate7{QStringLiteral("gate-7"), QStringLiteral("kiosk"), Role::Kiosk};
    ASSERT_TRUE(staffCalls->call(gate7, QStringLiteral("seatMapScreen"), QStringLiteral("ABC234")).ok());
    QTest::mouseClick(help(), Qt::LeftButton);
    StaffCallsBar bar(*staffCalls);
    bar.setActor(ada);
    EXPECT_EQ(bar.text()->text(), QStringLiteral("Kiosk gate-7 asks for help: the traveller is choosing seats, booking "
                                                 "ABC234 (just now). 1 more waiting."));
    bar.setActor(gate7);
    EXPECT_TRUE(bar.isHidden()) << "a kiosk does not answer calls";
    bar.setActor(std::nullopt);
    EXPECT_TRUE(bar.isHidden()) << "nobody signed in";
}

TEST_P(StaffCallUiTest, ACallTheDatabaseCannotRecordSaysToAskAtTheCounterAndPressingAgainRetries)
{
    QSignalSpy recorded(window.get(), &KioskWindow::staffCalled);
    ASSERT_TRUE(db->execute(QStringLiteral("ALTER TABLE staff_calls RENAME TO staff_calls_away"), QStringLiteral("hiding the calls")).ok());
    QTest::mouseClick(help(), Qt::LeftButton);
    EXPECT_EQ(help()->text(), QStringLiteral("Please ask at the counter"));
    EXPECT_EQ(window->header()->helpState(), KioskHeader::HelpState::Unreachable);
    EXPECT_EQ(recorded.size(), 0);
    ASSERT_TRUE(db->execute(QStringLiteral("ALTER TABLE staff_calls_away RENAME TO staff_calls"), QStringLiteral("restoring the calls")).ok());
    QTest::mouseClick(help(), Qt::LeftButton);
    EXPECT_EQ(help()->text(), QStringLiteral("Staff has been called"));
    EXPECT_EQ(recorded.size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffCallUiTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
