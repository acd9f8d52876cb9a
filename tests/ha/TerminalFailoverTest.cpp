// A running kiosk and a running agent workstation — real widgets, offscreen — through a real
// failover, each with a payment in flight. tests/ha/terminal-failover-test.sh starts etcd,
// two Patroni nodes and a synchronous standby, and SIGKILLs the primary whenever this
// program asks (it writes $KIOSK_HA_KILL_REQUEST); it touches $KIOSK_HA_KILL_DONE once
// Patroni has promoted the standby. Nothing is promoted by hand.
//
// Each terminal is wired as app/kiosk wires it (work connection, LiveSync on its own LISTEN
// connection, both on the multi-host URL; the payment reconciler), except that the
// reconciler runs every 2 s and a payment attempt may stay open 5 s instead of 60 s and
// 120 s, so the test takes seconds, not minutes.
#include "widgets/PartySizeStepper.h"
#include "KioskDriver.h"
#include "PaygateSim.h"
#include "TestFlights.h"

#include "agent/AgentWindow.h"
#include "agent/DeskBookingView.h"
#include "agent/SignInDialog.h"
#include "auth/Authenticator.h"
#include "auth/UserAdministration.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/ReconcileScheduler.h"
#include "models/FlightListModel.h"
#include "payment/HttpPaymentGateway.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "widgets/ConnectionBanner.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

QString setting(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        ADD_FAILURE() << name << " is not set: run tests/ha/terminal-failover-test.sh";
    return value;
}

// Asks the script to SIGKILL the primary and waits, the event loop running (the terminal
// lives through the failover meanwhile), until Patroni has promoted the standby.
bool failOver()
{
    const QString done = setting("KIOSK_HA_KILL_DONE");
    QFile::remove(done);
    QFile request(setting("KIOSK_HA_KILL_REQUEST"));
    if (!request.open(QIODevice::WriteOnly))
        return false;
    request.close();
    return QTest::qWaitFor([&] { return QFile::exists(done); }, 120000);
}

