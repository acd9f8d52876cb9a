// What the screens show of schedule changes, on SQLite and PostgreSQL: the departures board
// with the operating carrier and status, a kiosk told live that the flight on its screen
// was cancelled or retimed (another connection imports the feed), and the agent's tab of
// open disruptions, handled with a note.
#include "AgentFixture.h"
#include "KioskDriver.h"
#include "SqlProbe.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingsTab.h"
#include "agent/DisruptionTableModel.h"
#include "widgets/StatusChip.h"
#include "agent/DisruptionsView.h"
#include "booking/LiveSync.h"
#include "models/FlightListModel.h"
#include "payment/MockPaymentGateway.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/FeedParser.h"
#include "schedule/ScheduleImporter.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/SeatMapScreen.h"
#include "storage/DisruptionRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// One feed flight XX100 DUB -> LHR tomorrow, departing at `departure` (UTC), with `status`.
QByteArray feed(const QDate &date, const QString &departure, const QString &status)
{
    const QString day = date.toString(Qt::ISODate);
    return QStringLiteral(R"({"schema": 1, "flights": [{"designator": "XX100", "date": "%1", "origin": "DUB",
        "destination": "LHR", "departure": "%1T%2:00Z", "arrival": "%1T23:50:00Z", "aircraft_type": "320",
        "configuration": "J12Y156", "status": "%3"}]})")
        .arg(day, departure, status)
        .toUtf8();
}

Result<ImportSummary> importFeed(Database &db, const QByteArray &json)
{
    auto legs = FeedParser::parse(json);
    if (!legs)
        return legs.error();
    return ScheduleImporter(db, Actor::builtInOperator(QStringLiteral("planner"))).importLegs(QStringLiteral("feed:ui"), *legs, {});
}

class ScheduleChangeUiTest : public ::testing::TestWithParam<Backend> {};

