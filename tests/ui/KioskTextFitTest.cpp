// Every label and button a traveller sees on the counter kiosk shows its whole text, in
// English and in German, at 1280x1024 and at 1920x1080 (a kiosk covering an offscreen screen
// of that size, as on the counter): the text's width in the widget's own font
// (fontMetrics().horizontalAdvance) must fit the room the widget got from its layout.
// And every push button, and every spin box's buttons, are big enough for a finger.
#include "widgets/PartySizeStepper.h"
#include "accessibility/AccessibleMode.h"
#include "FullCabin.h"
#include "KioskDriver.h"
#include "KioskScreens.h"
#include "PassengerNames.h"
#include "TestDatabase.h"
#include "TextFit.h"

#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoSeeder.h"
#include "widgets/DepartureDelegate.h"
#include "payment/MockPaymentGateway.h"
#include "payment/MockPaymentTerminal.h"
#include "payment/TerminalPaymentGateway.h"
#include "booking/ReceiptBuilder.h"
#include "screens/CardTerminalPanel.h"
#include "screens/ReceiptScreen.h"
#include "screens/VoucherField.h"
#include "widgets/OnScreenKeyboard.h"
#include "models/FlightListModel.h"
#include "models/SeatMapModel.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "screens/OfferScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/ConfirmationScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WaitlistScreen.h"
#include "widgets/SeatDelegate.h"
#include "widgets/SeatMapPainter.h"
#include "widgets/SeatMapView.h"
#include "widgets/SeatCard.h"
#include "widgets/SeatMiniMap.h"
#include "TourFlights.h"
#include "widgets/ContactFields.h"
#include "widgets/ReferenceSurnameFields.h"
#include "screens/WelcomeScreen.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

#include <functional>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace kiosk;
using namespace kiosk::test;
using namespace kiosk::ui;

namespace {

// A language and a screen size.
using FitCase = std::tuple<const char *, QSize>;

class KioskTextFitTest : public ::testing::TestWithParam<FitCase> {
protected:
    void SetUp() override
    {
        const QString language = QString::fromLatin1(std::get<0>(GetParam()));
        if (language != QLatin1String("en")) {
            ASSERT_TRUE(translator.load(QLocale(language), QStringLiteral("kiosk"), QStringLiteral("_"),
                                        QStringLiteral(KIOSK_TRANSLATIONS_DIR)));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(language));
        QFile style(QStringLiteral(":/styles/kiosk.qss"));
        ASSERT_TRUE(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));

