#include "KioskDriver.h"
#include "SqlProbe.h"
#include "KioskFixture.h"
#include "TestFlights.h"

#include "booking/BookingSession.h"
#include "models/FlightListModel.h"
#include "models/SeatMapModel.h"
#include "screens/ConfirmationScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/CountdownLabel.h"
#include "widgets/SeatCard.h"
#include "widgets/SeatMapView.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

class JourneyTest : public KioskFixture {
protected:
    void open(int holdSeconds = TerminalSettings::HoldSeconds.fallback,
              int idleSeconds = TerminalSettings::KioskIdleSeconds.fallback,
              KioskOptions::Mode mode = KioskOptions::Mode::Demo)
    {
        startService(holdSeconds);
        KioskOptions options;
        options.mode = mode;
        options.idleSeconds = idleSeconds;
        options.graceSeconds = 1;
        openKiosk(options, {1280, 900});
    }

    void clickSeat(const QString &code) { kiosk::test::clickSeat(*window, code); }
    void chooseSeats(const QStringList &seats) { kiosk::test::chooseSeats(*window, seats); }
    void enterNames(const QStringList &names) { kiosk::test::enterNames(*window, names); }

    void pay(const QString &number) { payWithCard(*window, number); }

    // Another kiosk terminal, on its own connection, holds `seat` on the test's flight.
    void holdOnAnotherTerminal(const QString &seat)
    {
        auto otherDb = connectAgain();
        MockPaymentGateway otherGateway;
        BookingService other(*otherDb, otherGateway, Actor{QStringLiteral("terminal-2"), QStringLiteral("kiosk")});
        ASSERT_TRUE(other.hold(holdOf(flight.id, {seat})).ok());
    }
};

TEST_P(JourneyTest, DeclinedThenApprovedPaymentEndsWithAConfirmation)
{
    open();
    chooseSeats({QStringLiteral("3A"), QStringLiteral("3B")});
    enterNames({QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")});
    PaymentDialog *dialog = window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->countdown()->text().isEmpty());
    const QString reference = dialog->booking().reference;

    pay(QStringLiteral("4000 0000 0000 0002"));
    ASSERT_TRUE(window->paymentDialog());
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("declined")));
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("not been charged")));
    EXPECT_EQ(service->find(reference)->state, BookingState::SeatHeld);
    // The hold was extended once by the kiosk's 5 minutes, and the countdown shows it.
    EXPECT_TRUE(dialog->message()->text().contains(QStringLiteral("5 more minute"))) << dialog->message()->text().toStdString();
    EXPECT_GT(dialog->countdown()->remainingMs(), 850 * 1000);
    EXPECT_EQ(dialog->booking().holdDeadlineUtc.toSecsSinceEpoch(), service->find(reference)->holdDeadlineUtc.toSecsSinceEpoch());

    pay(QStringLiteral("4242 4242 4242 4242"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 5000));
    EXPECT_EQ(window->confirmationScreen()->referenceText(), reference);
    auto booking = service->find(reference);
    EXPECT_EQ(booking->state, BookingState::Confirmed);
    EXPECT_EQ(booking->passengers.first().name, QStringLiteral("Ada Lovelace"));

    QTest::mouseClick(window->confirmationScreen()->findChild<QPushButton *>(QStringLiteral("doneButton")), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
}

// Two unpaid holds left on this kiosk terminal (its limit): the traveller is told on the
// passenger screen when to try again, nothing more is held, no modal box blocks the kiosk.
TEST_P(JourneyTest, AKioskAtItsHoldLimitSaysSoOnThePassengerScreen)
{
    open();
    BookingService sameTerminal(*db, gateway, Actor{Terminal, QStringLiteral("kiosk")});
    for (const QString &seat : {QStringLiteral("9A"), QStringLiteral("9B")}) {
        HoldRequest earlier;
        earlier.flight = FlightRef::byId(flight.id);
        earlier.seats = {*SeatCode::parse(seat)};
        ASSERT_TRUE(sameTerminal.hold(earlier).ok());
    }
    chooseSeats({QStringLiteral("6A")});
    enterNames({QStringLiteral("Ada Lovelace")});
    EXPECT_EQ(window->currentScreen(), window->passengerScreen());
    EXPECT_EQ(window->paymentDialog(), nullptr);
    QLabel *problem = window->passengerScreen()->problem();
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("This kiosk already has 2 unpaid booking(s) waiting")))
        << problem->text().toStdString();
    EXPECT_TRUE(problem->text().contains(QStringLiteral("try again after"))) << problem->text().toStdString();
    EXPECT_EQ(problem->property("role").toString(), QStringLiteral("error"));
    EXPECT_EQ(countRows(*db, QStringLiteral("bookings")), 2);
}

