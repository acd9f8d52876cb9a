// The admin's Schedule tab on real widgets, on SQLite and PostgreSQL: the flights with
// status, load factor and revenue narrowed by days, route and status; a flight's seats with
// who holds what, blocked and unblocked with a reason (bad input refused with nothing
// changed); a flight cancelled after a confirmation counting its bookings, which then show
// under Disruptions; and a supervisor who sees the tab but may not cancel.
#include "Euros.h"
#include "ScheduleTabFixture.h"
#include "SqlProbe.h"

#include "agent/AgentWindow.h"
#include "agent/CancelFlightDialog.h"
#include "agent/ChangeAircraftDialog.h"
#include "agent/FlightPricesDialog.h"
#include "agent/SeatMoveModel.h"
#include "agent/DisruptionsView.h"
#include "agent/FlightSeatPanel.h"
#include "agent/ScheduleView.h"
#include "auth/UserAdministration.h"
#include "models/SeatMapModel.h"
#include "reports/FlightSalesModel.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"
#include "widgets/SeatMapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class ScheduleTabTest : public ScheduleTabFixture {
protected:
    // Signed in as `name` with the fixture's flight chosen in the Schedule tab.
    ScheduleView *scheduleOfFlight(const QString &name)
    {
        ScheduleView *view = signInToSchedule(name);
        EXPECT_NE(view, nullptr);
        if (view) {
            EXPECT_TRUE(view->chooseFlight(flight.key()));
        }
        return view;
    }

    static QString cell(ScheduleView *view, int row, int column)
    {
        return view->flightTable()->model()->index(row, column).data().toString();
    }

    qint64 blockedSeats(const QString &where = QStringLiteral("1 = 1"))
    {
        return countRows(*db, QStringLiteral("seats"),
                         QStringLiteral("blocked AND flight_id = %1 AND %2").arg(flight.id).arg(where));
    }

    void moveTo(FlightSeatPanel *panel, const QString &seat)
    {
        panel->seatView()->setFocus();
        panel->seatView()->setCurrentIndex(panel->seatModel()->indexOf(seat));
    }
};