TEST_P(ScheduleChangeUiTest, TheKioskTellsTheTravellerLiveWhenTheFlightOnScreenIsRetimedThenCancelled)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    auto planner = database.connect(); // the import runs elsewhere, as kioskctl would
    const QDate tomorrow = QDate::currentDate().addDays(1);
    ASSERT_TRUE(importFeed(*planner, feed(tomorrow, QStringLiteral("20:00"), QStringLiteral("scheduled"))).ok());

    MockPaymentGateway gateway;
    BookingService service(*db, gateway, Actor{QStringLiteral("kiosk-live-test"), QStringLiteral("kiosk")});
    FlightCatalog catalog(*db);
    auto live = LiveSync::open(database.url(), service, *db);
    ASSERT_TRUE(live.ok()) << live.error().message.toStdString();
    (*live)->start();
    KioskOptions options;
    options.mode = KioskOptions::Mode::Demo;
    options.refreshSeconds = 3600; // whatever changes on screen came from a live update
    KioskWindow window(service, catalog, options);
    window.setLiveSync(live->get());
    window.resize(1280, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    ASSERT_NO_FATAL_FAILURE(chooseSeats(window, {QStringLiteral("10A")}));
    // The board it came through: the operating carrier and the status.
    FlightListModel *board = window.flightListScreen()->model();
    ASSERT_EQ(board->rowCount(), 1);
    EXPECT_EQ(board->index(0, FlightListModel::CarrierColumn).data().toString(), QStringLiteral("XX"));
    EXPECT_EQ(board->index(0, FlightListModel::StatusColumn).data().toString(), QStringLiteral("On time"));
    SeatMapScreen *seats = window.seatMapScreen();
    ASSERT_TRUE(seats->continueButton()->isEnabled());

    ASSERT_TRUE(importFeed(*planner, feed(tomorrow, QStringLiteral("21:30"), QStringLiteral("scheduled"))).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return seats->notice()->text().contains(QStringLiteral("now departs")); }, 5000))
        << seats->notice()->text().toStdString();
    EXPECT_TRUE(seats->notice()->text().startsWith(QStringLiteral("The airline has just changed flight XX100")));
    EXPECT_TRUE(seats->continueButton()->isEnabled()); // a retimed flight is still sold

    ASSERT_TRUE(importFeed(*planner, feed(tomorrow, QStringLiteral("21:30"), QStringLiteral("cancelled"))).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return seats->notice()->text().contains(QStringLiteral("cancelled")); }, 5000))
        << seats->notice()->text().toStdString();
    EXPECT_EQ(seats->notice()->text(), QStringLiteral("The airline has just cancelled flight XX100. Your seats cannot "
                                                      "be booked on it; please go back and choose another flight."));
    EXPECT_FALSE(seats->continueButton()->isEnabled());

    // Back on the board the flight is still listed, cancelled, and cannot be chosen.
    QPushButton *back = nullptr;
    for (QPushButton *button : seats->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Back to flights"))
            back = button;
    }
    ASSERT_NE(back, nullptr);
    QTest::mouseClick(back, Qt::LeftButton);
    ASSERT_EQ(window.currentScreen(), window.flightListScreen());
    ASSERT_EQ(board->rowCount(), 1);
    EXPECT_EQ(board->index(0, FlightListModel::StatusColumn).data().toString(), QStringLiteral("Cancelled"));
    EXPECT_TRUE(board->index(0, FlightListModel::FareColumn).data().toString().isEmpty());
    QTableView *table = window.flightListScreen()->view();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(board->index(0, 0)).center());
    EXPECT_EQ(window.currentScreen(), window.flightListScreen());
    auto *status = window.flightListScreen()->findChild<QLabel *>(QStringLiteral("flightListStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("Flight XX100 is cancelled. Please choose another flight."));
}

class DisruptionsTabTest : public AgentFixture {};

TEST_P(DisruptionsTabTest, AnAgentSeesOpenDisruptionsOpensTheBookingAndMarksOneHandled)
{
    DisruptionRepository disruptions(*db);
    Disruption cancelled;
    cancelled.bookingId = single.id;
    cancelled.flightId = flight.id;
    cancelled.kind = Disruption::Kind::Cancelled;
    cancelled.detail = QStringLiteral("flight cancelled by schedule ssim:KX");
    cancelled.source = QStringLiteral("ssim:KX");
    Disruption moved = cancelled;
    moved.bookingId = couple.id;
    moved.kind = Disruption::Kind::SeatMoved;
    moved.detail = QStringLiteral("aircraft changed to 32N: seat 3A moved to 5C"); // as EquipmentChange writes it
    moved.passengerName = QStringLiteral("Ada Brown");
    moved.oldSeat = QStringLiteral("3A");
    moved.newSeat = QStringLiteral("5C");
    ASSERT_TRUE(disruptions.add(cancelled).ok());
    ASSERT_TRUE(disruptions.add(moved).ok());
    DisruptionDesk desk(*db, service->actor());

    ASSERT_NO_FATAL_FAILURE(open());
    window->addDisruptionsTab(desk);
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    auto *view = window->findChild<DisruptionsView *>();
    ASSERT_NE(view, nullptr);
    window->tabs()->setCurrentWidget(view);
    EXPECT_EQ(view->status()->text(), QStringLiteral("2 open disruption(s) to handle."));
    QAbstractItemModel *rows = view->view()->model();
    ASSERT_EQ(rows->rowCount(), 2);
    // Newest first: the moved seat, with the booking, the flight and both seats.
    EXPECT_EQ(rows->index(0, DisruptionTableModel::KindColumn).data().toString(), QStringLiteral("Seat moved"));
    EXPECT_EQ(rows->index(0, DisruptionTableModel::ReferenceColumn).data().toString(), couple.reference);
    EXPECT_EQ(rows->index(0, DisruptionTableModel::FlightColumn).data().toString(), flight.key());
    EXPECT_EQ(rows->index(0, DisruptionTableModel::OldSeatColumn).data().toString(), QStringLiteral("3A"));
    EXPECT_EQ(rows->index(0, DisruptionTableModel::NewSeatColumn).data().toString(), QStringLiteral("5C"));
    EXPECT_EQ(rows->index(1, DisruptionTableModel::KindColumn).data().toString(), QStringLiteral("Flight cancelled"));
    EXPECT_EQ(rows->index(1, DisruptionTableModel::StateColumn).data().toString(), QStringLiteral("Confirmed"));
    EXPECT_TRUE(rows->index(1, DisruptionTableModel::StateColumn).data(ChipToneRole).isValid()) << "a chip";
    // The core's detail in words, not as stored.
    EXPECT_EQ(rows->index(0, DisruptionTableModel::DetailColumn).data().toString(),
              QStringLiteral("Aircraft changed to 32N: seat 3A moved to 5C"));
    EXPECT_EQ(rows->index(1, DisruptionTableModel::DetailColumn).data().toString(),
              QStringLiteral("Flight cancelled by the schedule ssim:KX"));

    // Enter on a row opens its booking: the Bookings tab with it selected and its detail.
    view->view()->setCurrentIndex(rows->index(1, 0));
    view->view()->setFocus();
    QTest::keyClick(view->view(), Qt::Key_Return);
    EXPECT_EQ(window->tabs()->currentWidget(), window->bookingsTab());
    EXPECT_EQ(window->bookingDetail()->booking().reference, rows->index(1, DisruptionTableModel::ReferenceColumn).data().toString());
    window->tabs()->setCurrentWidget(view);

    // Handled with a note: it leaves the open list, and who did it is recorded.
    view->view()->setCurrentIndex(rows->index(1, 0));
    ASSERT_TRUE(view->handleButton()->isEnabled());
    view->noteField()->setText(QStringLiteral("rebooked on KX103"));
    QTest::mouseClick(view->handleButton(), Qt::LeftButton);
    EXPECT_EQ(view->status()->text(), QStringLiteral("Disruption of booking %1 marked handled.").arg(single.reference));
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->index(0, DisruptionTableModel::ReferenceColumn).data().toString(), couple.reference);
    EXPECT_EQ(countRows(*db, QStringLiteral("disruptions"),
                        QStringLiteral("handled_by = 'ada' AND handled_note = 'rebooked on KX103'")),
              1);
    view->openOnlyBox()->setChecked(false);
    ASSERT_EQ(rows->rowCount(), 2);
    EXPECT_TRUE(rows->index(1, DisruptionTableModel::HandledColumn).data().toString().endsWith(
        QStringLiteral(" by ada: rebooked on KX103")));
    view->view()->setCurrentIndex(rows->index(1, 0));
    EXPECT_FALSE(view->handleButton()->isEnabled()); // handled once only

    // Sign-out takes the tab and its data away.
    window->signOut(QStringLiteral("test"));
    EXPECT_EQ(window->findChild<DisruptionsView *>(), nullptr);
}

INSTANTIATE_TEST_SUITE_P(Backends, ScheduleChangeUiTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);
INSTANTIATE_TEST_SUITE_P(Backends, DisruptionsTabTest, ::testing::Values(Backend::SQLite, Backend::PostgreSQL),
                         backendParamName);

} // namespace
