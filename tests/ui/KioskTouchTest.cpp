// The counter kiosk as a traveller at a touch screen meets it: error states in colour, the
// payment completed with the on-screen keypad, swipes that scroll instead of picking a
// flight, and leaving the payment (Esc, the window's close) releasing the seats.
#include "KioskDriver.h"
#include "PassengerNames.h"
#include "KioskFixture.h"
#include "TestFlights.h"

#include "booking/BookingSession.h"
#include "models/SeatMapModel.h"
#include "screens/ConfirmationScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/PartySizeStepper.h"
#include "widgets/SeatCard.h"
#include "widgets/SeatMapView.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QScroller>
#include <QTableView>
#include <QTest>
#include <QWindow>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

const QColor ErrorRed(0xb4, 0x23, 0x18); // kiosk.qss: [role="error"], [invalid="true"]

// True when the widget, as it is painted now, shows `colour` anywhere (text or border).
bool paintsColour(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour)
                return true;
        }
    }
    return false;
}

class KioskTouchTest : public KioskFixture {
protected:
    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        QFile style(QStringLiteral(":/styles/kiosk.qss")); // as app/kiosk/main.cpp styles the kiosk
        ASSERT_TRUE(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
    }

    void open(KioskOptions::Mode mode = KioskOptions::Mode::Kiosk)
    {
        KioskOptions options;
        options.mode = mode;
        openKiosk(options);
    }

    void TearDown() override
    {
        KioskFixture::TearDown();
        qApp->setStyleSheet(QString());
    }

    SeatStatus statusOf(const QString &code) const
    {
        const SeatMapModel *model = window->seatMapScreen()->model();
        return SeatStatus(model->data(model->indexOf(code), SeatMapModel::StatusRole).toInt());
    }

    // A finger put down at `from`, dragged to `to` in small steps, lifted: through the
    // window, as the platform delivers a touch screen's input (where gestures are recognised).
    static void swipe(QWidget *surface, QPoint from, QPoint to)
    {
        QWindow *window = surface->window()->windowHandle();
        const auto at = [&](QPoint point) { return surface->mapTo(surface->window(), point); };
        QTest::mousePress(window, Qt::LeftButton, {}, at(from));
        constexpr int Steps = 12;
        for (int i = 1; i <= Steps; ++i)
            QTest::mouseMove(window, at(from + (to - from) * i / Steps), 15);
        QTest::mouseRelease(window, Qt::LeftButton, {}, at(to), 15);
    }

    // A tap on `widget` through its window, as the platform delivers it (focus follows it).
    static void tap(QWidget *widget)
    {
        const QPoint at = widget->mapTo(widget->window(), widget->rect().center());
        QTest::mouseClick(widget->window()->windowHandle(), Qt::LeftButton, {}, at);
    }
};

TEST_P(KioskTouchTest, AnInvalidNameTurnsItsFieldRed)
{
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2A")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("R2-D2")}));
    QLineEdit *field = window->passengerScreen()->givenNamesField(0);
    EXPECT_EQ(field->property("invalid"), QVariant(true));
    EXPECT_TRUE(paintsColour(field, ErrorRed)) << "the invalid field keeps its grey border";

    typeName(*window->passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
    EXPECT_FALSE(paintsColour(field, ErrorRed)) << "the corrected field stays red";
}

TEST_P(KioskTouchTest, ADeclinedPaymentIsSaidInRed)
{
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2B")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace")}));
    PaymentDialog *dialog = window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_NO_FATAL_FAILURE(payWithCard(dialog, QStringLiteral("4000 0000 0000 0002")));
    ASSERT_TRUE(dialog->message()->text().contains(QStringLiteral("declined")));
    EXPECT_TRUE(paintsColour(dialog->message(), ErrorRed)) << "the decline is shown in body colours";
}

