// The accessible mode's typing without letter keys (a CUSS keypad has none): in a field,
// Left and Right walk the on-screen keyboard's keys (a visible cursor, each key said), Enter
// types the key (the character said as it lands), Help says the field with what it holds.
// A traveller's names and the card are typed so, and the booking is made; in English on the
// QWERTY keys and in German on the QWERTZ keys with their umlauts. Only keypad keys are sent.
#include "AccessibleFixture.h"

#include "accessibility/AccessibleMode.h"
#include "accessibility/ControlSpeech.h"
#include "accessibility/Narrator.h"
#include "booking/BookingSession.h"
#include "screens/ConfirmationScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
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

// What the traveller hears, in the language of the test.
struct Words {
    QString capital;    // "capital " before a capital letter
    QString masked;     // a character typed into the card's fields
    QString deleted;    // Delete typed
    QString deleteKey;  // the cursor on Delete
    QString typingHint; // the passenger screen's announcement tells how to type
    QString onTheKey;   // Help tells the key in hand
    QString slash;      // the expiry date's '/'
};

const Words English{QStringLiteral("capital "), QStringLiteral("asterisk"), QStringLiteral("deleted"),
                    QStringLiteral("Delete"), QStringLiteral("choose a key of the keyboard on the screen"),
                    QStringLiteral("On the key "), QStringLiteral("slash")};
const Words German{QStringLiteral("großes "), QStringLiteral("Sternchen"), QStringLiteral("gelöscht"),
                   QStringLiteral("Löschen"), QStringLiteral("wählen eine Taste der Tastatur auf dem Bildschirm"),
                   QStringLiteral("Auf der Taste "), QStringLiteral("Schrägstrich")};

class KeypadTypingTest : public AccessibleFixture {
protected:
    // The accessible mode on, a flight and a seat chosen: the passenger screen, keys only.
    void reachTheNames()
    {
        press(Qt::Key_F12);
        ASSERT_TRUE(mode->isOn());
        press(Qt::Key_Return); // Start booking
        press(Qt::Key_Right);  // the only departure
        press(Qt::Key_Return);
        ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
        press(Qt::Key_Right);
        press(Qt::Key_Return); // a free seat
        ASSERT_EQ(window->seatMapScreen()->selectedSeats().size(), 1);
        ASSERT_NO_FATAL_FAILURE(downTo(window->seatMapScreen()->continueButton()));
        press(Qt::Key_Return);
        ASSERT_EQ(window->currentScreen(), window->passengerScreen());
    }

    // Right until the keypad's cursor is on the key said `key`, then Enter; the cursor is seen
    // on that key, and what Enter made the kiosk say is `echo`.
    void typeKey(const QString &key, const QString &echo)
    {
        for (int presses = 0; presses < 60 && narrator->lastUtterance() != key; ++presses)
            press(Qt::Key_Right);
        ASSERT_EQ(narrator->lastUtterance(), key) << "the cursor never reached " << key.toStdString();
        QPushButton *onKey = mode->keyboardCursorKey();
        ASSERT_NE(onKey, nullptr);
        EXPECT_TRUE(onKey->property("keypadCursor").toBool()) << "the cursor is drawn on its key";
        const qsizetype from = mark();
        press(Qt::Key_Return);
        EXPECT_EQ(saidSince(from), echo);
    }

    // A name on the letter keys: each letter said on its key and as typed, a capital so.
    void typeName(const Words &words, const QString &name)
    {
        auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        ASSERT_NE(field, nullptr);
        for (QChar letter : name) {
            const QString said = letter.isUpper() ? words.capital + letter : QString(letter);
            ASSERT_NO_FATAL_FAILURE(typeKey(said, said));
        }
        EXPECT_EQ(field->text(), name);
    }

    void typeDigits(const Words &words, const QString &digits)
    {
        for (QChar digit : digits)
            ASSERT_NO_FATAL_FAILURE(typeKey(QString(digit), words.masked));
    }

    // The names, then the card, on the keypad's keys; the booking is made with the names.
    void bookTypingOnTheKeys(const Words &words, const QString &givenNames, const QString &surname);
};

