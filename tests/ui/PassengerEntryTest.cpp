// Passenger names as airlines take them, on the touch kiosk's own widgets (offscreen, no
// database): the keyboard of the interface language (QWERTZ with Ä Ö Ü in German), accented
// letters and Shift typed through key presses into given names and surname, Next traveller
// walking the fields, and an error shown in words, in colour and with its sign.
#include "KioskDriver.h"

#include "screens/PassengerScreen.h"
#include "widgets/ContactFields.h"
#include "widgets/ErrorLabel.h"
#include "widgets/OnScreenKeyboard.h"

#include <QApplication>
#include <QFile>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::ui;
using kiosk::test::tapKeys;

namespace {

const QColor ErrorRed(0xb4, 0x23, 0x18); // kiosk.qss: [role="error"], [invalid="true"]

QList<SeatCode> seats(const QStringList &codes)
{
    QList<SeatCode> list;
    for (const QString &code : codes)
        list << *SeatCode::parse(code);
    return list;
}

class PassengerEntryTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QFile style(QStringLiteral(":/styles/kiosk.qss")); // as app/kiosk/main.cpp styles the kiosk
        ASSERT_TRUE(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    }

    void TearDown() override
    {
        screen.reset();
        qApp->setStyleSheet(QString());
        QLocale::setDefault(QLocale(QLocale::English));
    }

    // The kiosk's passenger screen for `codes`, shown and active (the keys type into the focus).
    void open(const QStringList &codes)
    {
        screen = std::make_unique<PassengerScreen>(true);
        screen->setSeats(seats(codes), QStringLiteral("KX 100"));
        screen->resize(1184, 860);
        screen->show();
        QApplication::setActiveWindow(screen.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(screen.get()));
        ASSERT_NE(screen->keyboard(), nullptr);
    }

    // The key showing `label`, with its row and column on the keyboard's grid.
    static QPushButton *key(OnScreenKeyboard &keyboard, const QString &label, int *row = nullptr, int *column = nullptr)
    {
        for (QPushButton *button : keyboard.findChildren<QPushButton *>()) {
            if (button->text() != label)
                continue;
            auto *grid = static_cast<QGridLayout *>(keyboard.layout());
            int r = 0, c = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(button), &r, &c, &rowSpan, &columnSpan);
            if (row)
                *row = r;
            if (column)
                *column = c;
            return button;
        }
        return nullptr;
    }

    static void tapAccents(OnScreenKeyboard &keyboard)
    {
        auto *accents = keyboard.findChild<QPushButton *>(QStringLiteral("accentsKey"));
        ASSERT_NE(accents, nullptr);
        QTest::mouseClick(accents, Qt::LeftButton);
    }

    std::unique_ptr<PassengerScreen> screen;
};

TEST_F(PassengerEntryTest, TheGermanKeyboardIsQwertzWithUmlautsAndFollowsTheLanguage)
{
    QLocale::setDefault(QLocale(QLocale::English));
    OnScreenKeyboard keyboard;
    int zRow = 0, yRow = 0, zColumn = 0, tColumn = 0;
    ASSERT_NE(key(keyboard, QStringLiteral("Z"), &zRow), nullptr);
    ASSERT_NE(key(keyboard, QStringLiteral("Y"), &yRow), nullptr);
    EXPECT_LT(yRow, zRow) << "QWERTY has Y in the top row";
    EXPECT_FALSE(keyboard.isQwertz());
    EXPECT_EQ(key(keyboard, QStringLiteral("Ä")), nullptr);

    // The traveller picks German: Qt tells every widget (LanguageChange); the keys follow.
    QLocale::setDefault(QLocale(QLocale::German));
    QEvent changed(QEvent::LanguageChange);
    QApplication::sendEvent(&keyboard, &changed);
    EXPECT_TRUE(keyboard.isQwertz());
    ASSERT_NE(key(keyboard, QStringLiteral("Z"), &zRow, &zColumn), nullptr);
    ASSERT_NE(key(keyboard, QStringLiteral("T"), nullptr, &tColumn), nullptr);
    ASSERT_NE(key(keyboard, QStringLiteral("Y"), &yRow), nullptr);
    EXPECT_LT(zRow, yRow) << "QWERTZ has Z in the top row";
    EXPECT_EQ(zColumn, tColumn + 1) << "Z follows T as on a German keyboard";
    for (const QString &umlaut : {QStringLiteral("Ä"), QStringLiteral("Ö"), QStringLiteral("Ü")})
        EXPECT_NE(key(keyboard, umlaut), nullptr) << umlaut.toStdString();
    for (QPushButton *button : keyboard.findChildren<QPushButton *>()) {
        EXPECT_GE(button->minimumHeight(), 48) << button->text().toStdString();
        EXPECT_GE(button->minimumWidth(), 48) << button->text().toStdString();
        EXPECT_FALSE(button->accessibleName().isEmpty()) << button->text().toStdString();
        EXPECT_TRUE(button->toolTip().isEmpty()) << "a key explained only in a tooltip";
    }
}

