// The receipt after payment on real widgets (offscreen, both databases): the confirmation
// offers it, the preview says what was bought, and without a printer, or with one that is
// missing, the receipt becomes a PDF while the booking stays confirmed.
#include "KioskDriver.h"
#include "TestDatabase.h"
#include "TestFlights.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/ReceiptBuilder.h"
#include "payment/MockPaymentGateway.h"
#include "screens/ConfirmationScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PaymentDialog.h"
#include "screens/ReceiptScreen.h"
#include "screens/WelcomeScreen.h"

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class ReceiptFlowTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        database.emplace(GetParam());
        ASSERT_TRUE(database->ready()) << database->setupError().toStdString();
        db = database->connect();
        ASSERT_NE(db, nullptr);
        flight = addTestFlight(*db);
        ASSERT_GT(flight.id, 0);
        service = std::make_unique<BookingService>(*db, gateway, Actor{QStringLiteral("kiosk-ui-test"), QStringLiteral("kiosk")});
        catalog = std::make_unique<FlightCatalog>(*db);
        receipts = std::make_unique<ReceiptBuilder>(*service, *db);
    }

    void TearDown() override
    {
        window.reset();
        receipts.reset();
        catalog.reset();
        service.reset();
        db.reset();
        database.reset();
    }

    // Books 3A for Ada Lovelace through the screens and opens the receipt.
    QString buyAndOpenReceipt(const QString &printer)
    {
        window = std::make_unique<KioskWindow>(*service, *catalog, KioskOptions{});
        window->setReceipts(*receipts, ReceiptOutput{printer, ReceiptPaper::Roll80mm, documents.path()});
        window->resize(1280, 900);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        chooseSeats(*window, {QStringLiteral("3A")});
        enterNames(*window, {QStringLiteral("Ada Lovelace")});
        const QString reference = window->paymentDialog()->booking().reference;
        payWithCard(*window, QStringLiteral("4242 4242 4242 4242"));
        EXPECT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 5000));
        QPushButton *receipt = window->confirmationScreen()->receiptButton();
        EXPECT_TRUE(receipt->isVisible());
        QTest::mouseClick(receipt, Qt::LeftButton);
        EXPECT_EQ(window->currentScreen(), window->receiptScreen());
        return reference;
    }

    QTemporaryDir documents;
    std::optional<TestDatabase> database;
    std::unique_ptr<Database> db;
    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<ReceiptBuilder> receipts;
    std::unique_ptr<KioskWindow> window;
    Flight flight;
};

TEST_P(ReceiptFlowTest, WithoutAPrinterTheReceiptIsShownAndSavedAsAPdf)
{
    const QString reference = buyAndOpenReceipt(QString());
    ReceiptScreen *screen = window->receiptScreen();
    const QString preview = screen->previewText();
    for (const QString &item : {reference, QStringLiteral("KX101"), QStringLiteral("Ada Lovelace"), QStringLiteral("3A"),
                                QStringLiteral("4242"), QStringLiteral("Cancellation policy")})
        EXPECT_TRUE(preview.contains(item)) << item.toStdString() << " in " << preview.toStdString();
    EXPECT_EQ(screen->outputButton()->text(), QStringLiteral("Save as PDF"));
    QTest::mouseClick(screen->outputButton(), Qt::LeftButton);
    ASSERT_FALSE(screen->savedPdf().isEmpty()) << screen->message().toStdString();
    EXPECT_TRUE(screen->savedPdf().startsWith(documents.path() + QStringLiteral("/receipts/receipt-") + reference));
    QFile pdf(screen->savedPdf());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().startsWith("%PDF-"));
    EXPECT_TRUE(screen->message().startsWith(QStringLiteral("Your receipt was saved as ")));

    QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
}

TEST_P(ReceiptFlowTest, AMissingPrinterKeepsTheSaleAndFallsBackToAPdf)
{
    const QString reference = buyAndOpenReceipt(QStringLiteral("no-such-receipt-printer"));
    ReceiptScreen *screen = window->receiptScreen();
    EXPECT_EQ(screen->outputButton()->text(), QStringLiteral("Print receipt"));
    QTest::mouseClick(screen->outputButton(), Qt::LeftButton);
    EXPECT_TRUE(screen->message().startsWith(QStringLiteral("The printer no-such-receipt-printer is not available. "
                                                            "Your booking is confirmed. Your receipt was saved as ")))
        << screen->message().toStdString();
    EXPECT_TRUE(QFile::exists(screen->savedPdf()));
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);
}

KIOSK_ON_BOTH_BACKENDS(ReceiptFlowTest);

} // namespace