void KeypadTypingTest::bookTypingOnTheKeys(const Words &words, const QString &givenNames, const QString &surname)
{
    const qsizetype arrival = mark();
    ASSERT_NO_FATAL_FAILURE(reachTheNames());
    EXPECT_TRUE(saidSince(arrival).contains(words.typingHint)) << saidSince(arrival).toStdString();
    PassengerScreen *names = window->passengerScreen();
    ASSERT_EQ(QApplication::focusWidget(), names->givenNamesField(0));
    EXPECT_EQ(mode->keyboardCursorKey(), nullptr) << "no cursor before the keys are used";

    ASSERT_NO_FATAL_FAILURE(typeName(words, givenNames));
    const qsizetype help = mark();
    press(Qt::Key_F1);
    const QString fieldSaid = names->givenNamesField(0)->accessibleName() + QStringLiteral(", ")
                              + ControlSpeech::tr("edit text") + QStringLiteral(", ") + givenNames;
    EXPECT_EQ(narrator->utterances().value(help), fieldSaid) << saidSince(help).toStdString();
    EXPECT_TRUE(saidSince(help).contains(words.onTheKey + givenNames.back())) << saidSince(help).toStdString();

    press(Qt::Key_Down); // Down is still the next field while the cursor is on the keys
    ASSERT_EQ(QApplication::focusWidget(), names->surnameField(0));
    ASSERT_NO_FATAL_FAILURE(typeName(words, surname + surname.back()));
    ASSERT_NO_FATAL_FAILURE(typeKey(words.deleteKey, words.deleted)); // one letter too many
    EXPECT_EQ(names->surnameField(0)->text(), surname);

    ASSERT_NO_FATAL_FAILURE(downTo(names->continueButton()));
    EXPECT_EQ(mode->keyboardCursorKey(), nullptr) << "off the fields, Enter is the button's";
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->paymentDialog() && window->currentScreen() == window->paymentDialog(); }));
    PaymentDialog *pay = window->paymentDialog();
    ASSERT_EQ(QApplication::focusWidget(), pay->cardNumber());
    ASSERT_NO_FATAL_FAILURE(typeDigits(words, QStringLiteral("4242424242424242")));
    press(Qt::Key_Down);
    ASSERT_EQ(QApplication::focusWidget(), pay->expiry());
    for (QChar c : QStringLiteral("12/30")) {
        const QString said = c == QLatin1Char('/') ? words.slash : QString(c);
        ASSERT_NO_FATAL_FAILURE(typeKey(said, said));
    }
    press(Qt::Key_Down);
    ASSERT_EQ(QApplication::focusWidget(), pay->cvc());
    ASSERT_NO_FATAL_FAILURE(typeDigits(words, QStringLiteral("123")));
    ASSERT_NO_FATAL_FAILURE(downTo(pay->payButton()));
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentScreen() == window->confirmationScreen(); }))
        << pay->message()->text().toStdString();
    const auto booking = service->find(window->session()->reference());
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Confirmed);
    ASSERT_EQ(booking->passengers.size(), 1);
    EXPECT_EQ(booking->passengers.first().name, givenNames + QLatin1Char(' ') + surname);
}

TEST_P(KeypadTypingTest, NamesAndCardTypedOnTheQwertyKeys)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(bookTypingOnTheKeys(English, QStringLiteral("Ada"), QStringLiteral("Lovelace")));
    EXPECT_FALSE(window->passengerScreen()->keyboard()->isQwertz());
}

TEST_P(KeypadTypingTest, NamesAndCardTypedOnTheGermanQwertzKeys)
{
    ASSERT_NO_FATAL_FAILURE(speakGerman());
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(bookTypingOnTheKeys(German, QStringLiteral("Jörg"), QStringLiteral("Müller")));
    EXPECT_TRUE(window->passengerScreen()->keyboard()->isQwertz());
}

// Shift, Space and the end of the keys: a key that types nothing says its new state, the
// cursor goes round from the first key to the last; a physical keyboard still types and
// Enter still leaves a field while the cursor is not on the keys.
TEST_P(KeypadTypingTest, ControlKeysSayTheirStateAndPhysicalKeysStillType)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(reachTheNames());
    PassengerScreen *names = window->passengerScreen();
    QTest::keyClicks(names->givenNamesField(0), QStringLiteral("Ada")); // the keyboard of a desk
    EXPECT_EQ(names->givenNamesField(0)->text(), QStringLiteral("Ada"));
    press(Qt::Key_Left); // from no key, Left lands on the last key
    EXPECT_EQ(narrator->lastUtterance(), QStringLiteral("Done"));
    EXPECT_EQ(mode->keyboardCursorKey(), names->keyboard()->nextKey());
    press(Qt::Key_Right); // and round to the first
    EXPECT_EQ(narrator->lastUtterance(), QStringLiteral("q"));
    ASSERT_NO_FATAL_FAILURE(typeKey(QStringLiteral("Space"), QStringLiteral("space")));
    EXPECT_EQ(names->givenNamesField(0)->text(), QStringLiteral("Ada "));
    ASSERT_NO_FATAL_FAILURE(typeKey(QStringLiteral("capital B"), QStringLiteral("capital B"))); // a new word
    ASSERT_NO_FATAL_FAILURE(typeKey(QStringLiteral("Shift, off"), QStringLiteral("Shift, on")));
    ASSERT_NO_FATAL_FAILURE(typeKey(QStringLiteral("capital C"), QStringLiteral("capital C")));
    EXPECT_EQ(names->givenNamesField(0)->text(), QStringLiteral("Ada BC"));
    press(Qt::Key_Up);
    press(Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), names->givenNamesField(0));
    EXPECT_EQ(mode->keyboardCursorKey(), nullptr) << "the cursor left with the focus";
    press(Qt::Key_Return); // no cursor on the keys: Enter is done with the field
    EXPECT_EQ(QApplication::focusWidget(), names->surnameField(0));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(KeypadTypingTest);