TEST_P(JourneyTest, InvalidNamesAreExplainedAndNothingIsHeld)
{
    open();
    chooseSeats({QStringLiteral("4A")});
    enterNames({QStringLiteral("R2-D2")});
    EXPECT_EQ(window->currentScreen(), window->passengerScreen());
    EXPECT_TRUE(window->passengerScreen()->errorLabel(0)->text().contains(QStringLiteral("'2'")));
    EXPECT_EQ(window->paymentDialog(), nullptr);
    EXPECT_FALSE(service->nextHoldDeadline()->has_value());
}

TEST_P(JourneyTest, SeatTakenElsewhereIsNamedAndTheOthersStaySelected)
{
    open();
    chooseSeats({QStringLiteral("5C"), QStringLiteral("5D")});
    // Another terminal takes 5D while this traveller types names.
    ASSERT_NO_FATAL_FAILURE(holdOnAnotherTerminal(QStringLiteral("5D")));

    enterNames({QStringLiteral("Grace Hopper"), QStringLiteral("Edsger Dijkstra")});
    EXPECT_EQ(window->currentScreen(), window->seatMapScreen());
    EXPECT_TRUE(window->seatMapScreen()->notice()->text().contains(QStringLiteral("5D")));
    EXPECT_EQ(window->seatMapScreen()->selectedSeats(), QList<SeatCode>{*SeatCode::parse(QStringLiteral("5C"))});
    EXPECT_EQ(window->seatMapScreen()->model()->indexOf(QStringLiteral("5D")).data(SeatMapModel::StatusRole).toInt(),
              int(SeatStatus::Held));
    EXPECT_FALSE(window->seatMapScreen()->continueButton()->isEnabled());
}

// The seat card (touch screens show no tooltips): the tapped seat in words with one button per
// traveller. "Choose for traveller 1" on traveller 2's seat swaps the two seats, a seat
// someone else holds says why it cannot be had, and the booking gives each name the seat
// its traveller has on the map.
TEST_P(JourneyTest, TheSeatCardGivesASeatToATravellerAndTheBookingFollows)
{
    open();
    chooseSeats({QStringLiteral("3A"), QStringLiteral("3B")});
    SeatMapScreen *screen = window->seatMapScreen();
    SeatCard *card = screen->seatCard();
    ASSERT_TRUE(card->isVisible());
    EXPECT_EQ(card->codeLabel()->text(), QStringLiteral("3B")); // the seat tapped last
    EXPECT_FALSE(card->detailsLabel()->text().isEmpty());
    EXPECT_FALSE(card->priceLabel()->text().isEmpty());
    EXPECT_FALSE(card->statusLabel()->isVisible());
    QPushButton *first = card->travellerButton(1);
    QPushButton *second = card->travellerButton(2);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(card->travellerButton(3), nullptr);
    EXPECT_EQ(first->text(), QStringLiteral("Choose for\ntraveller 1"));
    EXPECT_EQ(second->text(), QStringLiteral("Chosen for\ntraveller 2"));
    EXPECT_GE(first->height(), 48);
    EXPECT_FALSE(first->accessibleName().isEmpty());

    QTest::mouseClick(first, Qt::LeftButton);
    const auto traveller = [&](const char *code) {
        return screen->model()->indexOf(QString::fromLatin1(code)).data(SeatMapModel::TravellerRole).toInt();
    };
    EXPECT_EQ(traveller("3B"), 1);
    EXPECT_EQ(traveller("3A"), 2);
    EXPECT_EQ(first->text(), QStringLiteral("Chosen for\ntraveller 1"));
    EXPECT_EQ(second->text(), QStringLiteral("Choose for\ntraveller 2"));
    EXPECT_TRUE(screen->continueButton()->isEnabled());

    // A seat another terminal holds: the card says why, and offers no traveller a button.
    ASSERT_NO_FATAL_FAILURE(holdOnAnotherTerminal(QStringLiteral("6D")));
    screen->refresh();
    clickSeat(QStringLiteral("6D"));
    EXPECT_EQ(card->codeLabel()->text(), QStringLiteral("6D"));
    EXPECT_TRUE(card->statusLabel()->isVisible());
    EXPECT_TRUE(card->statusLabel()->text().contains(QStringLiteral("holding"))) << card->statusLabel()->text().toStdString();
    EXPECT_EQ(card->travellerButton(1), nullptr);

    enterNames({QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")});
    PaymentDialog *dialog = window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    auto booking = service->find(dialog->booking().reference);
    ASSERT_TRUE(booking.ok());
    ASSERT_EQ(booking->passengers.size(), 2);
    EXPECT_EQ(booking->passengers[0].name, QStringLiteral("Ada Lovelace"));
    EXPECT_EQ(booking->passengers[0].seat.toString(), QStringLiteral("3B"));
    EXPECT_EQ(booking->passengers[1].name, QStringLiteral("Alan Turing"));
    EXPECT_EQ(booking->passengers[1].seat.toString(), QStringLiteral("3A"));
}

TEST_P(JourneyTest, HoldRunningOutClosesThePaymentAndReleasesTheSeats)
{
    open(2);
    chooseSeats({QStringLiteral("6A")});
    enterNames({QStringLiteral("Katherine Johnson")});
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    EXPECT_TRUE(window->paymentDialog()->countdown()->isWarning()); // under a minute from the start
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->seatMapScreen(); }, 6000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 2000));
    EXPECT_TRUE(window->seatMapScreen()->notice()->text().contains(QStringLiteral("released")));
    EXPECT_EQ(window->seatMapScreen()->model()->indexOf(QStringLiteral("6A")).data(SeatMapModel::StatusRole).toInt(),
              int(SeatStatus::Free));
    EXPECT_NE(service->find(reference)->state, BookingState::Confirmed);
}

