#include "DatabaseTest.h"
#include "Euros.h"
#include "HeldAnswerTerminal.h"
#include "KioskDriver.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "screens/CardTerminalPanel.h"
#include "screens/ConfirmationScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PaymentDialog.h"
#include "screens/VoucherField.h"
#include "booking/VoucherAdministration.h"
#include "widgets/CountdownLabel.h"
#include "widgets/KioskHeader.h"

#include <QLineEdit>
#include <QTimeZone>

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// The kiosk's pay step with a card terminal on real widgets (offscreen): no card field, the
// terminal's prompt, Pay and Cancel apart, each outcome in plain words with a way to try
// again, and Cancel releasing the hold.
class TerminalPayStepTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        if (HasFatalFailure())
            return;
        auto acquirer = std::make_unique<MockPaymentGateway>();
        auto slow = std::make_unique<HeldAnswerTerminal>(*acquirer);
        terminal = slow.get();
        gateway = std::make_unique<TerminalPaymentGateway>(std::move(slow), std::move(acquirer));
        service = std::make_unique<BookingService>(*db, *gateway, Actor{QStringLiteral("kiosk-ui-test"),
                                                                        QStringLiteral("kiosk")});
        catalog = std::make_unique<FlightCatalog>(*db);
        KioskOptions options;
        options.mode = KioskOptions::Mode::Demo;
        options.cardTerminal = true;
        window = std::make_unique<KioskWindow>(*service, *catalog, options);
        window->resize(1280, 1024);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        chooseSeats(*window, {QStringLiteral("3A")});
        enterNames(*window, {QStringLiteral("Ada Lovelace")});
        dialog = window->paymentDialog();
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
        reference = dialog->booking().reference;
    }
    void TearDown() override
    {
        window.reset();
        catalog.reset();
        service.reset();
        gateway.reset();
        DatabaseTest::TearDown();
    }
    void payWith(MockPaymentTerminal::Card card)
    {
        terminal->mock.present(card);
        QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->isPaying(); }, 5000));
    }
    BookingState state() { return service->find(reference)->state; }

    HeldAnswerTerminal *terminal = nullptr;
    std::unique_ptr<TerminalPaymentGateway> gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<KioskWindow> window;
    PaymentDialog *dialog = nullptr;
    QString reference;
};

TEST_P(TerminalPayStepTest, IsAStepInTheKioskFrameAndPaysOnceTheCardIsApproved)
{
    EXPECT_EQ(dialog->cardNumber(), nullptr);
    ASSERT_NE(dialog->terminal(), nullptr);
    EXPECT_EQ(dialog->terminal()->prompt()->text(), QStringLiteral("Insert, tap or swipe your card"));
    // A screen of the journey in the kiosk's frame: step 4 in the header, which counts the
    // hold down (the dialog's own hold row is not shown twice), the frame's 48 px margins.
    EXPECT_FALSE(dialog->isWindow());
    EXPECT_EQ(window->currentScreen(), dialog);
    EXPECT_EQ(window->header()->step(), KioskHeader::Step::Pay);
    EXPECT_TRUE(window->header()->countdown()->isVisible());
    EXPECT_FALSE(dialog->countdown()->isVisible());
    const QRect inWindow(dialog->mapTo(window.get(), QPoint()), dialog->size());
    EXPECT_GE(inWindow.left(), 48);
    EXPECT_LE(inWindow.right(), window->width() - 48);
    EXPECT_GT(inWindow.top(), window->header()->mapTo(window.get(), QPoint(0, window->header()->height())).y() - 1);
    // Pay dominant, Cancel secondary and far from it.
    QPushButton *pay = dialog->payButton();
    QPushButton *cancel = dialog->cancelButton();
    EXPECT_GT(pay->height(), cancel->height());
    EXPECT_GT(pay->mapTo(dialog, QPoint()).x() - cancel->mapTo(dialog, QPoint(cancel->width(), 0)).x(), 300);
    EXPECT_FALSE(dialog->terminal()->isWaiting());

    terminal->holdAnswer = true;
    QTest::mouseClick(pay, Qt::LeftButton);
    EXPECT_TRUE(dialog->isPaying());
    EXPECT_TRUE(dialog->terminal()->isWaiting());
    EXPECT_FALSE(pay->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(state(), BookingState::PaymentPending);
    terminal->answer();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 5000));
    EXPECT_EQ(window->confirmationScreen()->referenceText(), reference);
    EXPECT_EQ(state(), BookingState::Confirmed);
    EXPECT_EQ(window->header()->step(), KioskHeader::Step::Done);
    EXPECT_FALSE(window->header()->countdown()->isVisible()); // paid: nothing is held any more
}