// A one-row, one-column answer from a connection of the test's own, or -1.
qint64 ask(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Payment attempts of the booking the gateway answered but the database has not settled.
qint64 openAttempts(Database &db, const QString &reference)
{
    return ask(db, QStringLiteral("SELECT COUNT(*) FROM payments p JOIN bookings b ON b.id = p.booking_id "
                                  "WHERE b.reference = '%1' AND p.status IN ('PENDING', 'AUTHORIZED')")
                       .arg(reference));
}

// One terminal as app/kiosk builds it, on the multi-host URL, paying through paygate-sim.
struct Terminal {
    explicit Terminal(const QString &name)
    {
        url = setting("KIOSK_HA_URL");
        auto opened = Database::open(url, name);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        db = std::move(*opened);
        EXPECT_TRUE(Migrator(*db).migrate().ok()); // once per cluster; an advisory lock serialises it
        EXPECT_TRUE(sim.start());
        auto options = HttpGatewayOptions::fromUrl(sim.url());
        EXPECT_TRUE(options.ok());
        gateway = std::make_unique<HttpPaymentGateway>(*options);
        service = std::make_unique<BookingService>(*db, *gateway, Actor{name, QStringLiteral("kiosk")});
        service->setPaymentAttemptSeconds(5);
        catalog = std::make_unique<FlightCatalog>(*db);
        auto listening = LiveSync::open(url, *service, *db);
        if (!listening) {
            ADD_FAILURE() << listening.error().message.toStdString();
            return;
        }
        live = std::move(*listening);
        live->start();
        reconciler = std::make_unique<ReconcileScheduler>(*service, 2000);
        reconciler->start();
        QObject::connect(live.get(), &LiveSync::connectionRestored, reconciler.get(), &ReconcileScheduler::start);
    }

    // Follows the strip: true once it was seen saying the connection was lost.
    void watchBanner(ConnectionBanner *banner)
    {
        QObject::connect(live.get(), &LiveSync::connectionLost, banner, [this, banner] {
            sawLostStrip = sawLostStrip || (banner->isVisible() && banner->text().contains(QStringLiteral("lost")));
        });
        QObject::connect(live.get(), &LiveSync::connectionRestored, banner, [this] { ++restored; });
    }

    // Every request to the gateway waits this long: a payment stays in flight meanwhile.
    void slowGateway(int ms) { EXPECT_TRUE(sim.setFaults(QJsonObject{{QStringLiteral("latency_ms"), ms}})); }

    // Paid: CONFIRMED with the capture, at the gateway too. Not paid: nothing captured at
    // the gateway (voided, or never charged) and the booking held again or cancelled with
    // its seats released. Nothing is left open either way.
    void expectSettled(const QString &reference, BookingState state)
    {
        auto booking = service->find(reference);
        ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
        EXPECT_EQ(openAttempts(*db, reference), 0);
        EXPECT_EQ(booking->state, state);
        const qint64 paid = state == BookingState::Confirmed ? booking->total.minorUnits() : 0;
        EXPECT_EQ(booking->captured.minorUnits(), paid);
        EXPECT_EQ(sim.capturedFor(reference), paid);
    }

    QString url;
    PaygateSim sim;
    std::unique_ptr<Database> db;
    std::unique_ptr<HttpPaymentGateway> gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<LiveSync> live;
    std::unique_ptr<ReconcileScheduler> reconciler;
    bool sawLostStrip = false;
    int restored = 0;
};

qint64 serverPort(Database &db)
{
    return ask(db, QStringLiteral("SELECT inet_server_port()"));
}

// The primary dies while `dialog` waits for the gateway; the terminal must show the strip
// and come back on the promoted standby. Returns the state the booking settled in once the
// dialog has followed it: CONFIRMED (the dialog closed), SEAT_HELD (nothing charged, Pay
// enabled again) or CANCELLED (the reconciler voided the authorization of the abandoned
// attempt and released the seats; the dialog closed, or says the booking is not confirmed
// and the reserved amount is given back).
BookingState payThroughAFailover(Terminal &terminal, const QPointer<PaymentDialog> &dialog, const QString &reference)
{
    const qint64 portBefore = serverPort(*terminal.db);
    terminal.slowGateway(3000);
    payWithCard(dialog.data(), QStringLiteral("4242424242424242"));
    // In flight: the attempt is recorded and the gateway has not answered yet.
    EXPECT_TRUE(QTest::qWaitFor([&] { return openAttempts(*terminal.db, reference) == 1; }, 5000));
    EXPECT_TRUE(failOver()) << "no promotion";
    terminal.slowGateway(0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return terminal.restored > 0; }, 60000)) << "never reconnected";
    EXPECT_TRUE(terminal.sawLostStrip) << "the connection-lost strip was not shown";
    EXPECT_NE(serverPort(*terminal.db), portBefore) << "still on the old primary";
    BookingState state = BookingState::PaymentPending;
    const bool settled = QTest::qWaitFor(
        [&] {
            auto booking = terminal.service->find(reference);
            if (!booking || openAttempts(*terminal.db, reference) != 0)
                return false;
            state = booking->state;
            const bool closed = !dialog || !dialog->isVisible();
            if (state == BookingState::Confirmed)
                return closed;
            if (state == BookingState::SeatHeld)
                return !closed && dialog->payButton()->isEnabled();
            // Released: the dialog closed (the hold ended), or it still says the booking is
            // not confirmed and whatever the card reserved comes back, with Pay disabled.
            return state != BookingState::PaymentPending
                && (closed || (!dialog->payButton()->isEnabled() && dialog->message()->text().contains(QStringLiteral("not confirmed"))));
        },
        60000);
    EXPECT_TRUE(settled) << bookingStateName(state).toStdString() << ": "
                         << (dialog ? dialog->message()->text().toStdString() : std::string("dialog closed"));
    return state;
}

// After a payment that did not go through: the traveller pays again on the new primary
// (seats still held), or the released seat can be held again.
void carryOn(Terminal &terminal, const QPointer<PaymentDialog> &dialog, const QString &reference, BookingState state,
             const std::function<bool()> &dialogGone)
{
    if (state == BookingState::SeatHeld) {
        dialog->cvc()->setText(QStringLiteral("123"));
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(dialogGone, 20000));
        ASSERT_NO_FATAL_FAILURE(terminal.expectSettled(reference, BookingState::Confirmed));
    } else if (state == BookingState::Cancelled) {
        auto booking = terminal.service->find(reference);
        ASSERT_TRUE(booking.ok());
        HoldRequest again;
        again.flight = FlightRef::byId(booking->flightId);
        again.seats << booking->passengers.constFirst().seat;
        auto held = terminal.service->hold(again);
        ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    }
}