TEST_P(JourneyTest, InactivityAsksThenResetsAndReleasesTheHold)
{
    open(600, 1);
    chooseSeats({QStringLiteral("7B")});
    enterNames({QStringLiteral("Margaret Hamilton")});
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->stillTherePrompt() != nullptr; }, 4000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->welcomeScreen(); }, 4000));
    EXPECT_EQ(service->find(reference)->state, BookingState::Cancelled);
    EXPECT_EQ(window->paymentDialog(), nullptr);
}

TEST_P(JourneyTest, CancelAtPaymentReleasesTheHold)
{
    open();
    chooseSeats({QStringLiteral("8E")});
    enterNames({QStringLiteral("Hedy Lamarr")});
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    QTest::mouseClick(window->paymentDialog()->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->seatMapScreen());
    EXPECT_EQ(service->find(reference)->state, BookingState::Cancelled);
    EXPECT_EQ(window->seatMapScreen()->model()->indexOf(QStringLiteral("8E")).data(SeatMapModel::StatusRole).toInt(),
              int(SeatStatus::Free));
}

TEST_P(JourneyTest, CounterKioskCannotBeClosedAndTypesWithItsOwnKeyboard)
{
    open(600, 60, KioskOptions::Mode::Kiosk);
    EXPECT_FALSE(window->close()); // no way out for travellers; the operator exit needs a PIN
    EXPECT_TRUE(window->isVisible());
    chooseSeats({QStringLiteral("9A")});
    QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
    QLineEdit *name = window->passengerScreen()->givenNamesField(0);
    name->setFocus();
    auto *keyboard = window->passengerScreen()->findChild<QWidget *>(QStringLiteral("onScreenKeyboard"));
    ASSERT_NE(keyboard, nullptr);
    // Written as names are: a capital at the start of each word, small letters after it.
    for (const QString &key : {QStringLiteral("A"), QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("Space"),
                               QStringLiteral("M"), QStringLiteral("a"), QStringLiteral("e")}) {
        QPushButton *button = nullptr;
        for (QPushButton *candidate : keyboard->findChildren<QPushButton *>()) {
            if (candidate->text() == key)
                button = candidate;
        }
        ASSERT_NE(button, nullptr) << key.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }
    EXPECT_EQ(name->text(), QStringLiteral("Ada Mae"));
    EXPECT_TRUE(name->hasFocus()); // the keys never take focus from the field
}

// A flight half an hour from departure is past the standard sales cut-off: listed as Closed,
// and a tap explains instead of opening its seat map.
TEST_P(JourneyTest, AFlightPastItsSalesCutOffIsListedAsClosedAndNotSold)
{
    TestFlightSpec soon;
    soon.number = 180;
    soon.departsInSeconds = 30 * 60;
    ASSERT_GT(addTestFlight(*db, soon).id, 0);
    open();
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTableView *table = window->flightListScreen()->view();
    ASSERT_EQ(table->model()->rowCount(), 2);
    const QModelIndex first = table->model()->index(0, FlightListModel::StatusColumn); // the earliest departure
    EXPECT_EQ(table->model()->index(0, FlightListModel::FlightColumn).data().toString(), QStringLiteral("KX180"));
    EXPECT_EQ(first.data().toString(), QStringLiteral("Closed"));
    EXPECT_EQ(table->model()->index(1, FlightListModel::StatusColumn).data().toString(), QStringLiteral("On time"));
    // The board draws a flight as one line in the first column (the other columns are the desk's).
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    EXPECT_EQ(window->currentScreen(), window->flightListScreen());
    auto *status = window->flightListScreen()->findChild<QLabel *>(QStringLiteral("flightListStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("no longer sold"))) << status->text().toStdString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
    EXPECT_EQ(window->currentScreen(), window->seatMapScreen());
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(JourneyTest);
