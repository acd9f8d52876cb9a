// The receipt after payment on real widgets (offscreen, both databases): the confirmation
// offers it, the preview says what was bought, and without a printer, or with one that is
// missing, the receipt becomes a PDF while the booking stays confirmed.
#include "Euros.h"
#include "PassengerNames.h"
#include "KioskDriver.h"
#include "KioskFixture.h"
#include "SqlProbe.h"
#include "TestFlights.h"

#include "booking/ReceiptBuilder.h"
#include "notify/DocumentMailer.h"
#include "payment/FutureWait.h"
#include "screens/ConfirmationScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/ReceiptScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/ContactFields.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/InactivityWatcher.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class ReceiptFlowTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        startService();
        receipts = std::make_unique<ReceiptBuilder>(*service, *db);
    }

    void TearDown() override
    {
        window.reset();
        receipts.reset();
        KioskFixture::TearDown();
    }

    // Books 3A for Ada Lovelace through the screens and opens the receipt.
    QString buyAndOpenReceipt(const QString &printer)
    {
        openKiosk(KioskOptions{}, {1280, 900});
        window->setReceipts(*receipts, ReceiptOutput{printer, ReceiptPaper::Roll80mm, documents.path()});
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
    std::unique_ptr<ReceiptBuilder> receipts;
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

// The printer gone, "E-mail it to me" comes forward and sends the receipt to the booking's
// own address (shown masked), at most three times an hour; a booking without an address is
// not offered it.
TEST_P(ReceiptFlowTest, WithThePrinterGoneTheReceiptIsEmailedToTheBookingsOwnAddress)
{
    const auto paidBooking = [this](const QString &seat, const QString &email) {
        HoldRequest request;
        request.flight = FlightRef::byId(flight.id);
        request.seats = {*SeatCode::parse(seat)};
        request.passengers = {QStringLiteral("Mary Byrne")};
        request.contact.email = email;
        auto held = service->hold(request);
        EXPECT_TRUE(held.ok());
        CardDetails card;
        card.number = QStringLiteral("4242424242424242");
        card.setExpiry(QStringLiteral("12/30"));
        card.cvc = QStringLiteral("123");
        EXPECT_TRUE(held && waitFor(service->submitPayment(held->reference, card), 30000).ok());
        auto receipt = receipts->build(held ? held->reference : QString());
        EXPECT_TRUE(receipt.ok());
        return receipt ? *receipt : Receipt{};
    };
    DocumentMailer mailer(*service, *db);
    ReceiptScreen screen(ReceiptOutput{QStringLiteral("no-such-receipt-printer"), ReceiptPaper::Roll80mm, documents.path()});
    screen.setMailer(&mailer);
    screen.resize(1280, 900);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    screen.showReceipt(paidBooking(QStringLiteral("6A"), QString()));
    EXPECT_FALSE(screen.mailButton()->isVisible()); // no address, no offer

    screen.showReceipt(paidBooking(QStringLiteral("6B"), QStringLiteral("mary.byrne@example.com")));
    DocumentMailButton *mail = screen.mailButton();
    ASSERT_TRUE(mail->isVisible());
    EXPECT_EQ(mail->accessibleName(), QStringLiteral("E-mail it to me"));
    EXPECT_GE(mail->height(), 72);
    EXPECT_FALSE(mail->isDefault());
    QTest::mouseClick(screen.outputButton(), Qt::LeftButton);
    EXPECT_TRUE(mail->isDefault()); // put forward: nothing came out of the printer
    EXPECT_TRUE(screen.message().endsWith(QString::fromUtf8("Touch “E-mail it to me” to have it sent to m•••@example.com.")))
        << screen.message().toStdString();
    for (int i = 0; i < DocumentMailer::MaxPerWindow; ++i) {
        QTest::mouseClick(mail, Qt::LeftButton);
        EXPECT_EQ(screen.message(), QString::fromUtf8("Sent to m•••@example.com. It should arrive within a few minutes."));
    }
    QTest::mouseClick(mail, Qt::LeftButton);
    EXPECT_EQ(screen.message(), QStringLiteral("This has been e-mailed 3 times in the last hour already. Please try again "
                                               "in 60 minutes, or ask at the desk."));
    EXPECT_FALSE(mail->isEnabled());
    EXPECT_EQ(countRows(*db, QStringLiteral("outbox"),
                        QStringLiteral("kind = 'documents_requested' AND recipient = 'mary.byrne@example.com'")),
              3);
}

// The end of a paid journey: success, the trip with its times, seats and names, what was
// paid with which card, the receipt printed (here: a PDF) and e-mailed there and then, and a
// visible countdown that closes the screen for the next traveller.
TEST_P(ReceiptFlowTest, TheConfirmationShowsTheTripAndTheCardAndClosesOnItsOwnCountdown)
{
    openKiosk(KioskOptions{}, {1280, 1024});
    window->setReceipts(*receipts, ReceiptOutput{QString(), ReceiptPaper::Roll80mm, documents.path()});
    DocumentMailer mailer(*service, *db);
    window->confirmationScreen()->setMailer(&mailer);
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("3A")}));
    QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
    typeName(*window->passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
    QTest::keyClicks(window->passengerScreen()->contactFields()->emailField(), QStringLiteral("ada@example.com"));
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    payWithCard(*window, QStringLiteral("4242 4242 4242 4242"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 5000));

    ConfirmationScreen *done = window->confirmationScreen();
    EXPECT_EQ(done->referenceText(), reference);
    EXPECT_TRUE(done->findChild<QLabel *>(QStringLiteral("successIcon"))->isVisible());
    const QString trip = done->tripText()->text();
    for (const QString &item : {QStringLiteral("KX101 · "), QStringLiteral("Dublin (DUB) → London (LHR)"),
                                QStringLiteral("Departs "), QStringLiteral(" · Boarding ")})
        EXPECT_TRUE(trip.contains(item)) << item.toStdString() << " in " << trip.toStdString();
    EXPECT_EQ(done->findChild<QLabel *>(QStringLiteral("bookingDetails"))->text(), QStringLiteral("Seat 3A · Ada Lovelace"));
    EXPECT_EQ(done->paymentText()->text(), QStringLiteral("Paid %1 with Visa ending 4242").arg(eur(4900)));
    EXPECT_EQ(done->closesInText()->text(), QStringLiteral("This screen closes in 20 s"));
    EXPECT_EQ(done->secondsLeft(), ConfirmationScreen::CloseSeconds);

    ASSERT_TRUE(done->printButton()->isVisible());
    done->setCloseSeconds(2); // from the next touch on
    QTest::mouseClick(done->printButton(), Qt::LeftButton);
    EXPECT_TRUE(done->message()->text().startsWith(QStringLiteral("Your receipt was saved as "))) << done->message()->text().toStdString();
    EXPECT_EQ(QDir(documents.filePath(QStringLiteral("receipts"))).entryList({QStringLiteral("*.pdf")}).size(), 1);
    ASSERT_TRUE(done->mailButton()->isVisible());
    QTest::mouseClick(done->mailButton(), Qt::LeftButton);
    EXPECT_EQ(done->message()->text(), QString::fromUtf8("Sent to a•••@example.com. It should arrive within a few minutes."));
    EXPECT_EQ(done->closesInText()->text(), QStringLiteral("This screen closes in 2 s"));

    // It closes by itself, without the idle prompt's question in between.
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->welcomeScreen(); }, 10000));
    EXPECT_EQ(window->stillTherePrompt(), nullptr);
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);
}

// After a payment nothing is held any more: the idle prompt (here on the receipt's preview)
// never says that held seats are released.
TEST_P(ReceiptFlowTest, AfterPaymentTheIdlePromptSaysNothingOfReleasingSeats)
{
    buyAndOpenReceipt(QString());
    Q_EMIT window->inactivity()->idle();
    ASSERT_NE(window->stillTherePrompt(), nullptr);
    EXPECT_TRUE(window->stillTherePrompt()->text().contains(QStringLiteral("starts over"))) << window->stillTherePrompt()->text().toStdString();
    EXPECT_FALSE(window->stillTherePrompt()->text().contains(QStringLiteral("released"))) << window->stillTherePrompt()->text().toStdString();
}

KIOSK_ON_BOTH_BACKENDS(ReceiptFlowTest);

} // namespace
