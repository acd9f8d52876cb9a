// The traveller's optional e-mail and phone on the counter kiosk's passenger screen, typed on
// its on-screen keyboard, on SQLite and PostgreSQL: a valid contact reaches the booking, a
// malformed one is explained under its field and holds nothing, none at all is fine.
#include "PassengerNames.h"
#include "KioskDriver.h"
#include "KioskFixture.h"
#include "TestFlights.h"

#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "widgets/ContactFields.h"
#include "widgets/OnScreenKeyboard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class ContactEntryTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        openKiosk(); // the touch form, with the on-screen keyboard
    }

    PassengerScreen *passengers() const { return window->passengerScreen(); }
    ContactFields *contact() const { return passengers()->contactFields(); }

    // Up to the passenger screen with one seat and its name typed.
    void toPassengers(const QString &seat, const QString &name)
    {
        ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {seat}));
        QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
        ASSERT_EQ(window->currentScreen(), passengers());
        typeName(*passengers(), 0, name);
    }

    // Taps the keys labelled `keys` on the on-screen keyboard, one after the other.
    void tap(const QStringList &keys)
    {
        OnScreenKeyboard *keyboard = passengers()->keyboard();
        ASSERT_NE(keyboard, nullptr);
        tapKeys(*keyboard, keys);
    }

    // Focuses a field as a finger does, by touching it.
    static void touch(QLineEdit *field) { QTest::mouseClick(field, Qt::LeftButton); }
};

TEST_P(ContactEntryTest, AContactTypedOnTheKeyboardReachesTheBooking)
{
    ASSERT_NO_FATAL_FAILURE(toPassengers(QStringLiteral("3A"), QStringLiteral("Ada Lovelace")));
    EXPECT_EQ(passengers()->keyboard()->keys(), OnScreenKeyboard::Layout::Letters);
    touch(contact()->emailField());
    EXPECT_EQ(passengers()->keyboard()->keys(), OnScreenKeyboard::Layout::Email);
    ASSERT_NO_FATAL_FAILURE(tap({QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("."),
                                 QStringLiteral("l"), QStringLiteral("1"), QStringLiteral("@"), QStringLiteral("e"),
                                 QStringLiteral("x"), QStringLiteral(".com")}));
    EXPECT_EQ(contact()->emailField()->text(), QStringLiteral("ada.l1@ex.com"));
    EXPECT_TRUE(contact()->emailField()->hasFocus()); // the keys never take focus
    touch(contact()->phoneField());
    EXPECT_EQ(passengers()->keyboard()->keys(), OnScreenKeyboard::Layout::Phone);
    EXPECT_TRUE(contact()->emailError()->text().isEmpty()) << contact()->emailError()->text().toStdString();
    ASSERT_NO_FATAL_FAILURE(tap({QStringLiteral("+"), QStringLiteral("4"), QStringLiteral("9"), QStringLiteral("3"),
                                 QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
    touch(passengers()->givenNamesField(0));
    EXPECT_EQ(passengers()->keyboard()->keys(), OnScreenKeyboard::Layout::Letters);

    QTest::mouseClick(passengers()->continueButton(), Qt::LeftButton);
    PaymentDialog *payment = window->paymentDialog();
    ASSERT_NE(payment, nullptr);
    auto stored = service->contact(payment->booking().reference);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->email, QStringLiteral("ada.l1@ex.com"));
    EXPECT_EQ(stored->phone, QStringLiteral("+4930123456"));
}

TEST_P(ContactEntryTest, AMalformedEmailIsExplainedUnderItsFieldAndHoldsNothing)
{
    ASSERT_NO_FATAL_FAILURE(toPassengers(QStringLiteral("4A"), QStringLiteral("Alan Turing")));
    QTest::keyClicks(contact()->emailField(), QStringLiteral("alan at example.com"));
    EXPECT_TRUE(contact()->emailError()->text().isEmpty()); // not while still typing
    QTest::mouseClick(passengers()->continueButton(), Qt::LeftButton);

    EXPECT_EQ(window->currentScreen(), passengers());
    EXPECT_EQ(window->paymentDialog(), nullptr);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr); // no message box on the kiosk
    EXPECT_TRUE(contact()->emailError()->isVisible());
    EXPECT_TRUE(contact()->emailError()->text().contains(QStringLiteral("is not an e-mail address")))
        << contact()->emailError()->text().toStdString();
    EXPECT_TRUE(contact()->emailField()->property("invalid").toBool());
    EXPECT_EQ(contact()->emailField()->accessibleDescription(), contact()->emailError()->text());
    EXPECT_TRUE(contact()->phoneError()->text().isEmpty());
    EXPECT_FALSE(service->nextHoldDeadline()->has_value()); // nothing held

    // Corrected, the error goes as it is typed, and the seats are held with the address.
    contact()->emailField()->clear();
    QTest::keyClicks(contact()->emailField(), QStringLiteral("Alan@Example.COM"));
    EXPECT_TRUE(contact()->emailError()->text().isEmpty());
    EXPECT_FALSE(contact()->emailField()->property("invalid").toBool());
    QTest::mouseClick(passengers()->continueButton(), Qt::LeftButton);
    ASSERT_NE(window->paymentDialog(), nullptr);
    auto stored = service->contact(window->paymentDialog()->booking().reference);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->email, QStringLiteral("Alan@example.com")); // the domain as mail servers compare it
}

