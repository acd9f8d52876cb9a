// The kiosk's accessible mode: a whole booking on the navigation keypad alone (key events,
// never a click), with what the traveller hears checked at every step, in English and in
// German; "asterisk" for a masked field; More time keeps the journey; high contrast and large
// type really change the look, and Start over returns to the standard one. The flite speech
// engine is found and takes a sentence.
#include "AccessibleFixture.h"

#include "accessibility/AccessibleMode.h"
#include "accessibility/ControlSpeech.h"
#include "accessibility/Narrator.h"
#include "booking/BookingSession.h"
#include "screens/ConfirmationScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/InactivityWatcher.h"
#include "widgets/KioskHeader.h"
#include "widgets/SeatMapView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <cstdio>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// What the traveller must hear, in the language of the test.
struct Spoken {
    QString modeOn;      // the first words after the keypad's accessible-mode key
    QString welcome;     // the welcome screen's announcement starts so
    QString step1, step2, step3, step4, step5;
    QString chosen;      // a seat chosen for the first traveller
    QString capitalA;    // "A" typed in a name
    QString asterisk;    // a character typed in the security code
    QString endOfList;
};

const Spoken English{QStringLiteral("Accessible mode on. Up and Down move between the controls"),
                     QStringLiteral("Welcome to the seat booking kiosk"),
                     QStringLiteral("Step 1 of 5: choose your flight."),
                     QStringLiteral("Step 2 of 5: choose 1 seat on flight "),
                     QStringLiteral("Step 3 of 5:"),
                     QStringLiteral("Step 4 of 5: pay."),
                     QStringLiteral("Step 5 of 5: booked and paid. Your booking reference is "),
                     QStringLiteral("chosen for passenger 1"),
                     QStringLiteral("capital A"),
                     QStringLiteral("asterisk"),
                     QStringLiteral("End of the list.")};

const Spoken German{QStringLiteral("Barrierefreier Modus an."),
                    QStringLiteral("Willkommen am Buchungsautomaten"),
                    QStringLiteral("Schritt 1 von 5: Wählen Sie Ihren Flug."),
                    QStringLiteral("Schritt 2 von 5: Wählen Sie 1 Sitzplatz auf Flug "),
                    QStringLiteral("Schritt 3 von 5:"),
                    QStringLiteral("Schritt 4 von 5: Bezahlen."),
                    QStringLiteral("Schritt 5 von 5: Gebucht und bezahlt. Ihre Buchungsreferenz ist "),
                    QStringLiteral("gewählt für Reisende(n) 1"),
                    QStringLiteral("großes A"),
                    QStringLiteral("Sternchen"),
                    QStringLiteral("Ende der Liste.")};

class AccessibleModeTest : public AccessibleFixture {
protected:
    // Letters and digits typed on the keypad's keyboard into the field in focus.
    void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(qobject_cast<QLineEdit *>(focus), nullptr) << "no field in focus to type " << text.toStdString();
        QTest::keyClicks(focus, text);
        QCoreApplication::processEvents();
    }

    // Welcome -> flight -> seat -> names -> card -> confirmation, keys only.
    void bookWithTheKeypad(const Spoken &spoken);
};