        database.emplace(Backend::SQLite);
        ASSERT_TRUE(database->ready()) << database->setupError().toStdString();
        db = database->connect();
        ASSERT_NE(db, nullptr);
        auto now = db->serverNow();
        ASSERT_TRUE(now.ok());
        ASSERT_TRUE(DemoSeeder::seed(*db, DemoDataGenerator(7, now->date(), 2).generate()).ok());
        service = std::make_unique<BookingService>(*db, gateway, Actor{QStringLiteral("fit-test"), QStringLiteral("kiosk")});
        catalog = std::make_unique<FlightCatalog>(*db);
        KioskOptions options;
        options.mode = KioskOptions::Mode::Kiosk;
        window = std::make_unique<KioskWindow>(*service, *catalog, options);
        ASSERT_TRUE(showOnKioskScreen(*window, std::get<1>(GetParam())));
        ASSERT_EQ(window->size(), std::get<1>(GetParam())) << "the kiosk does not cover its screen";
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    void TearDown() override
    {
        window.reset();
        catalog.reset();
        service.reset();
        db.reset();
        database.reset();
        qApp->setStyleSheet(QString());
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void expectFits(QWidget *root, const char *screen)
    {
        QCoreApplication::processEvents(); // layouts settle before they are measured
        // Every screen lays out in the room the kiosk's screen gives: a page whose minimum is
        // larger would stretch the window past the screen's edge, out of the traveller's sight.
        EXPECT_EQ(root->window()->size(), std::get<1>(GetParam())) << screen << ": the kiosk outgrew its screen";
        const QStringList wrong = misfits(root);
        EXPECT_TRUE(wrong.isEmpty()) << screen << " (" << std::get<0>(GetParam()) << ", " << std::get<1>(GetParam()).width() << "x"
                                  << std::get<1>(GetParam()).height() << "):\n" << qPrintable(wrong.join(u'\n'));
    }

    // The first flight still sold (one leaving within the hour is listed as closed), or -1.
    static int firstOpenFlightRow(const QTableView *table)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (!table->model()->index(row, 0).data(FlightListModel::SalesClosedRole).toBool())
                return row;
        }
        return -1;
    }
    static void tapRow(QTableView *table, int row)
    {
        table->scrollTo(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 0)).center());
    }

    // Start, then tap the first flight still sold: its seat map. `departures` looks at the
    // departures in between.
    static void startWithFirstOpenFlight(KioskWindow &kiosk, const std::function<void()> &departures = {})
    {
        QTest::mouseClick(kiosk.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        if (departures)
            departures();
        QTableView *table = kiosk.flightListScreen()->view();
        const int row = firstOpenFlightRow(table);
        ASSERT_GE(row, 0) << "every flight is closed";
        tapRow(table, row);
    }

    // Welcome, departures, seat map, names, pay step, confirmation: each measured (misfits).
    void walkTheJourney()
    {
        expectFits(window.get(), "welcome");
        ASSERT_NO_FATAL_FAILURE(startWithFirstOpenFlight(*window, [this] { expectFits(window.get(), "departures"); }));
        SeatMapScreen *seats = window->seatMapScreen();
        ASSERT_EQ(window->currentScreen(), seats);
        seats->partySize()->setValue(2);
        QTest::mouseClick(seats->bestButton(), Qt::LeftButton);
        ASSERT_TRUE(seats->continueButton()->isEnabled());
        expectFits(window.get(), "seat map");
        const QStringList painted = seatMapMisfits(seats->view());
        EXPECT_TRUE(painted.isEmpty()) << "seat map (" << std::get<0>(GetParam()) << "): " << qPrintable(painted.join(u'\n'));
        QTest::mouseClick(window->seatMapScreen()->continueButton(), Qt::LeftButton);
        typeName(*window->passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
        typeName(*window->passengerScreen(), 1, QStringLiteral("R2-D2"));
        expectFits(window.get(), "passengers");
        typeName(*window->passengerScreen(), 1, QStringLiteral("Alan Turing"));
        QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
        ASSERT_NE(window->paymentDialog(), nullptr);
        expectFits(window->paymentDialog(), "payment");
        expectFits(window.get(), "the frame with the hold's countdown");
        ASSERT_NO_FATAL_FAILURE(payWithCard(*window, QStringLiteral("4242 4242 4242 4242")));
        ASSERT_TRUE(QTest::qWaitFor([this] { return window->currentScreen() == window->confirmationScreen(); }, 5000));
        expectFits(window.get(), "confirmation");
    }

    QTranslator translator;
    std::optional<TestDatabase> database;
    std::unique_ptr<Database> db;
    MockPaymentGateway gateway;
    std::unique_ptr<BookingService> service;
    std::unique_ptr<FlightCatalog> catalog;
    std::unique_ptr<KioskWindow> window;
};

TEST_P(KioskTextFitTest, EveryKioskScreenShowsItsWholeText)
{
    ASSERT_NO_FATAL_FAILURE(walkTheJourney());
}

// The accessible mode's larger type on the same screens, the keyboard's keys included.
TEST_P(KioskTextFitTest, TheAccessibleModeShowsItsWholeText)
{
    window->accessibleMode()->setOn(true);
    ASSERT_NO_FATAL_FAILURE(walkTheJourney());
}

// The pay step at a card terminal on the touch kiosk (the voucher's keypad in the terminal's
// place while a code is typed), then the confirmation with its receipt block and buttons.
TEST_P(KioskTextFitTest, TheTerminalPayStepAndTheConfirmationShowTheirWholeText)
{
    window.reset(); // this test's kiosk has a card terminal
    auto acquirer = std::make_unique<MockPaymentGateway>();
    auto reader = std::make_unique<MockPaymentTerminal>(*acquirer);
    TerminalPaymentGateway atTerminal(std::move(reader), std::move(acquirer));
    BookingService sales(*db, atTerminal, Actor{QStringLiteral("fit-terminal"), QStringLiteral("kiosk")});
    ReceiptBuilder receipts(sales, *db);
    QTemporaryDir documents;
    KioskOptions options;
    options.mode = KioskOptions::Mode::Kiosk;
    options.cardTerminal = true;
    KioskWindow kiosk(sales, *catalog, options);
    kiosk.setReceipts(receipts, ReceiptOutput{QString(), ReceiptPaper::Roll80mm, documents.path()});
    ASSERT_TRUE(showOnKioskScreen(kiosk, std::get<1>(GetParam())));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&kiosk));
    ASSERT_NO_FATAL_FAILURE(startWithFirstOpenFlight(kiosk));
    kiosk.seatMapScreen()->partySize()->setValue(2);
    QTest::mouseClick(kiosk.seatMapScreen()->bestButton(), Qt::LeftButton);
    QTest::mouseClick(kiosk.seatMapScreen()->continueButton(), Qt::LeftButton);
    typeName(*kiosk.passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
    typeName(*kiosk.passengerScreen(), 1, QStringLiteral("Alan Turing"));
    QTest::mouseClick(kiosk.passengerScreen()->continueButton(), Qt::LeftButton);
    PaymentDialog *payment = kiosk.paymentDialog();
    ASSERT_NE(payment, nullptr);
    ASSERT_NE(payment->terminal(), nullptr);
    expectFits(&kiosk, "terminal pay step");
    QLineEdit *code = payment->voucher()->codeField();
    QTest::mouseClick(kiosk.windowHandle(), Qt::LeftButton, {}, code->mapTo(&kiosk, code->rect().center()));
    ASSERT_NE(payment->keyboard(), nullptr);
    EXPECT_TRUE(payment->keyboard()->isVisible());
    EXPECT_FALSE(payment->terminal()->isVisible());
    expectFits(&kiosk, "terminal pay step, typing a voucher");
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return kiosk.currentScreen() == kiosk.confirmationScreen(); }, 5000));
    EXPECT_TRUE(kiosk.confirmationScreen()->printButton()->isVisible());
    expectFits(&kiosk, "confirmation with the receipt");
}

