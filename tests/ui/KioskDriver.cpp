#include "KioskDriver.h"
#include "PassengerNames.h"
#include "widgets/PartySizeStepper.h"

#include "models/SeatMapModel.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/OnScreenKeyboard.h"
#include "widgets/SeatMapView.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace kiosk::test {

void clickSeat(ui::KioskWindow &window, const QString &code)
{
    clickSeat(*window.seatMapScreen(), code);
}

void clickSeat(ui::SeatMapScreen &screen, const QString &code)
{
    clickSeat(*screen.view(), code);
}

void clickSeat(ui::SeatMapView &view, const QString &code)
{
    auto *model = qobject_cast<ui::SeatMapModel *>(view.model());
    ASSERT_NE(model, nullptr);
    const QModelIndex cell = model->indexOf(code);
    ASSERT_TRUE(cell.isValid()) << code.toStdString();
    view.scrollTo(cell);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(cell).center());
}

void chooseSeats(ui::KioskWindow &window, const QStringList &seats)
{
    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    ASSERT_EQ(window.currentScreen(), window.flightListScreen());
    QTableView *table = window.flightListScreen()->view();
    ASSERT_GE(table->model()->rowCount(), 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    ASSERT_EQ(window.currentScreen(), window.seatMapScreen());
    window.seatMapScreen()->partySize()->setValue(int(seats.size()));
    for (const QString &code : seats)
        ASSERT_NO_FATAL_FAILURE(clickSeat(window, code));
    ASSERT_TRUE(window.seatMapScreen()->continueButton()->isEnabled());
}

void enterNames(ui::KioskWindow &window, const QStringList &names)
{
    QTest::mouseClick(window.seatMapScreen()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(window.currentScreen(), window.passengerScreen());
    for (int i = 0; i < names.size(); ++i)
        typeName(*window.passengerScreen(), i, names[i]);
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);
}

void payWithCard(ui::KioskWindow &window, const QString &number)
{
    payWithCard(window.paymentDialog(), number);
}

void payWithCard(ui::PaymentDialog *dialog, const QString &number)
{
    ASSERT_NE(dialog, nullptr);
    dialog->cardNumber()->clear();
    QTest::keyClicks(dialog->cardNumber(), number);
    dialog->expiry()->setText(QStringLiteral("12/30"));
    dialog->cvc()->setText(QStringLiteral("123"));
    QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
}

void tapKeys(ui::OnScreenKeyboard &keyboard, const QStringList &keys)
{
    for (const QString &key : keys) {
        QPushButton *button = nullptr;
        for (QPushButton *candidate : keyboard.findChildren<QPushButton *>())
            if (candidate->text() == key)
                button = candidate;
        ASSERT_NE(button, nullptr) << "no key " << key.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }
}

} // namespace kiosk::test