void AccessibleModeTest::bookWithTheKeypad(const Spoken &spoken)
{
    qsizetype from = mark();
    press(Qt::Key_F12);
    ASSERT_TRUE(mode->isOn());
    ASSERT_GE(narrator->utterances().size(), from + 3) << saidSince(from).toStdString();
    EXPECT_TRUE(narrator->utterances()[from].startsWith(spoken.modeOn)) << saidSince(from).toStdString();
    EXPECT_TRUE(narrator->utterances()[from + 1].startsWith(spoken.welcome)) << saidSince(from).toStdString();
    QPushButton *start = window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton"));
    ASSERT_EQ(QApplication::focusWidget(), start) << "the screen's first control has the focus";
    EXPECT_EQ(narrator->lastUtterance(), start->accessibleName() + QStringLiteral(", ") + ControlSpeech::tr("button"));

    from = mark();
    press(Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->flightListScreen());
    EXPECT_TRUE(narrator->utterances().value(from).startsWith(spoken.step1)) << saidSince(from).toStdString();
    EXPECT_TRUE(narrator->lastUtterance().contains(flight.designator())) << "the departure in focus: "
                                                                          << saidSince(from).toStdString();
    from = mark();
    press(Qt::Key_Right); // the test database's only departure
    EXPECT_EQ(narrator->utterances().mid(from), QStringList{spoken.endOfList}) << saidSince(from).toStdString();

    from = mark();
    press(Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
    EXPECT_TRUE(narrator->utterances().value(from).startsWith(spoken.step2 + flight.designator()))
        << saidSince(from).toStdString();
    ASSERT_TRUE(window->seatMapScreen()->view()->currentIndex().isValid());
    EXPECT_EQ(narrator->lastUtterance(), ControlSpeech::describeItem(window->seatMapScreen()->view()))
        << "the seat in focus: " << saidSince(from).toStdString();
    const QString firstSeat = narrator->lastUtterance();
    press(Qt::Key_Right); // the next seat of the map
    EXPECT_NE(narrator->lastUtterance(), firstSeat);
    EXPECT_FALSE(narrator->lastUtterance().contains(spoken.chosen)) << narrator->lastUtterance().toStdString();
    from = mark();
    press(Qt::Key_Return);
    EXPECT_TRUE(narrator->lastUtterance().contains(spoken.chosen)) << saidSince(from).toStdString();
    ASSERT_EQ(window->seatMapScreen()->selectedSeats().size(), 1);

    ASSERT_NO_FATAL_FAILURE(downTo(window->seatMapScreen()->continueButton()));
    from = mark();
    press(Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->passengerScreen());
    EXPECT_TRUE(narrator->utterances().value(from).startsWith(spoken.step3)) << saidSince(from).toStdString();
    PassengerScreen *names = window->passengerScreen();
    ASSERT_EQ(QApplication::focusWidget(), names->givenNamesField(0));
    EXPECT_TRUE(narrator->lastUtterance().startsWith(names->givenNamesField(0)->accessibleName()))
        << narrator->lastUtterance().toStdString();
    from = mark();
    ASSERT_NO_FATAL_FAILURE(type(QStringLiteral("Ada")));
    EXPECT_EQ(narrator->utterances().mid(from), (QStringList{spoken.capitalA, QStringLiteral("d"), QStringLiteral("a")}));
    press(Qt::Key_Return); // Enter in a field: on to the next one
    ASSERT_EQ(QApplication::focusWidget(), names->surnameField(0));
    ASSERT_NO_FATAL_FAILURE(type(QStringLiteral("Lovelace")));
    ASSERT_NO_FATAL_FAILURE(downTo(names->continueButton()));
    from = mark();
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->paymentDialog() && window->currentScreen() == window->paymentDialog(); }));
    EXPECT_TRUE(narrator->utterances().value(from).startsWith(spoken.step4)) << saidSince(from).toStdString();

    PaymentDialog *pay = window->paymentDialog();
    EXPECT_EQ(window->size(), QSize(1280, 1024)) << "the larger type fits the kiosk's screen: " << tooWide();
    ASSERT_EQ(QApplication::focusWidget(), pay->cardNumber());
    from = mark();
    ASSERT_NO_FATAL_FAILURE(type(QStringLiteral("4242424242424242")));
    EXPECT_EQ(narrator->utterances().mid(from), QStringList(16, spoken.asterisk)) << "a card number is never spoken";
    press(Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), pay->expiry());
    ASSERT_NO_FATAL_FAILURE(type(QStringLiteral("12/30")));
    EXPECT_EQ(narrator->lastUtterance(), QStringLiteral("0"));
    press(Qt::Key_Return);
    ASSERT_EQ(QApplication::focusWidget(), pay->cvc());
    from = mark();
    ASSERT_NO_FATAL_FAILURE(type(QStringLiteral("123")));
    EXPECT_EQ(narrator->utterances().mid(from), QStringList(3, spoken.asterisk)) << "the masked code says asterisk";
    ASSERT_NO_FATAL_FAILURE(downTo(pay->payButton()));
    EXPECT_EQ(window->size(), QSize(1280, 1024)) << "with the keypads shown too: " << tooWide();
    from = mark();
    press(Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentScreen() == window->confirmationScreen(); }));
    const QString reference = window->session()->reference();
    ASSERT_EQ(reference.size(), 6);
    QStringList letters;
    for (QChar c : reference)
        letters << QString(c);
    EXPECT_TRUE(saidSince(from).contains(spoken.step5 + letters.join(QLatin1Char(' ')))) << saidSince(from).toStdString();
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);
    EXPECT_EQ(window->size(), QSize(1280, 1024)) << tooWide();
}

