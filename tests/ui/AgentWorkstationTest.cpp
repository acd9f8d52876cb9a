// The agent workstation driven through its real widgets, offscreen, on SQLite and
// PostgreSQL: sign-in messages, automatic sign-out, lookup and sorting, the booking detail,
// cancellation with the policy's refund and the supervisor override.
#include "Euros.h"
#include "KioskDriver.h"
#include "AgentFixture.h"
#include "SqlProbe.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingLookupView.h"
#include "agent/BookingTableModel.h"
#include "agent/CancelBookingDialog.h"
#include "agent/ChangeSeatDialog.h"
#include "widgets/SeatMapView.h"
#include "widgets/StatusChip.h"
#include "agent/SignInDialog.h"
#include "agent/StaffCallsBar.h"
#include "booking/StaffCallDesk.h"
#include "payment/FutureWait.h"
#include "reporting/ReportService.h"
#include "reports/ReportsView.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AgentWorkstationTest : public AgentFixture {};

TEST_P(AgentWorkstationTest, NothingIsShownBeforeSignInAndAWrongPasswordIsExplained)
{
    ASSERT_NO_FATAL_FAILURE(open());
    EXPECT_FALSE(window->tabs()->isVisible());
    EXPECT_FALSE(window->lookup()->isVisible());
    EXPECT_EQ(window->userLabel()->text(), QStringLiteral("Not signed in"));
    EXPECT_EQ(service->actor().role, Role::Kiosk);

    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), QStringLiteral("wrong password")));
    EXPECT_FALSE(window->signedIn().has_value());
    const QString message = window->signInDialog()->message()->text();
    EXPECT_TRUE(message.startsWith(QStringLiteral("Wrong user name or password"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("5 failures in a row lock a user for 15 minutes"))) << message.toStdString();
    EXPECT_TRUE(window->signInDialog()->password()->text().isEmpty());
    EXPECT_TRUE(window->signInDialog()->signInButton()->isEnabled());

    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    ASSERT_TRUE(window->signedIn().has_value());
    EXPECT_EQ(window->userLabel()->text(), QStringLiteral("Signed in: ada"));
    EXPECT_EQ(window->roleLabel()->text(), QStringLiteral("Role: agent"));
    EXPECT_EQ(service->actor().name, QStringLiteral("ada"));
    EXPECT_EQ(service->actor().role, Role::Agent);
    EXPECT_TRUE(window->lookup()->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->signInDialog() == nullptr; }, 2000));
}

TEST_P(AgentWorkstationTest, FiveWrongPasswordsLockTheUserWithoutTellingAGuesser)
{
    ASSERT_NO_FATAL_FAILURE(open());
    for (int i = 0; i < 5; ++i)
        ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), QStringLiteral("not it")));
    const QString wrong = window->signInDialog()->message()->text();
    EXPECT_TRUE(wrong.contains(QStringLiteral("5 failures in a row lock a user"))) << wrong.toStdString();
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password)); // the right password does not help now
    EXPECT_FALSE(window->signedIn().has_value());
    EXPECT_EQ(window->signInDialog()->message()->text(), wrong); // the same words as any wrong guess
    EXPECT_FALSE(window->lookup()->isVisible());
}

TEST_P(AgentWorkstationTest, InactivitySignsOutClearsTheResultsAndIsAudited)
{
    ASSERT_NO_FATAL_FAILURE(open(1));
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    ASSERT_TRUE(window->signedIn().has_value());
    searchByName(QStringLiteral("brown"));
    ASSERT_EQ(window->lookup()->model()->rowCount(), 2);
    ASSERT_NE(openDetail(couple.reference), nullptr);

    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->signedIn().has_value(); }, 5000));
    EXPECT_EQ(window->lookup()->model()->rowCount(), 0);
    EXPECT_TRUE(window->lookup()->nameField()->text().isEmpty());
    EXPECT_TRUE(window->bookingDetail()->booking().reference.isEmpty()) << "no customer on the screen";
    EXPECT_EQ(window->bookingDetail()->passengers()->rowCount(), 0);
    EXPECT_FALSE(window->tabs()->isVisible());
    EXPECT_EQ(service->actor().role, Role::Kiosk);
    ASSERT_NE(window->signInDialog(), nullptr);
    EXPECT_TRUE(window->signInDialog()->isVisible());
    EXPECT_EQ(countRows(*db, QStringLiteral("access_events"),
                        QStringLiteral("action = 'sign out' AND actor = 'ada' AND detail = 'signed out after 1 s without input'")),
              1);
}