TEST_P(KioskTextFitTest, TheDeparturesShowTheirWholeText)
{
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    expectFits(window.get(), "flights");
    // The board's lines are painted, not widgets: each line's cabins get the room their words need.
    const QTableView *board = window->flightListScreen()->view();
    const QFontMetrics metrics(DepartureDelegate::smallLineFont(board->font()));
    ASSERT_GT(board->model()->rowCount(), 0);
    for (int row = 0; row < board->model()->rowCount(); ++row) {
        const QString cabins = board->model()->index(row, 0).data(FlightListModel::CabinsRole).toString();
        EXPECT_GE(DepartureDelegate::cabinsWidth(metrics, cabins, board->viewport()->width()), metrics.horizontalAdvance(cabins))
            << qPrintable(cabins);
    }
}

// A party of nine and the keyboard at once: the names scroll between the keyboard and the
// title, and Next traveller always brings the field it moves to into view above the keys.
TEST_P(KioskTextFitTest, NineTravellersScrollAboveTheKeyboardWithTheFocusedFieldInView)
{
    ASSERT_NO_FATAL_FAILURE(startWithFirstOpenFlight(*window));
    SeatMapScreen *seats = window->seatMapScreen();
    seats->partySize()->setValue(9);
    // Nine free seats wherever they are (a narrow cabin has no nine together), chosen through
    // the seat map's model: this test is about the names, not about tapping seats.
    SeatMapModel *model = seats->model();
    int chosen = 0;
    for (int r = 0; r < model->rowCount() && chosen < 9; ++r) {
        for (int c = 0; c < model->columnCount() && chosen < 9; ++c) {
            const Seat *seat = model->seatAt(model->index(r, c));
            if (seat && seat->status == SeatStatus::Free && model->select(seat->code.toString()))
                ++chosen;
        }
    }
    ASSERT_EQ(chosen, 9);
    ASSERT_TRUE(seats->continueButton()->isEnabled());
    QTest::mouseClick(seats->continueButton(), Qt::LeftButton);
    PassengerScreen *passengers = window->passengerScreen();
    ASSERT_EQ(window->currentScreen(), passengers);
    ASSERT_EQ(passengers->travellers(), 9);
    OnScreenKeyboard *keyboard = passengers->keyboard();
    ASSERT_NE(keyboard, nullptr);
    EXPECT_EQ(keyboard->isQwertz(), std::string(std::get<0>(GetParam())) == "de");
    expectFits(window.get(), "nine travellers");
    const QRect screenRect = window->rect();
    const auto inWindow = [this](QWidget *widget) { return QRect(widget->mapTo(window.get(), QPoint(0, 0)), widget->size()); };
    EXPECT_TRUE(screenRect.contains(inWindow(keyboard))) << "the keyboard runs off the screen";
    EXPECT_TRUE(screenRect.contains(inWindow(passengers->continueButton()))) << "Continue runs off the screen";
    QWidget *viewport = passengers->scrollArea()->viewport();
    for (int traveller = 0; traveller < 9; ++traveller) {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_EQ(focus, passengers->givenNamesField(traveller)) << "traveller " << traveller + 1;
        const QRect field(focus->mapTo(viewport, QPoint(0, 0)), focus->size());
        EXPECT_TRUE(viewport->rect().contains(field)) << "traveller " << traveller + 1 << "'s field is scrolled out of view";
        EXPECT_FALSE(inWindow(focus).intersects(inWindow(keyboard))) << "traveller " << traveller + 1 << " under the keys";
        ASSERT_NE(keyboard->nextKey(), nullptr);
        QTest::mouseClick(keyboard->nextKey(), Qt::LeftButton);
    }
    EXPECT_TRUE(passengers->continueButton()->hasFocus()) << "after the last traveller: Continue";
    EXPECT_GT(passengers->scrollArea()->verticalScrollBar()->value(), 0) << "nine travellers fitted without scrolling?";
}