TEST(TerminalFailover, KioskPaymentInFlightEndsConfirmedOrNotChargedOnTheNewPrimary)
{
    Terminal terminal(QStringLiteral("kiosk-ha"));
    ASSERT_FALSE(::testing::Test::HasFailure());
    TestFlightSpec spec;
    spec.number = 701;
    ASSERT_GT(addTestFlight(*terminal.db, spec).id, 0);
    KioskOptions options;
    options.mode = KioskOptions::Mode::Demo; // the counter kiosk's screens, windowed
    KioskWindow window(*terminal.service, *terminal.catalog, options);
    window.setLiveSync(terminal.live.get());
    terminal.watchBanner(window.connectionBanner());
    window.resize(1280, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_NO_FATAL_FAILURE(chooseSeats(window, {QStringLiteral("3C")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(window, {QStringLiteral("Ada Lovelace")}));
    const QPointer<PaymentDialog> dialog = window.paymentDialog();
    ASSERT_FALSE(dialog.isNull());
    const QString reference = dialog->booking().reference;

    const BookingState state = payThroughAFailover(terminal, dialog, reference);
    ASSERT_FALSE(::testing::Test::HasFailure());
    ASSERT_NO_FATAL_FAILURE(terminal.expectSettled(reference, state));
    ASSERT_NO_FATAL_FAILURE(carryOn(terminal, dialog, reference, state, [&] { return window.paymentDialog() == nullptr; }));
    std::printf("kiosk: the payment in flight at the kill ended %s\n", qPrintable(bookingStateName(state)));
}

TEST(TerminalFailover, AgentDeskPaymentInFlightEndsConfirmedOrNotChargedOnTheNewPrimary)
{
    Terminal terminal(QStringLiteral("desk-ha"));
    ASSERT_FALSE(::testing::Test::HasFailure());
    TestFlightSpec spec;
    spec.number = 702;
    const Flight flight = addTestFlight(*terminal.db, spec);
    ASSERT_GT(flight.id, 0);
    const QString password = QStringLiteral("correct horse");
    UserAdministration admin(*terminal.db, Actor::builtInOperator(QStringLiteral("setup")),
                             PasswordHasher(PasswordHasher::MinIterations));
    ASSERT_TRUE(admin.addUser(QStringLiteral("ada"), Role::Agent, password).ok());
    Authenticator authenticator(*terminal.db, QStringLiteral("desk-ha"));
    AgentWindow window(*terminal.service, *terminal.catalog, authenticator, 300);
    window.setLiveSync(terminal.live.get());
    terminal.watchBanner(window.connectionBanner());
    window.addNewBookingTab(QStringLiteral("DUB"));
    window.resize(1280, 860);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showSignIn();
    SignInDialog *signIn = window.signInDialog();
    ASSERT_NE(signIn, nullptr);
    signIn->userName()->setText(QStringLiteral("ada"));
    QTest::keyClicks(signIn->password(), password);
    QTest::mouseClick(signIn->signInButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.signedIn().has_value(); }, 10000));
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    DeskBookingView *desk = window.deskBooking();
    ASSERT_NE(desk, nullptr);

    QTableView *table = desk->flights()->view();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 5000));
    int row = 0;
    while (row < table->model()->rowCount()
           && table->model()->index(row, 0).data(FlightListModel::FlightIdRole).toLongLong() != flight.id)
        ++row;
    ASSERT_LT(row, table->model()->rowCount()) << "the test flight is not listed";
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(desk->currentPage(), desk->seats());
    desk->seats()->partySize()->setValue(1);
    ASSERT_NO_FATAL_FAILURE(clickSeat(*desk->seats(), QStringLiteral("5D")));
    QTest::mouseClick(desk->seats()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(desk->currentPage(), desk->passengers());
    QTest::keyClicks(desk->passengers()->givenNamesField(0), QStringLiteral("Grace"));
    QTest::keyClicks(desk->passengers()->surnameField(0), QStringLiteral("Hopper"));
    QTest::mouseClick(desk->passengers()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(desk->currentPage(), desk->finishPage());
    QTest::mouseClick(desk->payButton(), Qt::LeftButton);
    const QPointer<PaymentDialog> dialog = desk->paymentDialog();
    ASSERT_FALSE(dialog.isNull()) << desk->message()->text().toStdString();
    const QString reference = dialog->booking().reference;

    const BookingState state = payThroughAFailover(terminal, dialog, reference);
    ASSERT_FALSE(::testing::Test::HasFailure());
    ASSERT_NO_FATAL_FAILURE(terminal.expectSettled(reference, state));
    ASSERT_NO_FATAL_FAILURE(carryOn(terminal, dialog, reference, state, [&] { return desk->paymentDialog() == nullptr; }));
    std::printf("agent: the payment in flight at the kill ended %s\n", qPrintable(bookingStateName(state)));
}

} // namespace
