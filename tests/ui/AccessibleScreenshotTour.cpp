#include "AccessibleScreenshotTour.h"

#include "AgentScreenshotTour.h"
#include "TourFlights.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "payment/MockPaymentGateway.h"
#include "screens/ConfirmationScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "widgets/WholeScreen.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace kiosk::test {

namespace {

// A key of the navigation keypad, where the focus is.
void press(ui::KioskWindow &window, Qt::Key key, int times = 1)
{
    for (int i = 0; i < times; ++i) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &window, key);
        QCoreApplication::processEvents();
    }
}

void downTo(ui::KioskWindow &window, QWidget *target)
{
    for (int presses = 0; presses < 40 && QApplication::focusWidget() != target; ++presses)
        press(window, Qt::Key_Down);
    if (QApplication::focusWidget() != target)
        qFatal("accessible tour: the keypad never reached %s", qPrintable(target->objectName()));
}

// Larger type must not push the window past the screen: the kiosk has no other pixels.
void saveFitting(ui::KioskWindow &window, const QString &outDir, const QString &name, int width)
{
    save(&window, outDir, name);
    if (window.width() > width)
        qWarning("accessible tour: %s is %d px wide, more than the screen's %d", qPrintable(name), window.width(), width);
}

void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

} // namespace

void saveKioskAccessibleMode(Database &db, FlightCatalog &catalog, const ui::KioskOptions &options, qint64 flightId,
                             const QString &outDir, const QString &prefix)
{
    MockPaymentGateway gateway;
    BookingService service(db, gateway, Actor{QStringLiteral("tour-a11y"), QStringLiteral("kiosk")});
    ui::KioskWindow window(service, catalog, options);
    if (options.mode == ui::KioskOptions::Mode::Kiosk) {
        ui::showOnWholeScreen(window);
    } else {
        window.resize(1280, 1024);
        window.show();
    }
    const int width = window.width();
    QApplication::setActiveWindow(&window);
    if (!QTest::qWaitForWindowActive(&window))
        qFatal("accessible tour: window not active");

    press(window, Qt::Key_F12); // the keypad's accessible-mode key
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-1-welcome"), width);
    press(window, Qt::Key_Return);
    press(window, Qt::Key_Right, 2);
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-2-flights"), width);
    chooseFlight(window, flightId);
    press(window, Qt::Key_Right, 2);
    // On through the seats to the first free one (the tour sold some before).
    for (int seat = 0; seat < 200 && window.seatMapScreen()->selectedSeats().isEmpty(); ++seat) {
        press(window, Qt::Key_Right);
        press(window, Qt::Key_Return);
    }
    if (window.seatMapScreen()->selectedSeats().isEmpty())
        qFatal("accessible tour: no free seat reached on the keypad");
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-3-seat-map"), width);
    downTo(window, window.seatMapScreen()->continueButton());
    press(window, Qt::Key_Return);
    type(QStringLiteral("Ada"));
    press(window, Qt::Key_Return);
    type(QStringLiteral("Lovelace"));
    press(window, Qt::Key_Right, 3); // the keypad's cursor on the on-screen keys (where there are keys)
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-4-passengers"), width);
    downTo(window, window.passengerScreen()->continueButton());
    press(window, Qt::Key_Return);
    if (!QTest::qWaitFor([&window] { return window.paymentDialog() && window.currentScreen() == window.paymentDialog(); }))
        qFatal("accessible tour: no pay step: %s", qPrintable(window.passengerScreen()->problem()->text()));
    ui::PaymentDialog *payment = window.paymentDialog();
    type(QStringLiteral("4242424242424242"));
    press(window, Qt::Key_Return);
    type(QStringLiteral("12/30"));
    press(window, Qt::Key_Return);
    type(QStringLiteral("123"));
    downTo(window, payment->payButton());
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-5-payment"), width);
    press(window, Qt::Key_Return);
    if (!QTest::qWaitFor([&window] { return window.currentScreen() == window.confirmationScreen(); }, 5000))
        qFatal("accessible tour: the payment never reached the confirmation");
    saveFitting(window, outDir, prefix + QStringLiteral("a11y-6-confirmation"), width);
}

} // namespace kiosk::test