TEST_F(PassengerEntryTest, AccentedNamesAreTypedThroughTheKeysAndBooked)
{
    QLocale::setDefault(QLocale(QLocale::German));
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("12A")}));
    OnScreenKeyboard &keyboard = *screen->keyboard();
    QLineEdit *given = screen->givenNamesField(0);
    ASSERT_TRUE(given->hasFocus());
    // A capital starts each word by itself; ç is on the accented keys.
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("F"), QStringLiteral("r"), QStringLiteral("a"),
                                               QStringLiteral("n")}));
    ASSERT_NO_FATAL_FAILURE(tapAccents(keyboard));
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("ç")}));
    ASSERT_NO_FATAL_FAILURE(tapAccents(keyboard));
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("o"), QStringLiteral("i"), QStringLiteral("s")}));
    EXPECT_EQ(given->text(), QString::fromUtf8("François"));
    EXPECT_TRUE(given->hasFocus()); // the keys never take the focus from the field

    // The German keys have Ü; Shift makes the capital after an apostrophe.
    screen->surnameField(0)->setFocus();
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("O"), QStringLiteral("'"), QStringLiteral("Shift"),
                                               QStringLiteral("B"), QStringLiteral("r"), QStringLiteral("i"),
                                               QStringLiteral("e"), QStringLiteral("n"), QStringLiteral("-"),
                                               QStringLiteral("M"), QStringLiteral("ü"), QStringLiteral("l"),
                                               QStringLiteral("l"), QStringLiteral("e"), QStringLiteral("r")}));
    EXPECT_EQ(screen->surnameField(0)->text(), QString::fromUtf8("O'Brien-Müller"));
    EXPECT_TRUE(screen->errorLabel(0)->text().isEmpty()) << screen->errorLabel(0)->text().toStdString();

    QSignalSpy booked(screen.get(), &PassengerScreen::continueRequested);
    QTest::mouseClick(screen->continueButton(), Qt::LeftButton);
    ASSERT_EQ(booked.size(), 1);
    EXPECT_EQ(booked.first().first().toStringList(), QStringList{QString::fromUtf8("François O'Brien-Müller")});
}

TEST_F(PassengerEntryTest, CapsLockTypesCapitalsUntilReleased)
{
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("3C")}));
    OnScreenKeyboard &keyboard = *screen->keyboard();
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("Caps lock")}));
    ASSERT_NO_FATAL_FAILURE(tapAccents(keyboard));
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("Ø")}));
    ASSERT_NO_FATAL_FAILURE(tapAccents(keyboard));
    ASSERT_NO_FATAL_FAILURE(tapKeys(keyboard, {QStringLiteral("Y"), QStringLiteral("S"), QStringLiteral("Caps lock"),
                                               QStringLiteral("t"), QStringLiteral("e"), QStringLiteral("i"),
                                               QStringLiteral("n")}));
    EXPECT_EQ(screen->givenNamesField(0)->text(), QString::fromUtf8("ØYStein"));
}

TEST_F(PassengerEntryTest, NextTravellerWalksToEachTravellersFirstEmptyFieldThenToContinue)
{
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("1A"), QStringLiteral("1B"), QStringLiteral("1C")}));
    OnScreenKeyboard &keyboard = *screen->keyboard();
    screen->givenNamesField(1)->setText(QStringLiteral("Ada")); // the second's given names already typed
    screen->givenNamesField(0)->setFocus();
    ASSERT_NE(keyboard.nextKey(), nullptr);
    EXPECT_EQ(keyboard.nextKey()->text(), QStringLiteral("Next traveller"));
    QTest::mouseClick(keyboard.nextKey(), Qt::LeftButton);
    EXPECT_TRUE(screen->surnameField(1)->hasFocus()) << "not the second traveller's empty surname";
    QTest::mouseClick(keyboard.nextKey(), Qt::LeftButton);
    EXPECT_TRUE(screen->givenNamesField(2)->hasFocus());
    EXPECT_EQ(keyboard.nextKey()->text(), QStringLiteral("Done")) << "the last traveller's key";
    QTest::mouseClick(keyboard.nextKey(), Qt::LeftButton);
    EXPECT_TRUE(screen->continueButton()->hasFocus());
}