TEST_P(KioskTouchTest, PaymentIsCompletedWithTheOnScreenKeypadAlone)
{
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("3A")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Ada Lovelace")}));
    PaymentDialog *dialog = window->paymentDialog();
    ASSERT_NE(dialog, nullptr);
    const QString reference = dialog->booking().reference;
    dialog->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    auto *keypad = dialog->findChild<QWidget *>(QStringLiteral("onScreenKeypad"));
    ASSERT_NE(keypad, nullptr) << "the payment dialog has no on-screen keypad";
    ASSERT_TRUE(keypad->isVisible());
    auto tapKeys = [&](const QString &keys) {
        for (const QChar key : keys) {
            QPushButton *button = nullptr;
            for (QPushButton *candidate : keypad->findChildren<QPushButton *>()) {
                if (candidate->text() == QString(key))
                    button = candidate;
            }
            ASSERT_NE(button, nullptr) << QString(key).toStdString();
            EXPECT_GE(button->height(), 64) << "a keypad key smaller than a thumb";
            QTest::mouseClick(button, Qt::LeftButton);
        }
    };
    // The traveller taps each field, then the keys; nothing is typed on a keyboard.
    for (auto [field, keys] : {std::pair{dialog->cardNumber(), QStringLiteral("4242424242424242")},
                               std::pair{dialog->expiry(), QStringLiteral("12/30")},
                               std::pair{dialog->cvc(), QStringLiteral("123")}}) {
        tap(field);
        ASSERT_TRUE(field->hasFocus());
        ASSERT_NO_FATAL_FAILURE(tapKeys(keys));
        EXPECT_EQ(field->text(), keys);
        EXPECT_TRUE(field->hasFocus()); // the keys never take the focus from the field
    }
    QTest::mouseClick(dialog->payButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 5000));
    EXPECT_EQ(service->find(reference)->state, BookingState::Confirmed);
}

TEST_P(KioskTouchTest, TheDeskPaymentHasNoKeypad)
{
    MockPaymentGateway deskGateway;
    BookingService desk(*db, deskGateway, Actor{QStringLiteral("agent"), QStringLiteral("desk")});
    BookingSession session(desk);
    HoldRequest request;
    request.flight = FlightRef::byId(flight.id);
    request.seats = {*SeatCode::parse(QStringLiteral("4A"))};
    request.passengers = {QStringLiteral("Ada Lovelace")};
    auto held = session.hold(request);
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    PaymentDialog dialog(session, *held, QDateTime::currentDateTimeUtc(), false);
    EXPECT_EQ(dialog.findChild<QWidget *>(QStringLiteral("onScreenKeypad")), nullptr);
}

TEST_P(KioskTouchTest, EscapeOnThePaymentReleasesTheSeats)
{
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("5A")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Hedy Lamarr")}));
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    QTest::keyClick(window->paymentDialog(), Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 2000));
    EXPECT_EQ(service->find(reference)->state, BookingState::Cancelled);
    EXPECT_EQ(window->currentScreen(), window->seatMapScreen());
    EXPECT_EQ(statusOf(QStringLiteral("5A")), SeatStatus::Free) << "the traveller's own seat shows as held";
}

TEST_P(KioskTouchTest, ClosingThePaymentWindowReleasesTheSeats)
{
    open(KioskOptions::Mode::Demo); // a window manager's close button exists in the windowed demo
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("5B")}));
    ASSERT_NO_FATAL_FAILURE(enterNames(*window, {QStringLiteral("Hedy Lamarr")}));
    ASSERT_NE(window->paymentDialog(), nullptr);
    const QString reference = window->paymentDialog()->booking().reference;
    window->paymentDialog()->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 2000));
    EXPECT_EQ(service->find(reference)->state, BookingState::Cancelled);
    EXPECT_EQ(statusOf(QStringLiteral("5B")), SeatStatus::Free);
}

TEST_P(KioskTouchTest, ASwipeOverTheDeparturesScrollsAndPicksNothing)
{
    for (int number = 102; number <= 115; ++number) {
        TestFlightSpec spec;
        spec.number = number;
        spec.departsInSeconds = 48 * 3600 + number * 600;
        ASSERT_GT(addTestFlight(*db, spec).id, 0);
    }
    open();
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->flightListScreen());
    QTableView *table = window->flightListScreen()->view();
    ASSERT_EQ(table->model()->rowCount(), 15);
    EXPECT_TRUE(QScroller::hasScroller(table->viewport()));
    QScrollBar *bar = table->verticalScrollBar();
    ASSERT_TRUE(bar->isVisible());
    EXPECT_GE(bar->width(), 24) << "a scroll bar too narrow for a finger";

    // A short upward swipe inside one row: a scroll, not a choice of that flight.
    const QRect row = table->visualRect(table->model()->index(2, 1));
    swipe(table->viewport(), row.center() + QPoint(0, 20), row.center() - QPoint(0, 20));
    QTest::qWait(300);
    EXPECT_EQ(window->currentScreen(), window->flightListScreen()) << "a swipe picked a flight";

    // A long swipe moves the list; no flight is chosen.
    const QPoint bottom(table->viewport()->width() / 2, table->viewport()->height() - 40);
    swipe(table->viewport(), bottom, QPoint(bottom.x(), 40));
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->value() > 0; }, 3000)) << "the swipe did not scroll";
    QTest::qWait(300);
    EXPECT_EQ(window->currentScreen(), window->flightListScreen());

    // A tap still chooses.
    QScroller::scroller(table->viewport())->stop();
    const QModelIndex visible = table->indexAt(QPoint(table->viewport()->width() / 2, table->viewport()->height() / 2));
    ASSERT_TRUE(visible.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(visible).center());
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->seatMapScreen(); }, 2000));
}