TEST_P(AgentWorkstationTest, LookupFindsANameWithoutAccentsAndSortsMoneyAsNumbers)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    QTest::keyClick(window->lookup()->nameField(), Qt::Key_Return);
    EXPECT_TRUE(window->lookup()->status()->text().startsWith(QStringLiteral("Enter a reference")));

    searchByName(QStringLiteral("obrien-muller"));
    ASSERT_EQ(window->lookup()->model()->rowCount(), 1);
    EXPECT_EQ(window->lookup()->model()->bookings().first().reference, single.reference);
    searchByName(QStringLiteral("nobody here"));
    EXPECT_EQ(window->lookup()->model()->rowCount(), 0);
    EXPECT_EQ(window->lookup()->status()->text(), QStringLiteral("No booking matches."));

    window->lookup()->nameField()->clear();
    window->lookup()->dateField()->setText(QStringLiteral("2026-13-01"));
    QTest::keyClick(window->lookup()->dateField(), Qt::Key_Return);
    EXPECT_TRUE(window->lookup()->status()->text().contains(QStringLiteral("YYYY-MM-DD")));
    window->lookup()->dateField()->clear();
    QTest::keyClicks(window->lookup()->flightField(), QStringLiteral("KX101"));
    QTest::keyClick(window->lookup()->flightField(), Qt::Key_Return);
    ASSERT_EQ(window->lookup()->model()->rowCount(), 3);

    // Sorting by total is by amount (EUR 49 < 98 < 147), not by text ("EUR 147.00" first).
    QTableView *view = window->lookup()->view();
    QHeaderView *header = view->horizontalHeader();
    const int total = ui::BookingTableModel::TotalColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(total) + header->sectionSize(total) / 2, header->height() / 2));
    if (header->sortIndicatorOrder() != Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(total) + header->sectionSize(total) / 2, header->height() / 2));
    ASSERT_EQ(header->sortIndicatorSection(), total);
    QStringList order;
    for (int row = 0; row < 3; ++row)
        order << view->model()->index(row, total).data().toString();
    EXPECT_EQ(order, (QStringList{eur(4900), eur(9800), eur(14700)}));
}

TEST_P(AgentWorkstationTest, TheDetailShowsPassengersPaymentsAndHistory)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("brown"));
    ui::BookingDetailView *detail = openDetail(couple.reference);
    ASSERT_NE(detail, nullptr);
    EXPECT_TRUE(detail->isVisible());
    ASSERT_EQ(detail->passengers()->rowCount(), 2);
    EXPECT_EQ(detail->passengers()->index(1, 0).data().toString(), QStringLiteral("Bob Brown"));
    EXPECT_EQ(detail->passengers()->index(1, 1).data().toString(), QStringLiteral("3B"));
    ASSERT_EQ(detail->payments()->rowCount(), 1);
    EXPECT_EQ(detail->payments()->index(0, 2).data().toString(), QStringLiteral("Paid")) << "words, not the stored status";
    EXPECT_EQ(detail->payments()->index(0, 5).data().toString(), eur(9800));
    EXPECT_GE(detail->history()->rowCount(), 3); // held, payment pending, confirmed
    EXPECT_EQ(detail->history()->index(detail->history()->rowCount() - 1, 3).data().toString(),
              QStringLiteral("Payment pending → Confirmed"));
}

TEST_P(AgentWorkstationTest, AnAgentCancelsWithThePolicyRefundAndMayNotOverride)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("brown"));
    ui::CancelBookingDialog *cancel = openCancellation(couple.reference);
    ASSERT_NE(cancel, nullptr);
    EXPECT_FALSE(cancel->overrideBox()->isEnabled());
    EXPECT_TRUE(cancel->overrideBox()->toolTip().contains(QStringLiteral("supervisor")));
    ASSERT_TRUE(cancel->quote().has_value());
    EXPECT_EQ(cancel->quote()->percent, 50);
    EXPECT_EQ(cancel->quote()->policyAmount, Money(4900, QStringLiteral("EUR")));
    EXPECT_TRUE(cancel->quoteText()->text().contains(eur(4900)));
    EXPECT_EQ(cancel->confirmButton()->text(), QStringLiteral("Cancel and &refund %1").arg(eur(4900)));
    cancel->scope()->setCurrentIndex(2); // only Bob Brown in 3B
    EXPECT_EQ(cancel->quote()->policyAmount, Money(2450, QStringLiteral("EUR")));
    cancel->scope()->setCurrentIndex(0);
    QTest::keyClicks(cancel->reason(), QStringLiteral("customer request"));

    const qint64 before = refundedAtGateway();
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    EXPECT_TRUE(cancel->awaitsConfirmation()) << "one press refunds nothing";
    EXPECT_EQ(cancel->message()->text(),
              QStringLiteral("This cannot be undone: booking %1 is cancelled and %2 goes back to the card. "
                             "Press the button again to go ahead, or change anything to go back.")
                  .arg(couple.reference, eur(4900)));
    EXPECT_EQ(cancel->confirmButton()->text(), QStringLiteral("Confirm: refund %1").arg(eur(4900)));
    EXPECT_EQ(service->find(couple.reference)->state, BookingState::Confirmed);
    EXPECT_EQ(refundedAtGateway(), before);
    cancel->scope()->setCurrentIndex(2); // a change asks again, for the new amount
    EXPECT_FALSE(cancel->awaitsConfirmation());
    EXPECT_EQ(cancel->confirmButton()->text(), QStringLiteral("Cancel and &refund %1").arg(eur(2450)));
    cancel->scope()->setCurrentIndex(0);
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cancel->isRunning(); }, 10000));
    EXPECT_EQ(cancel->message()->text(), QStringLiteral("The booking was cancelled; %1 refunded to the card.").arg(eur(4900)));
    auto booking = service->find(couple.reference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Refunded); // cancelled, then the refund went through
    EXPECT_EQ(booking->refunded, Money(4900, QStringLiteral("EUR")));
    EXPECT_EQ(refundedAtGateway() - before, 4900);
    ui::BookingDetailView *detail = window->bookingDetail();
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(detail->stateChip()->text(), QStringLiteral("Refunded")); // the detail re-read itself
    EXPECT_EQ(detail->payments()->index(0, 6).data().toString(), eur(4900));

    // The core refuses an override from an agent whatever the screen shows.
    CancellationRequest sneaky{family.reference, std::nullopt, QStringLiteral("x"), 14700, QStringLiteral("because")};
    auto refused = waitFor(service->cancelWithRefund(sneaky), 10000);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
}