// A traveller alone types the given names and taps Done: the empty surname comes next, not
// Continue; Done on the surname (even empty) goes on to Continue.
TEST_F(PassengerEntryTest, DoneGoesToAnEmptySurnameBeforeContinue)
{
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("4C")}));
    OnScreenKeyboard &keyboard = *screen->keyboard();
    screen->givenNamesField(0)->setFocus();
    QTest::keyClicks(screen->givenNamesField(0), QStringLiteral("Ada"));
    ASSERT_NE(keyboard.nextKey(), nullptr);
    EXPECT_EQ(keyboard.nextKey()->text(), QStringLiteral("Done"));
    QTest::mouseClick(keyboard.nextKey(), Qt::LeftButton);
    EXPECT_TRUE(screen->surnameField(0)->hasFocus()) << "Done jumped past the empty surname";
    QTest::mouseClick(keyboard.nextKey(), Qt::LeftButton);
    EXPECT_TRUE(screen->continueButton()->hasFocus());
}

// The e-mail keys have a row more than the letters: tapped at the bottom of a short form,
// the e-mail field moves up into view above them.
TEST_F(PassengerEntryTest, TheEmailFieldComesIntoViewAboveItsTallerKeys)
{
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("1A"), QStringLiteral("1B")}));
    screen->resize(1184, 700);
    QApplication::processEvents(); // the form laid out, as on screen
    QLineEdit *email = screen->contactFields()->emailField();
    QWidget *viewport = screen->scrollArea()->viewport();
    email->setFocus(Qt::MouseFocusReason); // as a tap gives it (no window manager places this test's window)
    ASSERT_EQ(screen->keyboard()->keys(), OnScreenKeyboard::Layout::Email);
    const QRect field(email->mapTo(viewport, QPoint(0, 0)), email->size());
    EXPECT_TRUE(viewport->rect().contains(field)) << "the e-mail field is hidden under the keys";
}

TEST_F(PassengerEntryTest, AnErrorIsSaidInWordsWithItsSignUnderTheField)
{
    ASSERT_NO_FATAL_FAILURE(open({QStringLiteral("7D")}));
    QTest::keyClicks(screen->givenNamesField(0), QStringLiteral("R2"));
    auto *error = qobject_cast<ErrorLabel *>(screen->errorLabel(0));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->text().contains(QStringLiteral("'2'"))) << error->text().toStdString();
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->showsSign());
    EXPECT_EQ(screen->givenNamesField(0)->accessibleDescription(), error->text());
    // The sign is painted in the error's red left of the words.
    const QImage image = error->grab().toImage();
    const int signRoom = error->contentsMargins().left();
    ASSERT_GT(signRoom, 0);
    bool redSign = false;
    for (int y = 0; y < image.height() && !redSign; ++y) {
        for (int x = 0; x < signRoom && !redSign; ++x)
            redSign = image.pixelColor(x, y) == ErrorRed;
    }
    EXPECT_TRUE(redSign) << "no error sign beside the words";
    EXPECT_EQ(screen->givenNamesField(0)->property("invalid"), QVariant(true));
    EXPECT_EQ(screen->surnameField(0)->property("invalid"), QVariant(false)) << "the empty surname is not wrong yet";

    // Continue names what is missing, under the fields; the corrected name clears it all.
    QTest::mouseClick(screen->continueButton(), Qt::LeftButton);
    EXPECT_TRUE(error->text().contains(QStringLiteral("surname"))) << error->text().toStdString();
    EXPECT_EQ(screen->surnameField(0)->property("invalid"), QVariant(true));
    screen->givenNamesField(0)->clear();
    QTest::keyClicks(screen->givenNamesField(0), QStringLiteral("Ada"));
    QTest::keyClicks(screen->surnameField(0), QStringLiteral("Lovelace"));
    EXPECT_TRUE(error->text().isEmpty()) << error->text().toStdString();
    EXPECT_FALSE(error->showsSign());
}

} // namespace