TEST_P(ContactEntryTest, APhoneWithoutCountryCodeIsExplainedAndHoldsNothing)
{
    ASSERT_NO_FATAL_FAILURE(toPassengers(QStringLiteral("4B"), QStringLiteral("Grace Hopper")));
    QTest::keyClicks(contact()->phoneField(), QStringLiteral("030 1234567"));
    QTest::keyClick(contact()->phoneField(), Qt::Key_Return); // Return continues, as on the names
    EXPECT_EQ(window->paymentDialog(), nullptr);
    EXPECT_TRUE(contact()->phoneError()->text().contains(QStringLiteral("country code")))
        << contact()->phoneError()->text().toStdString();
    EXPECT_TRUE(contact()->phoneField()->property("invalid").toBool());
    EXPECT_FALSE(service->nextHoldDeadline()->has_value());
}

TEST_P(ContactEntryTest, NoContactIsFine)
{
    ASSERT_NO_FATAL_FAILURE(toPassengers(QStringLiteral("5A"), QStringLiteral("Hedy Lamarr")));
    QTest::keyClicks(contact()->emailField(), QStringLiteral("   ")); // blanks are no address
    QTest::mouseClick(passengers()->continueButton(), Qt::LeftButton);
    ASSERT_NE(window->paymentDialog(), nullptr);
    EXPECT_TRUE(contact()->emailError()->text().isEmpty());
    auto stored = service->contact(window->paymentDialog()->booking().reference);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->isEmpty());
}

TEST_P(ContactEntryTest, TheNextTravellerDoesNotSeeThePreviousContact)
{
    ASSERT_NO_FATAL_FAILURE(toPassengers(QStringLiteral("6A"), QStringLiteral("Ada Lovelace")));
    QTest::keyClicks(contact()->emailField(), QStringLiteral("ada@example.com"));
    QTest::mouseClick(passengers()->continueButton(), Qt::LeftButton);
    ASSERT_NE(window->paymentDialog(), nullptr);
    QTest::mouseClick(window->paymentDialog()->cancelButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 2000));
    if (!window->seatMapScreen()->continueButton()->isEnabled()) { // the released seat may need choosing again
        ASSERT_NO_FATAL_FAILURE(clickSeat(*window, QStringLiteral("6B")));
    }
    QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), passengers());
    EXPECT_TRUE(contact()->emailField()->text().isEmpty());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(ContactEntryTest);
