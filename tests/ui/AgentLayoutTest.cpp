// The agent workstation's layout on real widgets, offscreen, on SQLite and PostgreSQL: the
// Bookings tab's master and detail (the detail follows the current row, by mouse or keys),
// its toolbar's actions enabled by the booking's state and the role and doing the real
// thing, a call for help opening its booking there, and statuses drawn as chips that show
// their whole words in English and German.
#include "AgentFixture.h"
#include "Euros.h"

#include "agent/AgentFormat.h"
#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingLookupView.h"
#include "agent/BookingTableModel.h"
#include "agent/BookingsTab.h"
#include "agent/CancelBookingDialog.h"
#include "agent/ChangeSeatDialog.h"
#include "agent/StaffCallsBar.h"
#include "booking/StaffCallDesk.h"
#include "booking/CancellationRequest.h"
#include "payment/FutureWait.h"
#include "widgets/StatusChip.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QTest>
#include <QToolBar>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class AgentLayoutTest : public AgentFixture {};

// The cell at `index` is a chip whose whole text is painted in the width its column has.
void expectWholeChip(QAbstractItemView *view, const QModelIndex &index, const QString &text)
{
    ASSERT_TRUE(index.data(ui::ChipToneRole).isValid()) << text.toStdString();
    QCoreApplication::processEvents(); // a header resizes its sections to their contents a moment after a change
    auto *delegate = qobject_cast<ui::StatusChipDelegate *>(view->itemDelegate());
    ASSERT_NE(delegate, nullptr);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    EXPECT_EQ(index.data().toString(), text);
    EXPECT_EQ(delegate->shownText(option, index), text) << "elided in a column " << option.rect.width() << " px wide";
    EXPECT_GE(option.rect.width(), delegate->sizeHint(option, index).width()) << text.toStdString();
}

// The couple's detail, Bob Brown cancelled: every status a chip with its whole words.
void expectDetailChips(ui::BookingDetailView *detail)
{
    ASSERT_NE(detail, nullptr);
    ASSERT_EQ(detail->passengers()->rowCount(), 2);
    const int status = ui::BookingDetailView::PassengerStatusColumn;
    expectWholeChip(detail->passengerView(), detail->passengers()->index(0, status), ui::BookingDetailView::tr("seated"));
    expectWholeChip(detail->passengerView(), detail->passengers()->index(1, status),
                    ui::BookingDetailView::tr("seat released"));
    const int paid = ui::BookingDetailView::PaymentStatusColumn;
    const QModelIndex payment = detail->payments()->index(0, paid);
    expectWholeChip(detail->paymentView(), payment, ui::agentPaymentStatusText(QStringLiteral("CAPTURED")));
    const QModelIndex refund = detail->payments()->index(0, paid, detail->payments()->index(0, 0));
    expectWholeChip(detail->paymentView(), refund, ui::agentRefundStatusText(QStringLiteral("DONE")));
    EXPECT_EQ(detail->stateChip()->text(), ui::agentStateText(BookingState::Confirmed));
    EXPECT_EQ(detail->stateChip()->accessibleName(), ui::agentStateText(BookingState::Confirmed));
    EXPECT_GE(detail->stateChip()->width(), detail->stateChip()->sizeHint().width());
}

