// A voucher on the counter kiosk's payment dialog, typed on its on-screen keyboard, on
// SQLite and PostgreSQL: the discounted price is shown before paying and is what is charged;
// a voucher that cannot be used says why and charges nothing; the traveller can pay without.
#include "Euros.h"
#include "PassengerNames.h"
#include "KioskDriver.h"
#include "KioskFixture.h"
#include "TestFlights.h"

#include "booking/VoucherAdministration.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/VoucherField.h"
#include "widgets/OnScreenKeyboard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>


#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class VoucherPaymentTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        VoucherTerms terms;
        terms.percent = 10;
        ASSERT_TRUE(VoucherAdministration(*db, Actor{QStringLiteral("desk"), QStringLiteral("sue"), Role::Supervisor})
                        .create(QStringLiteral("SAVE10"), terms)
                        .ok());
        ASSERT_NO_FATAL_FAILURE(openKiosk()); // the touch form, with the on-screen keyboard
        ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("4C")}));
        QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
        typeName(*window->passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
        QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
        dialog = window->paymentDialog();
        ASSERT_NE(dialog, nullptr);
    }

    // Touches the voucher field and taps the code on the keyboard, then Apply.
    void typeVoucher(const QStringList &keys)
    {
        // The modal dialog is the active window on a kiosk; offscreen it must be made one.
        dialog->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        tap(dialog->voucher()->codeField());
        ASSERT_NE(dialog->keyboard(), nullptr);
        ASSERT_TRUE(dialog->voucher()->codeField()->hasFocus());
        EXPECT_EQ(dialog->keyboard()->keys(), OnScreenKeyboard::Layout::LettersAndDigits);
        ASSERT_NO_FATAL_FAILURE(tapKeys(*dialog->keyboard(), keys));
        QTest::mouseClick(dialog->voucher()->applyButton(), Qt::LeftButton);
    }

    // A finger on the screen: the press goes to the window, which gives the field focus.
    static void tap(QWidget *widget)
    {
        const QPoint at = widget->mapTo(widget->window(), widget->rect().center());
        QTest::mouseClick(widget->window()->windowHandle(), Qt::LeftButton, {}, at);
    }

    PaymentDialog *dialog = nullptr;
};

TEST_P(VoucherPaymentTest, TheDiscountedPriceIsShownBeforePayingAndIsWhatIsCharged)
{
    EXPECT_EQ(dialog->payButton()->text(), QStringLiteral("Pay %1").arg(eur(4900)));
    ASSERT_NO_FATAL_FAILURE(typeVoucher({QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("V"), QStringLiteral("E"),
                                         QStringLiteral("-"), QStringLiteral("1"), QStringLiteral("0")}));
    EXPECT_EQ(dialog->voucher()->codeField()->text(), QStringLiteral("SAVE-10"));
    EXPECT_EQ(dialog->voucher()->result()->text(),
              QStringLiteral("Voucher S…0 takes %1 off: you pay %2 instead of %3.").arg(eur(490), eur(4410), eur(4900)));
    EXPECT_EQ(dialog->payButton()->text(), QStringLiteral("Pay %1").arg(eur(4410)));
    // Back to the card: the digits come back.
    tap(dialog->cardNumber());
    EXPECT_EQ(dialog->keyboard()->keys(), OnScreenKeyboard::Layout::Digits);

    const QString reference = dialog->booking().reference;
    ASSERT_NO_FATAL_FAILURE(payWithCard(dialog, QStringLiteral("4242424242424242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return service->find(reference)->state == BookingState::Confirmed; }, 10000));
    EXPECT_EQ(service->find(reference)->captured.minorUnits(), 4410);
}

TEST_P(VoucherPaymentTest, AnUnknownCodeIsExplainedAndThePriceStaysUntilItIsRemoved)
{
    ASSERT_NO_FATAL_FAILURE(typeVoucher({QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("V"), QStringLiteral("E"),
                                         QStringLiteral("9"), QStringLiteral("9")}));
    EXPECT_TRUE(dialog->voucher()->result()->text().contains(QStringLiteral("not recognised")))
        << dialog->voucher()->result()->text().toStdString();
    EXPECT_EQ(dialog->payButton()->text(), QStringLiteral("Pay %1").arg(eur(4900)));
    const QString reference = dialog->booking().reference;
    // Pay with the refused code still typed: it is checked again and nothing is charged.
    ASSERT_NO_FATAL_FAILURE(payWithCard(dialog, QStringLiteral("4242424242424242")));
    EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);
    // Without the voucher the booking is paid in full.
    dialog->voucher()->codeField()->clear();
    ASSERT_NO_FATAL_FAILURE(payWithCard(dialog, QStringLiteral("4242424242424242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return service->find(reference)->state == BookingState::Confirmed; }, 10000));
    EXPECT_EQ(service->find(reference)->captured.minorUnits(), 4900);
}

KIOSK_ON_BOTH_BACKENDS(VoucherPaymentTest);

} // namespace
