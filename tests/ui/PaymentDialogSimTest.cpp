#include "KioskDriver.h"
#include "PaygateSim.h"
#include "DatabaseTest.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/HttpPaymentGateway.h"
#include "screens/ConfirmationScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PaymentDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// The kiosk's payment dialog end to end against paygate-sim over HTTP: progress while the
// gateway thinks (with the event loop free), the decline reason, the confirmation, and a
// clear sentence when the gateway gives no answer.
class PaymentDialogSimTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(sim.start());
    }
    void TearDown() override
    {
        window.reset();
        catalog.reset();
        service.reset();
        gateway.reset();
        sim.stop();
        DatabaseTest::TearDown();
    }

    void open(const QString &gatewaySettings)
    {
        auto options = HttpGatewayOptions::fromUrl(sim.url() + QStringLiteral("/") + gatewaySettings);
        ASSERT_TRUE(options.ok()) << options.error().message.toStdString();
        gateway = std::make_unique<HttpPaymentGateway>(*options);
        service = std::make_unique<BookingService>(*db, *gateway, Actor{QStringLiteral("kiosk-ui-test"),
                                                                        QStringLiteral("kiosk")});
        catalog = std::make_unique<FlightCatalog>(*db);
        KioskOptions kioskOptions;
        kioskOptions.mode = KioskOptions::Mode::Demo;
        window = std::make_unique<KioskWindow>(*service, *catalog, kioskOptions);
        window->resize(1280, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        chooseSeats(*window, {QStringLiteral("3A")});
        enterNames(*window, {QStringLiteral("Ada Lovelace")});
        ASSERT_NE(window->paymentDialog(), nullptr);
    }

    void enterCard(const QString &number) { payWithCard(*window, number); }

    PaygateSim sim;
    std::unique_ptr<HttpPaymentGateway> gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<KioskWindow> window;
};

TEST_P(PaymentDialogSimTest, ShowsProgressDeclineAndConfirmationWithoutBlocking)
{
    open(QStringLiteral("?timeout_ms=5000"));
    PaymentDialog *dialog = window->paymentDialog();
    const QString reference = dialog->booking().reference;
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 400}}));

    int ticks = 0; // proof that the event loop runs while the bank is asked
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(20);
    enterCard(QStringLiteral("4000 0000 0000 0002"));
    EXPECT_TRUE(dialog->isPaying());
    EXPECT_FALSE(dialog->payButton()->isEnabled());
    EXPECT_FALSE(dialog->cancelButton()->isEnabled());
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("Authorizing"))) << dialog->message()->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPaying(); }, 10000));
    EXPECT_GT(ticks, 5);
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("declined"))) << dialog->message()->text().toStdString();
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("The card was declined by the bank.")));
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("not been charged")));
    EXPECT_TRUE(dialog->payButton()->isEnabled());
    EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);

    QStringList seen; // every step the traveller is shown on the way to the receipt
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (window->paymentDialog() && (seen.isEmpty() || seen.last() != window->paymentDialog()->message()->text()))
            seen << window->paymentDialog()->message()->text();
    });
    watcher.start(10);
    enterCard(QStringLiteral("4242 4242 4242 4242"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 15000));
    EXPECT_TRUE(seen.filter(QStringLiteral("Confirming your booking")).size() == 1) << seen.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(window->confirmationScreen()->referenceText(), reference);
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);
    EXPECT_EQ(sim.capturedFor(reference), 4900);
    EXPECT_EQ(sim.chargesFor(reference), 2); // the declined attempt and the paid one
}

TEST_P(PaymentDialogSimTest, NoAnswerFromTheGatewayIsSaidPlainly)
{
    open(QStringLiteral("?timeout_ms=300&attempts=1"));
    PaymentDialog *dialog = window->paymentDialog();
    const QString reference = dialog->booking().reference;
    ASSERT_TRUE(sim.setFaults({{QStringLiteral("latency_ms"), 700}}));
    enterCard(QStringLiteral("4242 4242 4242 4242"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPaying(); }, 15000));
    const QString text = dialog->message()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("not confirmed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("We will not charge you twice"))) << text.toStdString();
    EXPECT_FALSE(dialog->payButton()->isEnabled());
    EXPECT_TRUE(dialog->cancelButton()->isEnabled());
    EXPECT_EQ(service->find(reference)->state, BookingState::PaymentPending);
    EXPECT_NE(window->currentScreen(), window->confirmationScreen());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(PaymentDialogSimTest);