TEST_P(ScheduleTabTest, AnAdminFiltersFlightsAndBlocksSeatsWithAReason)
{
    TestFlightSpec later;
    later.number = 202;
    later.departsInSeconds = 4 * 24 * 3600;
    ASSERT_GT(addTestFlight(*db, later).id, 0);
    ScheduleView *view = signInToSchedule(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);

    // Both flights, in departure order, with status, load factor and revenue.
    ASSERT_EQ(view->flightTable()->model()->rowCount(), 2);
    EXPECT_EQ(cell(view, 0, FlightSalesModel::FlightColumn), flight.key());
    EXPECT_EQ(cell(view, 0, FlightSalesModel::StatusColumn), QStringLiteral("On sale"));
    EXPECT_EQ(cell(view, 0, FlightSalesModel::SoldColumn), QStringLiteral("6"));
    EXPECT_EQ(cell(view, 0, FlightSalesModel::LoadColumn), QStringLiteral("10.0 %"));
    EXPECT_EQ(cell(view, 0, FlightSalesModel::RevenueColumn), eur(29400));
    EXPECT_EQ(cell(view, 1, FlightSalesModel::LoadColumn), QStringLiteral("0.0 %"));

    // Route and status narrow the list as they are typed; the days ask the core again.
    QTest::keyClicks(view->routeField(), QStringLiteral("lhr-dub"));
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 0);
    view->routeField()->clear();
    QTest::keyClicks(view->routeField(), QStringLiteral("dub-lhr"));
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 2);
    view->routeField()->setText(QStringLiteral("LHR"));
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 2);
    view->statusBox()->setCurrentIndex(view->statusBox()->findText(QStringLiteral("Cancelled")));
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 0);
    view->statusBox()->setCurrentIndex(view->statusBox()->findText(QStringLiteral("On sale")));
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 2);
    const QDate today = view->fromEdit()->date();
    view->setPeriod(today, today.addDays(3));
    QTest::mouseClick(view->showButton(), Qt::LeftButton);
    ASSERT_EQ(view->flightTable()->model()->rowCount(), 1);
    view->setPeriod(today.addDays(3), today);
    EXPECT_FALSE(view->refresh());
    EXPECT_EQ(view->flightTable()->model()->rowCount(), 0);
    EXPECT_FALSE(view->messageLabel()->text().isEmpty());
    view->setPeriod(today, today.addDays(10));
    ASSERT_TRUE(view->refresh());

    // The chosen flight's seats: who holds a seat is one arrow key away.
    ASSERT_TRUE(view->chooseFlight(flight.key()));
    FlightSeatPanel *seats = view->seatPanel();
    EXPECT_TRUE(seats->titleLabel()->text().contains(flight.key()));
    moveTo(seats, QStringLiteral("2A"));
    EXPECT_TRUE(seats->seatDetail()->text().contains(QStringLiteral("sold to booking %1").arg(single.reference)))
        << seats->seatDetail()->text().toStdString();
    EXPECT_EQ(seats->seatsField()->text(), QStringLiteral("2A"));

    // Bad input: a specific message, nothing blocked.
    seats->reasonField()->setText(QStringLiteral("broken recline"));
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_TRUE(seats->messageLabel()->text().contains(QStringLiteral("is sold to booking %1").arg(single.reference)))
        << seats->messageLabel()->text().toStdString();
    seats->seatsField()->setText(QStringLiteral("7A Z9"));
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_EQ(seats->messageLabel()->text(), QStringLiteral("“Z9” is not a seat: write a row number and a letter, as 12A."));
    seats->seatsField()->setText(QStringLiteral("7A 11A"));
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_TRUE(seats->messageLabel()->text().contains(QStringLiteral("has no seat 11A"))) << seats->messageLabel()->text().toStdString();
    seats->seatsField()->setText(QStringLiteral("7A"));
    seats->reasonField()->clear();
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_TRUE(seats->messageLabel()->text().startsWith(QStringLiteral("A block needs a reason")));
    EXPECT_EQ(blockedSeats(), 0);

    // Two seats out of sale with a reason: the map and the flight's capacity follow.
    seats->seatsField()->setText(QStringLiteral("7A, 7B"));
    seats->reasonField()->setText(QStringLiteral("broken recline"));
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_EQ(seats->messageLabel()->text(), QStringLiteral("2 seat(s) blocked: %1.")
                                                 .arg(QLocale().createSeparatedList({QStringLiteral("7A"), QStringLiteral("7B")})));
    EXPECT_EQ(blockedSeats(QStringLiteral("block_reason = 'broken recline'")), 2);
    EXPECT_EQ(seats->seatModel()->seatAt(seats->seatModel()->indexOf(QStringLiteral("7A")))->status, SeatStatus::Blocked);
    EXPECT_EQ(cell(view, 0, FlightSalesModel::CapacityColumn), QStringLiteral("58"));
    moveTo(seats, QStringLiteral("7B"));
    EXPECT_TRUE(seats->seatDetail()->text().contains(QStringLiteral("blocked: broken recline")));

    // Kept for the desk: free to the desk, with its reason.
    seats->seatsField()->setText(QStringLiteral("8C"));
    seats->reasonField()->setText(QStringLiteral("passenger in a wheelchair"));
    seats->deskOnlyBox()->setChecked(true);
    QTest::mouseClick(seats->blockButton(), Qt::LeftButton);
    EXPECT_EQ(seats->messageLabel()->text(), QStringLiteral("1 seat(s) kept for the desk: 8C."));
    moveTo(seats, QStringLiteral("8C"));
    EXPECT_EQ(seats->seatModel()->seatAt(seats->seatModel()->indexOf(QStringLiteral("8C")))->status, SeatStatus::Free);
    EXPECT_TRUE(seats->seatDetail()->text().contains(QStringLiteral("kept for the desk: passenger in a wheelchair")));

    // Back on sale; a seat that is not blocked is refused.
    seats->seatsField()->setText(QStringLiteral("7A"));
    QTest::mouseClick(seats->unblockButton(), Qt::LeftButton);
    EXPECT_EQ(seats->messageLabel()->text(), QStringLiteral("1 seat(s) back on sale: 7A."));
    seats->seatsField()->setText(QStringLiteral("7A"));
    QTest::mouseClick(seats->unblockButton(), Qt::LeftButton);
    EXPECT_TRUE(seats->messageLabel()->text().contains(QStringLiteral("is not blocked"))) << seats->messageLabel()->text().toStdString();
    EXPECT_EQ(blockedSeats(), 2); // 7B, 8C
}