TEST_P(AgentLayoutTest, StatesArePaintedAsChipsWithTheirWholeWords)
{
    auto cancelled = waitFor(service->cancelWithRefund(CancellationRequest{
                                 couple.reference, SeatCode::parse(QStringLiteral("3B")), QStringLiteral("customer request"),
                                 std::nullopt, QString()}),
                             10000);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
        SCOPED_TRACE(language.toStdString());
        QTranslator german;
        if (language == QLatin1String("de")) {
            ASSERT_TRUE(german.load(QLocale(QStringLiteral("de")), QStringLiteral("kiosk"), QStringLiteral("_"),
                                    QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
            QCoreApplication::installTranslator(&german);
        }
        ASSERT_NO_FATAL_FAILURE(open());
        ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
        searchByName(QStringLiteral("brown"));
        QTableView *table = window->lookup()->view();
        ASSERT_EQ(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex state = table->model()->index(row, ui::BookingTableModel::StateColumn);
            expectWholeChip(table, state, ui::agentStateText(BookingState::Confirmed));
        }
        expectDetailChips(openDetail(couple.reference));
        if (language == QLatin1String("de")) {
            EXPECT_NE(ui::BookingDetailView::tr("seat released"), QStringLiteral("seat released")) << "German words";
        }
        window.reset();
        QCoreApplication::removeTranslator(&german);
    }
}

TEST_P(AgentLayoutTest, TheDetailBesideTheListFollowsTheCurrentRowAlsoByKeyboard)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    ui::BookingDetailView *detail = window->bookingDetail();
    EXPECT_TRUE(detail->reference().isEmpty()) << "nothing selected before a search";
    ASSERT_EQ(window->bookingsTab()->splitter()->widget(0), window->lookup());
    ASSERT_EQ(window->bookingsTab()->splitter()->widget(1), detail);

    searchByName(QStringLiteral("brown")); // the family (newest) first, then the couple
    QTableView *table = window->lookup()->view();
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_TRUE(detail->isVisible());
    EXPECT_EQ(detail->booking().reference, family.reference) << "the first row is shown at once";
    EXPECT_EQ(detail->passengers()->rowCount(), 3);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Down);
    EXPECT_EQ(detail->booking().reference, couple.reference);
    EXPECT_EQ(detail->passengers()->rowCount(), 2);
    EXPECT_EQ(detail->passengers()->index(1, 0).data().toString(), QStringLiteral("Bob Brown"));
    QTest::keyClick(table, Qt::Key_Up);
    EXPECT_EQ(detail->booking().reference, family.reference);
    window->activateWindow(); // focus moves only in the active window
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return); // on to the booking's passengers
    EXPECT_TRUE(detail->passengerView()->hasFocus());

    searchByName(QStringLiteral("nobody here"));
    EXPECT_TRUE(detail->reference().isEmpty()) << "no results, no booking beside them";
    EXPECT_EQ(detail->passengers()->rowCount(), 0);
}

