#include "KioskDriver.h"
#include "PrivateCluster.h"
#include "TestDatabase.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "booking/ReconcileScheduler.h"
#include "models/SeatMapModel.h"
#include "payment/MockPaymentGateway.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "storage/Migrator.h"
#include "widgets/ConnectionBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// A kiosk window wired like the real program: LiveSync on its own listener connection, and
// the periodic refresh turned off, so whatever the window shows came from a live update.
struct LiveKiosk {
    LiveKiosk(const QString &url, Database &db)
        : service(db, gateway, Actor{QStringLiteral("kiosk-live-test"), QStringLiteral("kiosk")}), catalog(db)
    {
        auto opened = LiveSync::open(url, service, db);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return;
        }
        live = std::move(*opened);
        live->start();
        KioskOptions options;
        options.mode = KioskOptions::Mode::Demo;
        options.refreshSeconds = 3600;
        window = std::make_unique<KioskWindow>(service, catalog, options);
        window->setLiveSync(live.get());
        window->resize(1280, 900);
        window->show();
    }

    SeatStatus statusOf(const QString &code) const
    {
        const auto *model = window->seatMapScreen()->model();
        return SeatStatus(model->data(model->indexOf(code), SeatMapModel::StatusRole).toInt());
    }

    MockPaymentGateway gateway;
    BookingService service;
    FlightCatalog catalog;
    std::unique_ptr<LiveSync> live;
    std::unique_ptr<KioskWindow> window;
};

class LiveKioskTest : public ::testing::TestWithParam<Backend> {};

TEST_P(LiveKioskTest, SeatMapFollowsAnotherTerminalWithoutAnyonePressingAnything)
{
    TestDatabase database(GetParam());
    ASSERT_TRUE(database.ready()) << database.setupError().toStdString();
    auto db = database.connect();
    const Flight flight = addTestFlight(*db);
    LiveKiosk kiosk(database.url(), *db);
    ASSERT_TRUE(kiosk.window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*kiosk.window, {QStringLiteral("1A")}));
    ASSERT_EQ(kiosk.statusOf(QStringLiteral("7C")), SeatStatus::Free);

    // Another terminal, its own connection: holds 7C for two seconds, then walks away.
    auto otherDb = database.connect();
    MockPaymentGateway gateway;
    BookingService other(*otherDb, gateway, Actor{QStringLiteral("kiosk-2"), QStringLiteral("kiosk")});
    ASSERT_TRUE(other.hold(holdOf(flight.id, {QStringLiteral("7C")}, {}, 2)).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.statusOf(QStringLiteral("7C")) == SeatStatus::Held; }, 3000));
    // Nobody expires it by hand: this terminal's scheduler does, at the deadline.
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.statusOf(QStringLiteral("7C")) == SeatStatus::Free; }, 6000));

    // The seat this traveller had chosen is taken elsewhere: the map says so at once.
    ASSERT_TRUE(other.hold(holdOf(flight.id, {QStringLiteral("1A")})).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.statusOf(QStringLiteral("1A")) == SeatStatus::Held; }, 3000));
    EXPECT_FALSE(kiosk.window->seatMapScreen()->continueButton()->isEnabled());
}

// PostgreSQL only: it is the server that goes away (SQLite has none). A private cluster, a
// flight, and a kiosk wired to it like the real program.
class LiveKioskReconnect : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(cluster.create()) << cluster.error().toStdString();
        auto opened = Database::open(cluster.url());
        ASSERT_TRUE(opened.ok());
        db = std::move(*opened);
        ASSERT_TRUE(Migrator(*db).migrate().ok());
        addTestFlight(*db);
        terminal = std::make_unique<LiveKiosk>(cluster.url(), *db);
        ASSERT_TRUE(terminal->window);
    }

    PrivateCluster cluster;
    std::unique_ptr<Database> db;
    std::unique_ptr<LiveKiosk> terminal;
};

TEST_F(LiveKioskReconnect, BannerWhileTheDatabaseIsDownAndTheHoldResolvedAfterwards)
{
    LiveKiosk &kiosk = *terminal;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    ConnectionBanner *banner = kiosk.window->connectionBanner();
    EXPECT_FALSE(banner->isVisible());
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*kiosk.window, {QStringLiteral("2B")}));

    ASSERT_TRUE(cluster.stop());
    // The traveller presses "Hold seats and pay" just as the database goes down.
    ASSERT_NO_FATAL_FAILURE(enterNames(*kiosk.window, {QStringLiteral("Ada Lovelace")}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 5000));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("lost")));
    EXPECT_EQ(kiosk.window->paymentDialog(), nullptr);
    EXPECT_EQ(kiosk.window->currentScreen(), kiosk.window->passengerScreen());
    EXPECT_FALSE(kiosk.window->passengerScreen()->continueButton()->isEnabled()); // no double submit
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains(QStringLiteral("Retrying")); }, 5000));

    ASSERT_TRUE(cluster.start());
    // Back: the hold is asked again with the same idempotency key and the traveller pays.
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.window->paymentDialog() != nullptr; }, 20000));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("restored")));
    const Booking held = kiosk.window->paymentDialog()->booking();
    EXPECT_EQ(held.state, BookingState::SeatHeld);
    auto found = kiosk.service.find(held.reference);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->passengers.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !banner->isVisible(); }, 5000));
}