TEST_P(ScheduleTabTest, AnAdminCancelsAFlightAfterSeeingTheBookingsItAffects)
{
    ScheduleView *view = scheduleOfFlight(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->cancelFlightButton()->isEnabled());
    QTest::mouseClick(view->cancelFlightButton(), Qt::LeftButton);
    CancelFlightDialog *dialog = view->cancelDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->consequences()->text().contains(QStringLiteral("3 booking(s) will be affected")))
        << dialog->consequences()->text().toStdString();
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions")), 0); // the dry run left nothing behind

    // No reason: refused in the dialog, the flight still flies.
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->errorLabel()->text(), QStringLiteral("Say why the flight is cancelled."));
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 0);

    dialog->reasonField()->setText(QStringLiteral("aircraft unserviceable"));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->cancelDialog() == nullptr; })); // closed, deleted
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 1);
    EXPECT_EQ(view->messageLabel()->text(),
              QStringLiteral("Flight %1 is cancelled. 3 booking(s) affected: see the Disruptions tab.").arg(flight.key()));
    EXPECT_EQ(cell(view, 0, FlightSalesModel::StatusColumn), QStringLiteral("Cancelled"));
    EXPECT_FALSE(view->cancelFlightButton()->isEnabled());

    // The Disruptions tab lists the three bookings without a reload by hand.
    auto *listed = window->findChild<DisruptionsView *>();
    ASSERT_NE(listed, nullptr);
    EXPECT_EQ(listed->view()->model()->rowCount(), 3);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions"),
                        QStringLiteral("source = 'cancel-flight' AND detail LIKE '%aircraft unserviceable%'")),
              3);
}

