// The kiosk's departures board: lines a traveller reads (time first, cabin names with the
// seats left only when few are, the status, a heading per day), money in the language's
// own way, and the agent desk keeping its table of columns.
#include "KioskFixture.h"

#include "booking/SalesCutoffSettings.h"
#include "models/FlightListModel.h"
#include "screens/FlightListScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/LocalMoney.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

TEST(LocalMoneyTest, WritesAmountsTheWayTheLanguageDoes)
{
    const QChar space(0x00A0);
    EXPECT_EQ(localMoney(Money(104400, QStringLiteral("EUR")), QLocale(QLocale::English)),
              QStringLiteral("EUR") + space + QStringLiteral("1,044.00"));
    EXPECT_EQ(localMoney(Money(104400, QStringLiteral("EUR")), QLocale(QLocale::German)),
              QStringLiteral("1.044,00") + space + QStringLiteral("EUR"));
    EXPECT_EQ(localMoney(Money(1297500, QStringLiteral("JPY")), QLocale(QLocale::English)),
              QStringLiteral("JPY") + space + QStringLiteral("1,297,500"));
    EXPECT_EQ(localMoney(Money(5, QStringLiteral("EUR")), QLocale(QLocale::English)),
              QStringLiteral("EUR") + space + QStringLiteral("0.05"));
}

class DeparturesBoardTest : public KioskFixture {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 1; // three seats: few enough to say how many are left
        spec.letters = QStringLiteral("ABC");
        return spec;
    }
};

TEST_P(DeparturesBoardTest, ALineSaysTimeCabinsAndStatusInWords)
{
    ASSERT_NO_FATAL_FAILURE(openKiosk());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    const QAbstractItemModel *board = window->flightListScreen()->view()->model();
    ASSERT_EQ(board->rowCount(), 1);
    const QModelIndex line = board->index(0, 0);
    EXPECT_EQ(line.data(FlightListModel::DepartureTimeRole).toString().size(), 5) << "HH:mm";
    EXPECT_FALSE(line.data(FlightListModel::DayHeaderRole).toString().isEmpty()) << "the day's first flight has its heading";
    EXPECT_TRUE(line.data(FlightListModel::CabinsRole).toString().contains(QStringLiteral("3 left")))
        << line.data(FlightListModel::CabinsRole).toString().toStdString();
    EXPECT_FALSE(line.data(FlightListModel::CabinsRole).toString().contains(QStringLiteral("Y 3")));
    EXPECT_EQ(line.data(FlightListModel::StatusRole).toString(), QStringLiteral("On time"));
    EXPECT_TRUE(line.data(FlightListModel::FareRole).toString().contains(QStringLiteral("49.00")));
    EXPECT_TRUE(line.data(FlightListModel::DetailsRole).toString().startsWith(flight.designator()));
}

// Sales close at the cut-off while the board is on screen: the next refresh shows the line
// closed, without a fare, not to be chosen: not a flight the kiosk then refuses to hold.
TEST_P(DeparturesBoardTest, AFlightWhoseSalesCloseWhileShownTurnsClosedOnRefresh)
{
    ASSERT_NO_FATAL_FAILURE(openKiosk());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    const QAbstractItemModel *board = window->flightListScreen()->view()->model();
    ASSERT_EQ(board->rowCount(), 1);
    ASSERT_FALSE(board->index(0, 0).data(FlightListModel::SalesClosedRole).toBool());
    // The airline's cut-off moves beyond the flight's departure, two days ahead.
    const Actor admin{QStringLiteral("desk-9"), roleName(Role::Admin), Role::Admin};
    ASSERT_TRUE(SalesCutoffSettings(*db, admin).set(flight.carrier, QString(), 3 * 24 * 60).ok());

    window->flightListScreen()->refresh();
    const QModelIndex line = board->index(0, 0);
    EXPECT_TRUE(line.data(FlightListModel::SalesClosedRole).toBool());
    EXPECT_EQ(line.data(FlightListModel::StatusRole).toString(), QStringLiteral("Closed"));
    EXPECT_TRUE(line.data(FlightListModel::FareRole).toString().isEmpty()) << "no price for a flight not sold";
    EXPECT_FALSE(board->flags(line).testFlag(Qt::ItemIsSelectable));
}

TEST_P(DeparturesBoardTest, TheKioskShowsABoardTheDeskATable)
{
    ASSERT_NO_FATAL_FAILURE(openKiosk());
    QTableView *view = window->flightListScreen()->view();
    EXPECT_TRUE(view->horizontalHeader()->isHidden()) << "no spreadsheet header on the kiosk";
    EXPECT_TRUE(view->isColumnHidden(FlightListModel::FareColumn));
    window->flightListScreen()->showAsTable();
    EXPECT_FALSE(view->horizontalHeader()->isHidden());
    EXPECT_FALSE(view->isColumnHidden(FlightListModel::FareColumn));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(DeparturesBoardTest);