TEST_P(AgentWorkstationTest, ASupervisorOverrideWithItsReasonIsInTheHistory)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("sue"), Password));
    searchByName(QStringLiteral("obrien"));
    ui::CancelBookingDialog *cancel = openCancellation(single.reference);
    ASSERT_NE(cancel, nullptr);
    ASSERT_TRUE(cancel->overrideBox()->isEnabled());
    cancel->overrideBox()->setChecked(true);
    QTest::keyClicks(cancel->overrideAmount(), QStringLiteral("40,00"));
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    EXPECT_TRUE(cancel->message()->text().contains(QStringLiteral("such as 80.00")));
    cancel->overrideAmount()->setText(QStringLiteral("40.00"));
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(cancel->message()->text(), QStringLiteral("An override needs a reason for the audit trail."));
    EXPECT_EQ(service->find(single.reference)->state, BookingState::Confirmed); // nothing changed yet
    QTest::keyClicks(cancel->overrideReason(), QStringLiteral("flight disrupted by strike"));
    EXPECT_EQ(cancel->confirmButton()->text(), QStringLiteral("Cancel and &refund %1").arg(eur(4000))) << "the override's amount";
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    EXPECT_EQ(service->find(single.reference)->state, BookingState::Confirmed);
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cancel->isRunning(); }, 10000));
    EXPECT_TRUE(cancel->message()->text().contains(eur(4000) + QStringLiteral(" refunded"))) << cancel->message()->text().toStdString();

    ui::BookingDetailView *detail = window->bookingDetail();
    ASSERT_NE(detail, nullptr);
    bool found = false;
    for (int row = 0; row < detail->history()->rowCount(); ++row) {
        const QString reason = detail->history()->index(row, 4).data().toString();
        if (detail->history()->index(row, 1).data().toString() == QStringLiteral("sue") &&
            reason.contains(QStringLiteral("override")) && reason.contains(QStringLiteral("flight disrupted by strike")))
            found = true;
    }
    EXPECT_TRUE(found);
    EXPECT_EQ(service->find(single.reference)->refunded, Money(4000, QStringLiteral("EUR")));
}