TEST_P(ScheduleTabTest, AnAdminSetsAFareAndASurchargeAndBadAmountsChangeNothing)
{
    ScheduleView *view = scheduleOfFlight(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    QTest::mouseClick(view->pricesButton(), Qt::LeftButton);
    FlightPricesDialog *prices = view->pricesDialog();
    ASSERT_NE(prices, nullptr);
    EXPECT_TRUE(prices->faresLabel()->text().contains(QStringLiteral("Economy: %1 (60 seat(s))").arg(eur(4900))))
        << prices->faresLabel()->text().toStdString();
    EXPECT_EQ(prices->surchargesLabel()->text(), QStringLiteral("No seat surcharge."));
    auto seatsPriced = [&](qint64 minor) {
        return countRows(*db, QStringLiteral("seats"), QStringLiteral("flight_id = %1 AND price_minor = %2").arg(flight.id).arg(minor));
    };

    // Bad amounts and currencies: the core's message, every price as it was.
    for (const auto &[amount, currency] : {std::pair{QStringLiteral("-5"), QString()},
                                           std::pair{QStringLiteral("2000000"), QString()},
                                           std::pair{QStringLiteral("12.345"), QString()},
                                           std::pair{QStringLiteral("120"), QStringLiteral("XYZ")}}) {
        prices->fareField()->setText(amount);
        prices->currencyField()->setText(currency);
        QTest::mouseClick(prices->setFareButton(), Qt::LeftButton);
        EXPECT_EQ(prices->messageLabel()->property("role").toString(), QStringLiteral("error")) << amount.toStdString();
        EXPECT_FALSE(prices->messageLabel()->text().isEmpty());
        EXPECT_EQ(seatsPriced(4900), 60) << amount.toStdString();
    }

    prices->currencyField()->clear();
    prices->fareField()->setText(QStringLiteral("120.00"));
    QTest::mouseClick(prices->setFareButton(), Qt::LeftButton);
    EXPECT_EQ(prices->messageLabel()->text(),
              QStringLiteral("Economy fare set to %1: 54 free seat(s) re-priced; 6 held or sold seat(s) keep "
                             "their price.").arg(eur(12000)));
    EXPECT_EQ(seatsPriced(12000), 54);
    EXPECT_EQ(seatsPriced(4900), 6); // the booked seats keep the price they were sold at

    // Row 1 is the exit row: 6 free seats at fare + surcharge.
    prices->characteristicBox()->setCurrentIndex(prices->characteristicBox()->findData(QStringLiteral("exit_row")));
    prices->surchargeField()->setText(QStringLiteral("abc"));
    QTest::mouseClick(prices->setSurchargeButton(), Qt::LeftButton);
    EXPECT_EQ(prices->messageLabel()->property("role").toString(), QStringLiteral("error"));
    prices->surchargeField()->setText(QStringLiteral("20"));
    QTest::mouseClick(prices->setSurchargeButton(), Qt::LeftButton);
    EXPECT_EQ(prices->messageLabel()->property("role").toString(), QString()) << prices->messageLabel()->text().toStdString();
    EXPECT_EQ(seatsPriced(14000), 6);
    EXPECT_TRUE(prices->surchargesLabel()->text().startsWith(QStringLiteral("Exit row: %1 (KX/DUB-LHR)").arg(eur(2000))))
        << prices->surchargesLabel()->text().toStdString();
    QTest::mouseClick(prices->removeSurchargeButton(), Qt::LeftButton);
    EXPECT_EQ(seatsPriced(14000), 0);
}

TEST_P(ScheduleTabTest, AnAdminChangesTheAircraftAfterSeeingWhoMovesWhere)
{
    ScheduleView *view = scheduleOfFlight(QStringLiteral("ann"));
    ASSERT_NE(view, nullptr);
    QTest::mouseClick(view->changeAircraftButton(), Qt::LeftButton);
    ChangeAircraftDialog *change = view->aircraftDialog();
    ASSERT_NE(change, nullptr);
    EXPECT_FALSE(change->applyButton()->isEnabled()); // nothing previewed yet
    const int a321 = change->layoutBox()->findData(QStringLiteral("A321neo"));
    ASSERT_GE(a321, 0);
    change->layoutBox()->setCurrentIndex(a321);
    const QString before = dumpDatabase(*db);
    QTest::mouseClick(change->previewButton(), Qt::LeftButton);
    // Rows 1-4 are business on the A321neo: the six economy passengers of rows 2-4 move.
    EXPECT_EQ(change->moves()->rowCount(), 6);
    EXPECT_TRUE(change->summaryLabel()->text().contains(QStringLiteral("6 passenger(s) would move")))
        << change->summaryLabel()->text().toStdString();
    EXPECT_EQ(dumpDatabase(*db), before); // the preview changed nothing
    ASSERT_TRUE(change->applyButton()->isEnabled());
    QTest::mouseClick(change->applyButton(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->aircraftDialog() == nullptr; })); // closed, deleted
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("id = %1 AND aircraft = 'A321neo'").arg(flight.id)), 1);
    EXPECT_TRUE(view->messageLabel()->text().contains(QStringLiteral("6 passenger(s) moved")))
        << view->messageLabel()->text().toStdString();
}

TEST_P(ScheduleTabTest, ASupervisorSeesTheScheduleButMayNotCancelAndAnAgentHasNoTab)
{
    ScheduleView *view = scheduleOfFlight(QStringLiteral("sue"));
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->cancelFlightButton()->isEnabled());
    EXPECT_FALSE(view->changeAircraftButton()->isEnabled());
    QTest::mouseClick(view->pricesButton(), Qt::LeftButton);
    ASSERT_NE(view->pricesDialog(), nullptr);
    EXPECT_FALSE(view->pricesDialog()->setFareButton()->isEnabled()); // the prices are shown, not changed
    view->pricesDialog()->close();
    EXPECT_EQ(view->cancelFlightButton()->toolTip(),
              QStringLiteral("Cancel a flight is not allowed for role supervisor (user sue; needs admin or higher)."));
    // The core refuses anyway, and nothing changes.
    auto refused = desk->cancelFlight(flight.id, QStringLiteral("strike"), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(countRows(*db, QStringLiteral("flights"), QStringLiteral("status = 'CANCELLED'")), 0);

    window->signOut(QStringLiteral("test"));
    EXPECT_EQ(window->findChild<ScheduleView *>(), nullptr);
    signIn(QStringLiteral("ada"), Password);
    ASSERT_TRUE(window->signedIn().has_value());
    EXPECT_EQ(window->findChild<ScheduleView *>(), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScheduleTabTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