TEST_P(AccessibleModeTest, AWholeBookingOnTheKeypadSaysEachStep)
{
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(bookWithTheKeypad(English));
}

TEST_P(AccessibleModeTest, AWholeBookingOnTheKeypadSaysEachStepInGerman)
{
    ASSERT_NO_FATAL_FAILURE(speakGerman());
    ASSERT_NO_FATAL_FAILURE(open());
    ASSERT_NO_FATAL_FAILURE(bookWithTheKeypad(German));
}

TEST_P(AccessibleModeTest, MoreTimeKeepsTheJourney)
{
    KioskOptions options = touchKiosk();
    options.idleSeconds = 2;
    options.graceSeconds = 1;
    ASSERT_NO_FATAL_FAILURE(open(options));
    press(Qt::Key_F12);
    press(Qt::Key_Return);
    ASSERT_EQ(window->currentScreen(), window->flightListScreen());
    QSignalSpy idle(window->inactivity(), &InactivityWatcher::idle);
    QSignalSpy timedOut(window->inactivity(), &InactivityWatcher::timedOut);
    ASSERT_TRUE(idle.wait(10000));
    ASSERT_TRUE(QTest::qWaitFor([this] { return window->stillTherePrompt() != nullptr; }));
    EXPECT_TRUE(narrator->utterances().join(QLatin1Char(' ')).contains(QStringLiteral("Are you still there?")));
    EXPECT_TRUE(QTest::qWaitFor([this] { return narrator->lastUtterance() == QStringLiteral("More time, button"); }))
        << narrator->lastUtterance().toStdString();
    auto *moreTime = qobject_cast<QPushButton *>(QApplication::focusWidget());
    ASSERT_NE(moreTime, nullptr) << "More time has the focus";
    EXPECT_EQ(moreTime->text(), QStringLiteral("More time"));
    press(Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([this] { return window->stillTherePrompt() == nullptr; }));
    // The watcher starts again: the next question comes before any reset would have.
    ASSERT_TRUE(idle.wait(10000));
    EXPECT_EQ(timedOut.count(), 0);
    EXPECT_EQ(window->currentScreen(), window->flightListScreen());
    EXPECT_TRUE(mode->isOn());
}