TEST_P(AgentLayoutTest, TheToolbarsActionsFollowTheBookingsStateAndTheRole)
{
    auto held = service->hold(holdOf(flight.id, {QStringLiteral("9A")}, {QStringLiteral("Lee Brown")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    ui::BookingDetailView *detail = window->bookingDetail();
    QAction *cancel = detail->cancelAction();
    QAction *change = detail->changeSeatAction();
    QAction *pay = detail->takePaymentAction();
    for (QAction *action : {cancel, change, pay}) {
        EXPECT_FALSE(action->isEnabled()) << "nothing selected";
        EXPECT_EQ(action->toolTip(), QStringLiteral("Select a booking first."));
        EXPECT_FALSE(action->shortcut().isEmpty());
        EXPECT_NE(window->bookingsTab()->toolBar()->widgetForAction(action), nullptr);
    }
    // Written once: the Booking menu holds the very same actions.
    QMenu *bookingMenu = nullptr;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(cancel))
            bookingMenu = menu->menu();
    ASSERT_NE(bookingMenu, nullptr);
    EXPECT_TRUE(bookingMenu->actions().contains(change));
    EXPECT_TRUE(bookingMenu->actions().contains(pay));

    searchByName(QStringLiteral("brown"));
    ASSERT_NE(openDetail(couple.reference), nullptr); // confirmed
    EXPECT_TRUE(cancel->isEnabled());
    EXPECT_EQ(cancel->toolTip(), QStringLiteral("Cancel the booking or one passenger, with the refund the policy allows (%1)")
                                     .arg(cancel->shortcut().toString(QKeySequence::NativeText)));
    EXPECT_TRUE(change->isEnabled());
    EXPECT_FALSE(pay->isEnabled());
    EXPECT_EQ(pay->toolTip(), QStringLiteral("Only a booking with its seats held and not yet paid takes a payment."));
    ASSERT_NE(openDetail(held->reference), nullptr); // held, unpaid
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(cancel->toolTip(), QStringLiteral("Only a confirmed booking is cancelled with a refund here."));
    EXPECT_FALSE(change->isEnabled());
    EXPECT_TRUE(pay->isEnabled());

    // The role decides with the access policy's rules: the same booking for a role without the rights.
    ASSERT_NE(openDetail(couple.reference), nullptr);
    service->setActor(Actor{QStringLiteral("desk-1"), QStringLiteral("kiosk"), Role::Kiosk});
    detail->reload(); // the core refuses a kiosk the booking too; the actions say why they are off
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(cancel->toolTip().contains(QStringLiteral("not allowed for role kiosk"))) << cancel->toolTip().toStdString();
    EXPECT_FALSE(change->isEnabled());
    service->setActor(*window->signedIn());
    detail->reload();
    EXPECT_TRUE(cancel->isEnabled());

    window->signOut(QStringLiteral("signed out"));
    for (QAction *action : {cancel, change, pay})
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString() << " after sign-out";
}

TEST_P(AgentLayoutTest, CancelFromTheToolbarRefundsAndTheListAndDetailFollow)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("brown"));
    ui::BookingDetailView *detail = openDetail(couple.reference);
    ASSERT_NE(detail, nullptr);
    ASSERT_NO_FATAL_FAILURE(clickToolBar(detail->cancelAction()));
    ui::CancelBookingDialog *cancel = detail->cancelDialog();
    ASSERT_NE(cancel, nullptr);
    EXPECT_TRUE(cancel->isVisible());
    const qint64 before = refundedAtGateway();
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton); // asks to confirm
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !cancel->isRunning(); }, 10000));
    EXPECT_EQ(refundedAtGateway() - before, 4900);
    EXPECT_EQ(detail->booking().reference, couple.reference) << "the same booking stays selected";
    EXPECT_EQ(detail->stateChip()->text(), QStringLiteral("Refunded"));
    EXPECT_EQ(detail->payments()->index(0, 6).data().toString(), eur(4900));
    EXPECT_FALSE(detail->cancelAction()->isEnabled()) << "nothing left to cancel";
    const QModelIndex row = window->lookup()->view()->currentIndex();
    EXPECT_EQ(row.data(ui::BookingTableModel::ReferenceRole).toString(), couple.reference);
    EXPECT_EQ(row.siblingAtColumn(ui::BookingTableModel::StateColumn).data().toString(), QStringLiteral("Refunded"))
        << "the list re-read it too";
}

TEST_P(AgentLayoutTest, OnMyWayOpensTheCallersBookingBesideTheList)
{
    StaffCallDesk desk(*db);
    const Actor gate9{QStringLiteral("gate-9"), QStringLiteral("kiosk"), Role::Kiosk};
    ASSERT_TRUE(desk.call(gate9, QStringLiteral("seatMapScreen"), single.reference).ok());
    ASSERT_NO_FATAL_FAILURE(open());
    window->addStaffCallsBar(desk);
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("brown")); // the caller's booking is not in these results
    window->tabs()->setCurrentIndex(window->tabs()->count() - 1);
    window->staffCallsBar()->answerOldest();
    EXPECT_EQ(window->tabs()->currentWidget(), window->bookingsTab());
    EXPECT_EQ(window->bookingDetail()->booking().reference, single.reference);
    EXPECT_EQ(window->lookup()->currentReference(), single.reference);
    EXPECT_EQ(window->lookup()->referenceField()->text(), single.reference) << "found by its reference";
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AgentLayoutTest);