// Not "AA291/2026-12-02" and "USD 522.00": the flight, its day and route as a traveller reads
// them, the money as the language writes it.
TEST_P(TerminalPayStepTest, SumsTheTripUpInTheTravellersLanguage)
{
    const Booking booking = dialog->booking();
    const QDate day = flight.departureUtc.toTimeZone(QTimeZone("Europe/Dublin")).date();
    EXPECT_EQ(dialog->summaryFlight()->text(),
              QStringLiteral("KX101 · %1").arg(QLocale().toString(day, QLocale::LongFormat)));
    EXPECT_TRUE(dialog->summaryFlight()->text().contains(QLocale().dayName(day.dayOfWeek())));
    EXPECT_EQ(dialog->summaryRoute()->text(), QStringLiteral("Dublin (DUB) → London (LHR)"));
    EXPECT_TRUE(dialog->summaryRoute()->isVisible());
    EXPECT_EQ(dialog->summaryTotal()->text(), QStringLiteral("Total %1").arg(eur(4900)));
    EXPECT_EQ(dialog->payButton()->text(), QStringLiteral("Pay %1").arg(eur(4900)));
    EXPECT_EQ(dialog->terminal()->amount()->text(), QStringLiteral("Amount to pay: %1").arg(eur(4900)));
    const QString summary = dialog->summary()->findChild<QLabel *>(QStringLiteral("summarySeats"))->text();
    EXPECT_EQ(summary, QStringLiteral("Seat 3A · Ada Lovelace"));
    const QString times = dialog->summary()->findChild<QLabel *>(QStringLiteral("summaryTimes"))->text();
    EXPECT_TRUE(times.startsWith(QStringLiteral("Departs "))) << times.toStdString();
    EXPECT_TRUE(times.contains(QStringLiteral(" · Boarding "))) << times.toStdString();
    for (QLabel *label : dialog->summary()->findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(booking.flightKey)) << label->text().toStdString();
}

// On a wide screen the trip's card beside the terminal takes its share of the width (a
// third), not a narrow card whose flight line breaks: at 1920 px it is wider than 420 px.
TEST_P(TerminalPayStepTest, OnAWideScreenTheTripCardTakesAThirdOfTheWidth)
{
    window->resize(1920, 1080);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->width() == 1920; }));
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    EXPECT_GE(dialog->summary()->width(), 1920 / 4) << dialog->summary()->width();
    EXPECT_LT(dialog->summary()->width(), 1920 / 2) << "the terminal's prompt keeps the larger part";
    const QLabel *flightLine = dialog->summaryFlight();
    EXPECT_LT(flightLine->height(), 2 * flightLine->fontMetrics().lineSpacing()) << "the flight and its day on one line";
}

// The voucher field of the typed path, beside the terminal: the discounted price is shown
// before paying and is what the terminal charges.
TEST_P(TerminalPayStepTest, AVoucherLowersWhatTheTerminalCharges)
{
    VoucherTerms tenPercent;
    tenPercent.percent = 10;
    ASSERT_TRUE(VoucherAdministration(*db, Actor{QStringLiteral("test"), QStringLiteral("sue"), Role::Supervisor})
                    .create(QStringLiteral("SAVE-10"), tenPercent)
                    .ok());
    ASSERT_NE(dialog->voucher(), nullptr);
    EXPECT_TRUE(dialog->voucher()->isVisible());
    dialog->voucher()->codeField()->setText(QStringLiteral("save 10"));
    QTest::mouseClick(dialog->voucher()->applyButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->payButton()->text(), QStringLiteral("Pay %1").arg(eur(4410)));
    EXPECT_EQ(dialog->terminal()->amount()->text(), QStringLiteral("Amount to pay: %1").arg(eur(4410)));
    ASSERT_NO_FATAL_FAILURE(payWith(MockPaymentTerminal::Card::Approve));
    EXPECT_EQ(state(), BookingState::Confirmed);
    EXPECT_EQ(service->find(reference)->captured.minorUnits(), 4410);
}

TEST_P(TerminalPayStepTest, EachOutcomeIsSaidPlainlyAndPayTriesAgain)
{
    const QList<QPair<MockPaymentTerminal::Card, QString>> outcomes{
        {MockPaymentTerminal::Card::Decline, QStringLiteral("Your bank declined the payment")},
        {MockPaymentTerminal::Card::RemovedTooEarly, QStringLiteral("The card was taken out before the payment finished")},
        {MockPaymentTerminal::Card::TimeOut, QStringLiteral("No card was presented in time")},
        {MockPaymentTerminal::Card::AnswerLost, QStringLiteral("you have not been charged")},
    };
    for (const auto &[card, words] : outcomes) {
        SCOPED_TRACE(words.toStdString());
        ASSERT_NO_FATAL_FAILURE(payWith(card));
        EXPECT_TRUE(dialog->message()->text().contains(words)) << dialog->message()->text().toStdString();
        EXPECT_EQ(dialog->message()->property("role").toString(), QStringLiteral("error"));
        EXPECT_FALSE(dialog->terminal()->isWaiting());
        EXPECT_TRUE(dialog->payButton()->isEnabled());
        EXPECT_EQ(state(), BookingState::SeatHeld);
    }
    ASSERT_NO_FATAL_FAILURE(payWith(MockPaymentTerminal::Card::Approve));
    EXPECT_EQ(state(), BookingState::Confirmed);
}

TEST_P(TerminalPayStepTest, CancelReleasesTheHold)
{
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 5000));
    EXPECT_EQ(state(), BookingState::Cancelled);
}

INSTANTIATE_TEST_SUITE_P(SQLite, TerminalPayStepTest, ::testing::Values(Backend::SQLite), backendParamName);

} // namespace