TEST_P(AccessibleModeTest, HighContrastAndLargeTypeUntilStartOver)
{
    ASSERT_NO_FATAL_FAILURE(open());
    auto *title = window->welcomeScreen()->findChild<QLabel *>(QStringLiteral("title"));
    auto *start = window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton"));
    const int standardTitle = title->font().pixelSize();
    const int standardButton = start->font().pixelSize();
    const QColor standardBackground = window->grab().toImage().pixelColor(4, 4);
    EXPECT_NE(standardBackground, QColor(Qt::black));

    QTest::mouseClick(window->welcomeScreen()->accessibleModeButton(), Qt::LeftButton); // the big button
    ASSERT_TRUE(mode->isOn());
    EXPECT_TRUE(window->welcomeScreen()->accessibleModeButton()->isChecked());
    EXPECT_EQ(window->palette().color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(title->palette().color(QPalette::WindowText), QColor(0xff, 0xd4, 0x00));
    EXPECT_GT(title->font().pixelSize(), standardTitle);
    EXPECT_GT(start->font().pixelSize(), standardButton);
    EXPECT_EQ(window->grab().toImage().pixelColor(4, 4), QColor(Qt::black)) << "the frame is painted black";

    ASSERT_NO_FATAL_FAILURE(downTo(start)); // the mode's button keeps the focus it was pressed with
    press(Qt::Key_Return); // start: every screen of the journey keeps the look
    ASSERT_EQ(window->currentScreen(), window->flightListScreen());
    auto *flightsTitle = window->flightListScreen()->findChild<QLabel *>(QStringLiteral("screenTitle"));
    EXPECT_EQ(flightsTitle->palette().color(QPalette::WindowText), QColor(0xff, 0xd4, 0x00));

    window->header()->startOverButton()->setFocus();
    press(Qt::Key_Return); // Start over: the next traveller finds the standard kiosk
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
    EXPECT_FALSE(mode->isOn());
    EXPECT_EQ(narrator->lastUtterance(), QStringLiteral("Accessible mode off."));
    EXPECT_FALSE(window->welcomeScreen()->accessibleModeButton()->isChecked());
    EXPECT_EQ(title->font().pixelSize(), standardTitle);
    EXPECT_EQ(window->grab().toImage().pixelColor(4, 4), standardBackground);
}

TEST_P(AccessibleModeTest, TheKeypadIsOnlyTheKioskWhileTheModeIsOff)
{
    ASSERT_NO_FATAL_FAILURE(open());
    const qsizetype from = mark();
    press(Qt::Key_F1); // Help means nothing to the standard kiosk
    EXPECT_EQ(mark(), from) << saidSince(from).toStdString();
    press(Qt::Key_F12);
    ASSERT_TRUE(mode->isOn());
    const qsizetype help = mark();
    press(Qt::Key_F1);
    EXPECT_TRUE(saidSince(help).startsWith(English.welcome)) << saidSince(help).toStdString();
    EXPECT_TRUE(saidSince(help).contains(QStringLiteral("F1 says where you are"))) << saidSince(help).toStdString();
}

// The keypad's keys come from the terminal's settings; a key Qt cannot read keeps its default.
TEST(KeypadMap, KeysFromTheSettings)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("kiosk.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("keypad/help"), QStringLiteral("F5"));
    settings.setValue(QStringLiteral("keypad/accessible-mode"), QStringLiteral("Ctrl+Alt+A"));
    settings.setValue(QStringLiteral("keypad/up"), QStringLiteral("no such key"));
    const KeypadMap keys = KeypadMap::fromSettings(settings);
    EXPECT_EQ(keys.actionFor(Qt::Key_F5), KeypadMap::Action::Help);
    EXPECT_EQ(keys.actionFor(Qt::Key_F1), KeypadMap::Action::None) << "F1 is no longer Help";
    EXPECT_EQ(keys.actionFor(QKeyCombination(Qt::ControlModifier | Qt::AltModifier, Qt::Key_A).toCombined()), KeypadMap::Action::ToggleMode);
    EXPECT_EQ(keys.actionFor(Qt::Key_Up), KeypadMap::Action::PreviousControl);
    EXPECT_EQ(keys.actionFor(Qt::Key_Enter), KeypadMap::Action::Activate) << "the number block's Enter";
}

// The flite engine is installed (Debian qt6-speech-flite-plugin), chosen, started with its
// voice, and takes a sentence: it speaks it, or, on a machine without any audio output (this
// test's usual place: offscreen, no sound card, no PulseAudio), flite synthesises it and
// QtMultimedia reports "No audio device available": the engine's Playback error, which the
// kiosk lives with. Any other failure (no plugin, no voice, a synthesis error) fails here.
TEST(Narrator, TheFliteEngineIsFoundAndTakesASentence)
{
    Narrator narrator;
    EXPECT_EQ(narrator.engineName(), QString()) << "no engine before anything is said";
    narrator.startEngine();
    ASSERT_EQ(narrator.engineName(), QString::fromLatin1(Narrator::PreferredEngine));
    ASSERT_TRUE(narrator.engineStarted()) << narrator.engineError().toStdString();
    QSignalSpy announced(&narrator, &Narrator::announced);
    narrator.say(QStringLiteral("Step 1 of 5: choose your flight."));
    EXPECT_EQ(announced.count(), 1);
    EXPECT_EQ(narrator.lastUtterance(), QStringLiteral("Step 1 of 5: choose your flight."));
    QTest::qWait(500); // the engine synthesises and hands the sound to the audio output
    EXPECT_TRUE(narrator.engineAccepts() || narrator.playbackFailed()) << narrator.engineError().toStdString();
    std::fprintf(stderr, "flite on this machine: %s\n",
                 narrator.engineAccepts() ? "speaking" : qPrintable(narrator.engineError()));
}

// The engine is the one with a voice for the interface's language, flite first: German goes
// to speech-dispatcher (espeak-ng) when it answers with German voices; with no German voice
// anywhere (speechd not installed, or its daemon not running: no locales) flite reads it.
TEST(Narrator, TheEngineWithAVoiceForTheLanguageIsChosen)
{
    const auto locales = [](const QList<QLocale> &speechd) {
        return [speechd](const QString &engine) {
            return engine == QLatin1String("flite") ? QList<QLocale>{QLocale(QLocale::English, QLocale::UnitedStates)}
                                                    : speechd;
        };
    };
    const QList<QLocale> espeak{QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German, QLocale::Germany)};
    const QStringList both{QStringLiteral("speechd"), QStringLiteral("flite")};
    Narrator::EngineChoice choice = Narrator::chooseEngine(both, QLocale::German, locales(espeak));
    EXPECT_EQ(choice.engine, QStringLiteral("speechd"));
    EXPECT_TRUE(choice.speaksLanguage);
    choice = Narrator::chooseEngine(both, QLocale::English, locales(espeak));
    EXPECT_EQ(choice.engine, QStringLiteral("flite")) << "flite first where it has the voice";
    EXPECT_TRUE(choice.speaksLanguage);
    choice = Narrator::chooseEngine(both, QLocale::German, locales({})); // the daemon does not answer
    EXPECT_EQ(choice.engine, QStringLiteral("flite"));
    EXPECT_FALSE(choice.speaksLanguage);
    choice = Narrator::chooseEngine({QStringLiteral("flite")}, QLocale::German, locales(espeak));
    EXPECT_EQ(choice.engine, QStringLiteral("flite"));
    EXPECT_FALSE(choice.speaksLanguage);
    EXPECT_EQ(Narrator::chooseEngine({}, QLocale::German, locales(espeak)).engine, QString());
}

// What was said is kept for tests and diagnostics, but only the last sentences: a kiosk in
// the accessible mode all day must not grow by every sentence it ever spoke.
TEST(Narrator, TheRecordKeepsOnlyTheLastSentences)
{
    Narrator narrator;
    for (qsizetype i = 0; i < Narrator::RecordLimit + 5; ++i)
        narrator.say(QStringLiteral("sentence %1").arg(i));
    ASSERT_EQ(narrator.utterances().size(), Narrator::RecordLimit);
    EXPECT_EQ(narrator.utterances().first(), QStringLiteral("sentence 5"));
    EXPECT_EQ(narrator.lastUtterance(), QStringLiteral("sentence %1").arg(Narrator::RecordLimit + 4));
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(AccessibleModeTest);