// The widest map, the A380's main deck, with the mini-map of both decks and a seat's card
// with a button per traveller beside it: all on the screen, every word whole; then the upper
// deck, reached by a tap on the mini-map.
TEST_P(KioskTextFitTest, TheA380SeatMapWithItsMiniMapAndSeatCardShowsItsWholeText)
{
    // A kiosk at London Heathrow: the demo's A380s leave from there.
    KioskOptions options;
    options.mode = KioskOptions::Mode::Kiosk;
    options.origin = QStringLiteral("LHR");
    options.originName = QStringLiteral("London");
    window = std::make_unique<KioskWindow>(*service, *catalog, options);
    ASSERT_TRUE(showOnKioskScreen(*window, std::get<1>(GetParam())));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    FlightListModel *board = window->flightListScreen()->model();
    qint64 a380 = 0;
    for (int row = 0; a380 == 0 && (row < board->rowCount() || board->canFetchMore({})); ++row) {
        if (row == board->rowCount())
            board->fetchMore({});
        const FlightSummary *summary = board->summaryAt(row);
        if (summary && summary->flight.aircraft == QLatin1String("A380-800") && !summary->salesClosed)
            a380 = summary->flight.id;
    }
    ASSERT_NE(a380, 0) << "no A380 on sale in the demo data";
    chooseFlight(*window, a380);
    SeatMapScreen *seats = window->seatMapScreen();
    seats->partySize()->setValue(3);
    SeatMiniMap *miniMap = seats->miniMap();
    ASSERT_TRUE(miniMap->isVisible());
    for (int deck : {0, 1}) {
        if (deck == 1) {
            const QRect upper = miniMap->deckRect(1);
            QTest::mouseClick(miniMap, Qt::LeftButton, {}, upper.center());
            ASSERT_EQ(seats->model()->deck(), 1);
        }
        // A free seat near the middle of what the map shows.
        QString code;
        for (int row = seats->view()->firstVisibleRow(); code.isEmpty() && row < seats->view()->lastVisibleRow(); ++row) {
            for (int column = 1; code.isEmpty() && column < seats->model()->columnCount(); ++column) {
                const Seat *seat = seats->model()->seatAt(seats->model()->index(row, column));
                if (seat && seat->status == SeatStatus::Free)
                    code = seat->code.toString();
            }
        }
        ASSERT_FALSE(code.isEmpty()) << "no free seat on screen on deck " << deck;
        ASSERT_NO_FATAL_FAILURE(clickSeat(*seats, code));
        ASSERT_NE(seats->seatCard()->travellerButton(3), nullptr);
        const std::string where = deck == 0 ? "A380 main deck" : "A380 upper deck";
        expectFits(window.get(), where.c_str());
        for (QWidget *part : {static_cast<QWidget *>(seats->view()), static_cast<QWidget *>(miniMap),
                              static_cast<QWidget *>(seats->seatCard())}) {
            const QRect inWindow(part->mapTo(window.get(), QPoint(0, 0)), part->size());
            EXPECT_TRUE(QRect(QPoint(0, 0), std::get<1>(GetParam())).contains(inWindow))
                << where << ": " << part->objectName().toStdString() << " reaches past the screen, to "
                << inWindow.right() << " (the window is " << window->width() << " wide)";
        }
        for (int traveller = 1; traveller <= 3; ++traveller) { // whole inside the card, not cut by its edge
            QPushButton *button = seats->seatCard()->travellerButton(traveller);
            const QRect inCard(button->mapTo(seats->seatCard(), QPoint(0, 0)), button->size());
            EXPECT_TRUE(seats->seatCard()->contentsRect().contains(inCard))
                << where << ": traveller " << traveller << "'s button " << inCard.x() << "+" << inCard.width()
                << " in a card " << seats->seatCard()->width() << " wide";
        }
        EXPECT_FALSE(seats->view()->geometry().intersects(miniMap->geometry()))
            << where << ": the map ends at " << seats->view()->geometry().right() << ", the mini-map starts at "
            << miniMap->geometry().left() << " (card " << seats->seatCard()->width() << " px)";
        EXPECT_FALSE(miniMap->geometry().intersects(seats->seatCard()->geometry())) << where;
    }
}