// The orphan-seat rule as a warning (docs/layouts.md): 2C is held, so tapping 2A leaves 2B
// alone between them. The screen says so in words and still lets the traveller go on; the
// tapped seat's card tells what a tooltip would, for a touch screen shows none.
TEST_P(KioskTouchTest, ASeatLeftAloneIsAWarningNotARefusal)
{
    startService();
    ASSERT_TRUE(service->hold(holdOf(flight.id, {QStringLiteral("2C")}, {QStringLiteral("Ada Lovelace")})).ok());
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("2A")}));
    SeatMapScreen *screen = window->seatMapScreen();
    EXPECT_TRUE(screen->notice()->text().contains(QStringLiteral("2B"))) << screen->notice()->text().toStdString();
    EXPECT_TRUE(screen->continueButton()->isEnabled());
    EXPECT_EQ(screen->seatCard()->codeLabel()->text(), QStringLiteral("2A"));
    EXPECT_TRUE(screen->seatCard()->detailsLabel()->text().contains(QStringLiteral("Window")))
        << screen->seatCard()->detailsLabel()->text().toStdString();
    // Another seat that leaves nobody alone: the warning goes.
    ASSERT_NO_FATAL_FAILURE(clickSeat(*window, QStringLiteral("2A")));
    ASSERT_NO_FATAL_FAILURE(clickSeat(*window, QStringLiteral("2B")));
    EXPECT_TRUE(screen->notice()->text().isEmpty()) << screen->notice()->text().toStdString();
}

TEST_P(KioskTouchTest, TheSeatMapScrollsByTouch)
{
    open();
    ASSERT_NO_FATAL_FAILURE(chooseSeats(*window, {QStringLiteral("1A")}));
    EXPECT_TRUE(QScroller::hasScroller(window->seatMapScreen()->view()->viewport()));
}

// Thirty rows, the first twenty-four blocked: the only seats together are far down the cabin.
class KioskLongCabinTest : public KioskTouchTest {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 30;
        for (int row = 1; row <= 24; ++row) {
            for (const QChar letter : spec.letters)
                spec.blocked << QString::number(row) + letter;
        }
        return spec;
    }
};

TEST_P(KioskLongCabinTest, BestAvailableTogetherShowsTheSeatsItChose)
{
    open();
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTableView *board = window->flightListScreen()->view();
    ASSERT_GE(board->model()->rowCount(), 1);
    board->setFocus();
    board->setCurrentIndex(board->model()->index(0, 0));
    QTest::keyClick(board, Qt::Key_Return);
    SeatMapScreen *screen = window->seatMapScreen();
    ASSERT_EQ(window->currentScreen(), screen);
    screen->partySize()->setValue(2);
    QTest::mouseClick(screen->bestButton(), Qt::LeftButton);
    const QList<SeatCode> chosen = screen->model()->selectedSeats();
    ASSERT_EQ(chosen.size(), 2);
    QCoreApplication::processEvents();
    const QRect shown = screen->view()->viewport()->rect();
    for (const SeatCode &code : chosen) {
        const QRect seat = screen->view()->visualRect(screen->model()->indexOf(code.toString()));
        EXPECT_TRUE(shown.contains(seat)) << code.toString().toStdString() << " is out of sight, at y " << seat.y()
                                          << " of a " << shown.height() << " px view";
    }
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(KioskTouchTest);
KIOSK_ON_BOTH_BACKENDS(KioskLongCabinTest);