TEST_P(AgentWorkstationTest, AnAgentMovesAPassengerToAFreeSeatOfTheSameCabin)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("brown"));
    ui::BookingDetailView *detail = openDetail(couple.reference);
    ASSERT_NE(detail, nullptr);
    ASSERT_NO_FATAL_FAILURE(clickToolBar(detail->changeSeatAction()));
    ui::ChangeSeatDialog *change = detail->changeSeatDialog();
    ASSERT_NE(change, nullptr);
    change->passenger()->setCurrentIndex(1); // Bob Brown in 3B
    EXPECT_FALSE(change->changeButton()->isEnabled()) << "no seat chosen yet";
    // On the seat map: the family's seat is taken, a tap on it chooses nothing and says so.
    ASSERT_NO_FATAL_FAILURE(clickSeat(*change->seatMap(), QStringLiteral("4A")));
    EXPECT_FALSE(change->chosenSeat().has_value());
    EXPECT_EQ(change->message()->text(), QStringLiteral("Seat 4A is not free."));
    ASSERT_NO_FATAL_FAILURE(clickSeat(*change->seatMap(), QStringLiteral("9E")));
    ASSERT_NO_FATAL_FAILURE(clickSeat(*change->seatMap(), QStringLiteral("9F"))); // another tap moves the choice
    ASSERT_TRUE(change->chosenSeat().has_value());
    EXPECT_EQ(change->chosenSeat()->toString(), QStringLiteral("9F"));
    EXPECT_TRUE(change->chosenText()->text().startsWith(QStringLiteral("New seat 9F: window, ")))
        << change->chosenText()->text().toStdString();
    ASSERT_TRUE(change->changeButton()->isEnabled());
    QTest::mouseClick(change->changeButton(), Qt::LeftButton);
    EXPECT_EQ(change->message()->text(), QStringLiteral("Moved from 3B to 9F."));
    auto booking = service->find(couple.reference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->passengers.at(1).seat.toString(), QStringLiteral("9F"));
    EXPECT_EQ(detail->passengers()->index(1, 1).data().toString(), QStringLiteral("9F")); // re-read
    const QModelIndex moved = detail->history()->index(detail->history()->rowCount() - 1, 4);
    EXPECT_EQ(moved.data().toString(), QStringLiteral("Bob Brown moved from seat 3B to 9F")) << "words, not the audit's code";
    EXPECT_EQ(moved.data(Qt::ToolTipRole).toString(), QStringLiteral("As recorded: seat changed 3B -> 9F for Bob Brown"));
}

TEST_P(AgentWorkstationTest, AStaffTabIsBuiltForRolesWithItsRightAndGoneAfterSignOut)
{
    ASSERT_NO_FATAL_FAILURE(open());
    QStringList builtFor;
    window->addStaffTab(Permission::ViewReports, QStringLiteral("Reports"), [&](const Actor &actor, QWidget *parent) {
        builtFor << actor.name;
        auto *tab = new QLabel(QStringLiteral("figures of %1").arg(actor.name), parent);
        tab->setObjectName(QStringLiteral("staffTab"));
        return tab;
    });
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    EXPECT_EQ(window->tabs()->count(), 1); // an agent may not view reports
    window->signOut(QStringLiteral("signed out"));
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("sue"), Password));
    ASSERT_EQ(window->tabs()->count(), 2);
    EXPECT_EQ(window->tabs()->tabText(1), QStringLiteral("Reports"));
    EXPECT_EQ(builtFor, QStringList{QStringLiteral("sue")});
    window->signOut(QStringLiteral("signed out"));
    EXPECT_EQ(window->tabs()->count(), 1);
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("staffTab")), nullptr);
}

TEST_P(AgentWorkstationTest, TheReportsTabShowsTheSupervisorsReport)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ReportService reports(*db);
    window->addReportsTab(reports);
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("sue"), Password));
    ASSERT_EQ(window->tabs()->count(), 2);
    auto *view = qobject_cast<ui::ReportsView *>(window->tabs()->widget(1));
    ASSERT_NE(view, nullptr);
    ASSERT_TRUE(view->report().has_value()) << view->messageLabel()->text().toStdString();
    EXPECT_EQ(view->asking().name, QStringLiteral("sue")); // the report is asked for as the signed-in user
    window->signOut(QStringLiteral("signed out"));
    EXPECT_EQ(window->findChild<ui::ReportsView *>(), nullptr);
}

TEST_P(AgentWorkstationTest, KiosksAskingForHelpShowWhileAnAgentIsSignedInAndF9AnswersTheOldest)
{
    StaffCallDesk desk(*db);
    const Actor gate9{QStringLiteral("gate-9"), QStringLiteral("kiosk"), Role::Kiosk};
    ASSERT_TRUE(desk.call(gate9, QStringLiteral("passengerScreen"), QString()).ok());
    ASSERT_NO_FATAL_FAILURE(open());
    window->addStaffCallsBar(desk);
    ui::StaffCallsBar *bar = window->staffCallsBar();
    EXPECT_FALSE(bar->isVisible()) << "nobody signed in: no traveller's call on the screen";

    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    ASSERT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->text()->text(),
              QStringLiteral("Kiosk gate-9 asks for help: the traveller is entering names (just now)."));
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_NE(QApplication::focusWidget(), nullptr);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9); // from wherever the agent types
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_calls WHERE answered_by = 'ada'")), 1);

    ASSERT_TRUE(desk.call(gate9, QStringLiteral("seatMapScreen"), QString()).ok());
    bar->refresh();
    EXPECT_TRUE(bar->isVisible());
    window->signOut(QStringLiteral("signed out"));
    EXPECT_FALSE(bar->isVisible()) << "signed out: the strip goes with the customer data";
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AgentWorkstationTest);
