#include "TerminalScreenshotTour.h"

#include "PassengerNames.h"
#include "TourFlights.h"

#include "AgentScreenshotTour.h"
#include "HeldAnswerTerminal.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/ReceiptBuilder.h"
#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/ConfirmationScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/ReceiptScreen.h"
#include "screens/VoucherField.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/PartySizeStepper.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace kiosk::test {

namespace {
void payAndWait(ui::PaymentDialog *payment)
{
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([payment] { return !payment->isPaying(); }, 5000))
        qFatal("the terminal's payment never finished");
}
} // namespace

void saveKioskTerminalPayment(Database &db, FlightCatalog &catalog, const ui::KioskOptions &options, qint64 flightId,
                              const QString &outDir, const QString &prefix)
{
    auto acquirer = std::make_unique<MockPaymentGateway>();
    auto tourTerminal = std::make_unique<HeldAnswerTerminal>(*acquirer);
    HeldAnswerTerminal *terminal = tourTerminal.get();
    TerminalPaymentGateway gateway(std::move(tourTerminal), std::move(acquirer));
    BookingService service(db, gateway, Actor{QStringLiteral("tour-terminal"), QStringLiteral("kiosk")});
    ui::KioskOptions withTerminal = options;
    withTerminal.cardTerminal = true;
    ui::KioskWindow window(service, catalog, withTerminal);
    ReceiptBuilder receipts(service, db);
    QTemporaryDir documents;
    window.setReceipts(receipts, ui::ReceiptOutput{QString(), ReceiptPaper::Roll80mm, documents.path()});
    window.resize(1280, 1024);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("terminal tour: window not exposed");

    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    chooseFlight(window, flightId);
    ui::SeatMapScreen *seats = window.seatMapScreen();
    seats->partySize()->setValue(1);
    QTest::mouseClick(seats->bestButton(), Qt::LeftButton);
    if (seats->selectedSeats().isEmpty())
        qFatal("terminal tour: no seat chosen: %s", qPrintable(seats->notice()->text()));
    QTest::mouseClick(seats->continueButton(), Qt::LeftButton);
    typeName(*window.passengerScreen(), 0, QStringLiteral("Grace Hopper"));
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);
    ui::PaymentDialog *payment = window.paymentDialog();
    if (!payment || !QTest::qWaitForWindowExposed(payment))
        qFatal("terminal tour: no payment step: %s", qPrintable(window.passengerScreen()->problem()->text()));
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-pay"));

    terminal->holdAnswer = true;
    terminal->mock.present(MockPaymentTerminal::Card::Decline);
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-waiting"));
    terminal->answer();
    if (!QTest::qWaitFor([payment] { return !payment->isPaying(); }, 5000))
        qFatal("the terminal's payment never finished");
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-declined"));
    terminal->mock.present(MockPaymentTerminal::Card::RemovedTooEarly);
    payAndWait(payment);
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-removed"));
    terminal->mock.present(MockPaymentTerminal::Card::TimeOut);
    payAndWait(payment);
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-timeout"));
    // The voucher beside the terminal: on a touch screen a keypad takes the terminal's place.
    QLineEdit *code = payment->voucher()->codeField();
    QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, code->mapTo(&window, code->rect().center()));
    save(&window, outDir, prefix + QStringLiteral("5t-terminal-voucher"));
    terminal->mock.present(MockPaymentTerminal::Card::Approve);
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&window] { return window.currentScreen() == window.confirmationScreen(); }, 5000))
        qFatal("the terminal's approval never reached the confirmation");
    save(&window, outDir, prefix + QStringLiteral("6t-terminal-confirmation"));
}

} // namespace kiosk::test