TEST_P(KioskTextFitTest, TheWaitlistScreensShowTheirWholeText)
{
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QTableView *table = window->flightListScreen()->view();
    const int row = firstOpenFlightRow(table);
    ASSERT_GE(row, 0) << "every flight is closed";
    const qint64 flightId = table->model()->index(row, 0).data(FlightListModel::FlightIdRole).toLongLong();
    BookingService desk(*db, gateway, Actor::builtInOperator(QStringLiteral("fit-desk")));
    Cabin cabin = Cabin::Economy;
    ASSERT_FALSE(fillSmallestCabin(desk, *catalog, flightId, &cabin).isEmpty());
    tapRow(table, row);
    SeatMapScreen *seats = window->seatMapScreen();
    seats->partySize()->setValue(2);
    ASSERT_NE(seats->waitlistButton(cabin), nullptr);
    expectFits(window.get(), "seat map, a cabin full");
    QTest::mouseClick(seats->waitlistButton(cabin), Qt::LeftButton);
    typeName(*window->passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
    typeName(*window->passengerScreen(), 1, QStringLiteral("Alan Turing"));
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    expectFits(window.get(), "waitlist names, no e-mail");
    QTest::keyClicks(window->passengerScreen()->contactFields()->emailField(), QStringLiteral("ada@example.com"));
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->waitlistScreen());
    expectFits(window.get(), "waitlist place");
    window->resetToWelcome(QString());
    QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("offerButton")), Qt::LeftButton);
    QTest::keyClicks(window->offerScreen()->fields()->referenceField(), QStringLiteral("K7QX2M"));
    QTest::keyClicks(window->offerScreen()->fields()->surnameField(), QStringLiteral("Lovelace"));
    QTest::mouseClick(window->offerScreen()->findButton(), Qt::LeftButton);
    ASSERT_FALSE(window->offerScreen()->message().isEmpty());
    expectFits(window.get(), "waitlist offer, not found");
}

} // namespace

INSTANTIATE_TEST_SUITE_P(LanguagesAndScreens, KioskTextFitTest,
                         ::testing::Combine(::testing::Values("en", "de"), ::testing::ValuesIn(KioskScreenSizes)),
                         [](const ::testing::TestParamInfo<FitCase> &fit) {
                             const QSize size = std::get<1>(fit.param);
                             return std::string(std::get<0>(fit.param)) + "_" + std::to_string(size.width()) + "x"
                                 + std::to_string(size.height());
                         });
