#include "TerminalScreenshotTour.h"

#include "AgentScreenshotTour.h"
#include "HeldAnswerTerminal.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/PartySizeStepper.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
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

void saveKioskTerminalPayment(Database &db, FlightCatalog &catalog, const ui::KioskOptions &options, int flightRow,
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
    window.resize(1280, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("terminal tour: window not exposed");

    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTableView *table = window.flightListScreen()->view();
    table->scrollTo(table->model()->index(flightRow, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(flightRow, 0)).center());
    ui::SeatMapScreen *seats = window.seatMapScreen();
    seats->partySize()->setValue(1);
    QTest::mouseClick(seats->bestButton(), Qt::LeftButton);
    QTest::mouseClick(seats->continueButton(), Qt::LeftButton);
    QTest::keyClicks(window.passengerScreen()->nameField(0), QStringLiteral("Grace Hopper"));
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);
    ui::PaymentDialog *payment = window.paymentDialog();
    if (!payment || !QTest::qWaitForWindowExposed(payment))
        qFatal("terminal tour: no payment step");
    save(payment, outDir, prefix + QStringLiteral("5t-terminal-pay"));

    terminal->holdAnswer = true;
    terminal->mock.present(MockPaymentTerminal::Card::Decline);
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    save(payment, outDir, prefix + QStringLiteral("5t-terminal-waiting"));
    terminal->answer();
    if (!QTest::qWaitFor([payment] { return !payment->isPaying(); }, 5000))
        qFatal("the terminal's payment never finished");
    save(payment, outDir, prefix + QStringLiteral("5t-terminal-declined"));
    terminal->mock.present(MockPaymentTerminal::Card::RemovedTooEarly);
    payAndWait(payment);
    save(payment, outDir, prefix + QStringLiteral("5t-terminal-removed"));
    terminal->mock.present(MockPaymentTerminal::Card::TimeOut);
    payAndWait(payment);
    save(payment, outDir, prefix + QStringLiteral("5t-terminal-timeout"));
    QTest::mouseClick(payment->cancelButton(), Qt::LeftButton); // releases the seats
}

} // namespace kiosk::test