// Seats only chosen on screen are not held: the banner must not promise a hold, and the
// traveller cannot go on to names and payment until the booking system answers again.
TEST_F(LiveKioskReconnect, OfflineTheSelectionIsNotCalledAHoldAndContinueWaits)
{
    LiveKiosk &kiosk = *terminal;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    ConnectionBanner *banner = kiosk.window->connectionBanner();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*kiosk.window, {QStringLiteral("3C")}));
    QPushButton *next = kiosk.window->seatMapScreen()->continueButton();
    ASSERT_TRUE(next->isEnabled());

    ASSERT_TRUE(cluster.stop());
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
    EXPECT_FALSE(banner->text().contains(QStringLiteral("hold"), Qt::CaseInsensitive)) << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("selection"))) << banner->text().toStdString();
    EXPECT_FALSE(next->isEnabled()) << "Continue stays enabled while offline";

    ASSERT_TRUE(cluster.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains(QStringLiteral("restored")); }, 20000));
    EXPECT_TRUE(next->isEnabled());
}

// With seats held, the banner says they stay held: the hold is in the database.
TEST_F(LiveKioskReconnect, OfflineWithSeatsHeldTheBannerSaysTheyStayHeld)
{
    LiveKiosk &kiosk = *terminal;
    ASSERT_TRUE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*kiosk.window, {QStringLiteral("3D")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*kiosk.window, {QStringLiteral("Ada Lovelace")}));
    ASSERT_NE(kiosk.window->paymentDialog(), nullptr);
    ASSERT_TRUE(cluster.stop());
    ConnectionBanner *banner = kiosk.window->connectionBanner();
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("stay held"))) << banner->text().toStdString();
    ASSERT_TRUE(cluster.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->text().contains(QStringLiteral("restored")); }, 20000));
}

// The database goes away as the traveller presses Pay: the dialog says the booking is not
// confirmed yet and how the money is safe; once the database is back the terminal's
// reconciler settles the attempt and the dialog follows the database.
TEST_F(LiveKioskReconnect, PaymentCutOffByTheOutageIsSettledFromTheDatabase)
{
    LiveKiosk &kiosk = *terminal;
    ReconcileScheduler reconciler(kiosk.service); // wired as app/kiosk/main.cpp does
    QObject::connect(kiosk.live.get(), &LiveSync::connectionRestored, &reconciler, &ReconcileScheduler::start);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*kiosk.window, {QStringLiteral("4C")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*kiosk.window, {QStringLiteral("Grace Hopper")}));
    PaymentDialog *dialog = kiosk.window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    const QString reference = dialog->booking().reference;

    ASSERT_TRUE(cluster.stop());
    ASSERT_NO_FATAL_FAILURE(payWithCard(*kiosk.window, QStringLiteral("4242 4242 4242 4242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->message()->text().contains(QStringLiteral("not confirmed")); },
                                10000))
        << dialog->message()->text().toStdString();
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("not charged")));
    EXPECT_FALSE(dialog->payButton()->isEnabled()); // no second charge while it is unknown
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.window->connectionBanner()->isVisible(); }, 5000));

    ASSERT_TRUE(cluster.start());
    // Either the attempt never reached the database (pay again) or the reconciler settled
    // it; in both cases the screen now shows what the database says.
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.window->paymentDialog() == nullptr || dialog->payButton()->isEnabled(); },
                                30000));
    auto booking = kiosk.service.find(reference);
    ASSERT_TRUE(booking.ok()) << booking.error().message.toStdString();
    if (kiosk.window->paymentDialog() == nullptr) {
        EXPECT_EQ(booking->state, BookingState::Confirmed);
        EXPECT_EQ(booking->captured.minorUnits(), booking->total.minorUnits());
    } else {
        EXPECT_EQ(booking->state, BookingState::SeatHeld);
        EXPECT_EQ(booking->captured.minorUnits(), 0);
        // The traveller pays again and gets the receipt.
        dialog->cvc()->setText(QStringLiteral("123"));
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.window->paymentDialog() == nullptr; }, 10000));
        EXPECT_EQ(kiosk.service.find(reference)->state, BookingState::Confirmed);
    }
}

} // namespace

INSTANTIATE_TEST_SUITE_P(Backends, LiveKioskTest,
                         ::testing::Values(Backend::SQLite, Backend::PostgreSQL), backendParamName);
