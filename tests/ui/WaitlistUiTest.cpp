// The waitlist's screens driven through their real widgets, offscreen, on SQLite and
// PostgreSQL: a full cabin offers the waitlist at the kiosk and the desk and shows the place
// in line; a refused join says why on the names screen; an offer is paid at the kiosk with
// its reference and a surname (a wrong surname is refused there), and at the desk.
#include "PassengerNames.h"
#include "widgets/PartySizeStepper.h"
#include "AgentFixture.h"
#include "KioskFixture.h"
#include "KioskDriver.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingLookupView.h"
#include "agent/DeskBookingView.h"
#include "booking/WaitlistOfferer.h"
#include "models/FlightListModel.h"
#include "screens/ConfirmationScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/OfferScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "screens/WaitlistScreen.h"
#include "screens/WelcomeScreen.h"
#include "widgets/ContactFields.h"
#include "widgets/ReferenceSurnameFields.h"
#include "widgets/SeatMapView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

WaitlistRequest waitFor(qint64 flightId, const QStringList &names, const QString &email)
{
    WaitlistRequest request;
    request.flight = FlightRef::byId(flightId);
    request.cabin = QLatin1Char('Y');
    request.passengers = names;
    request.contact.email = email;
    return request;
}

bool aMessageBoxIsShown()
{
    const auto widgets = QApplication::topLevelWidgets();
    return std::any_of(widgets.cbegin(), widgets.cend(),
                       [](QWidget *w) { return w->isVisible() && qobject_cast<QMessageBox *>(w); });
}

// A kiosk before a four-seat flight whose seats the desk (`desk`, an operator) holds.
class WaitlistKioskTest : public KioskFixture {
protected:
    TestFlightSpec flightSpec() const override
    {
        TestFlightSpec spec;
        spec.rows = 2;
        spec.letters = QStringLiteral("AB");
        return spec;
    }

    void SetUp() override
    {
        KioskFixture::SetUp();
        if (HasFatalFailure())
            return;
        desk = std::make_unique<BookingService>(*db, gateway, Actor::builtInOperator(QStringLiteral("desk-1")));
        auto held = desk->hold(holdOf(flight.id, {QStringLiteral("1A"), QStringLiteral("1B"), QStringLiteral("2A"),
                                                  QStringLiteral("2B")},
                                      {QStringLiteral("Ann Ames"), QStringLiteral("Bob Ames"), QStringLiteral("Cy Ames"),
                                       QStringLiteral("Di Ames")}));
        ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
        fullCabin = *held;

        ui::KioskOptions options;
        options.mode = ui::KioskOptions::Mode::Demo;
        openKiosk(options, {1280, 900});
    }

    void TearDown() override
    {
        desk.reset();
        KioskFixture::TearDown();
    }

    // Welcome -> the flight -> the seat map for `travellers`.
    void openSeatMap(int travellers)
    {
        QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
        QTableView *table = window->flightListScreen()->view();
        ASSERT_GE(table->model()->rowCount(), 1);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
        ASSERT_EQ(window->currentScreen(), window->seatMapScreen());
        window->seatMapScreen()->partySize()->setValue(travellers);
    }

    // On from the seat map's waitlist button to the names, typed with the e-mail.
    void enterWaitlistNames(const QStringList &names, const QString &email)
    {
        QPushButton *join = window->seatMapScreen()->waitlistButton(Cabin::Economy);
        ASSERT_NE(join, nullptr);
        ASSERT_TRUE(join->isVisible());
        QTest::mouseClick(join, Qt::LeftButton);
        ASSERT_EQ(window->currentScreen(), window->passengerScreen());
        ASSERT_TRUE(window->passengerScreen()->isWaitlist());
        for (int i = 0; i < names.size(); ++i)
            typeName(*window->passengerScreen(), i, names[i]);
        QTest::keyClicks(window->passengerScreen()->contactFields()->emailField(), email);
    }

    // Grace Hopper waits for one seat; the desk's hold goes and the waitlist offers her one.
    WaitlistEntry offerToGrace()
    {
        auto entry = desk->waitlist().join(waitFor(flight.id, {QStringLiteral("Grace Hopper")},
                                                   QStringLiteral("grace@example.com")));
        EXPECT_TRUE(entry.ok()) << entry.error().message.toStdString();
        if (!entry)
            return {};
        auto cancelled = desk->cancel(fullCabin.reference, QStringLiteral("customer changed plans"));
        EXPECT_TRUE(cancelled.ok()) << cancelled.error().message.toStdString();
        // The cancel offers the seats already; asked again, the offerer makes no second offer.
        auto again = WaitlistOfferer(*db, &desk->events()).offerOnFlight(flight.id);
        EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
        auto offered = desk->waitlist().find(entry->id);
        EXPECT_TRUE(offered.ok());
        EXPECT_EQ(offered->state, WaitlistState::Offered);
        EXPECT_FALSE(offered->offerReference.isEmpty());
        return offered ? *offered : WaitlistEntry{};
    }

    void findOffer(const QString &reference, const QString &surname)
    {
        QTest::mouseClick(window->welcomeScreen()->findChild<QPushButton *>(QStringLiteral("offerButton")), Qt::LeftButton);
        ASSERT_EQ(window->currentScreen(), window->offerScreen());
        ui::ReferenceSurnameFields *fields = window->offerScreen()->fields();
        QTest::keyClicks(fields->referenceField(), reference);
        QTest::keyClick(fields->referenceField(), Qt::Key_Return); // on to the surname
        ASSERT_TRUE(fields->surnameField()->hasFocus());
        QTest::keyClicks(fields->surnameField(), surname);
        QTest::mouseClick(window->offerScreen()->findButton(), Qt::LeftButton);
    }

    std::unique_ptr<BookingService> desk;
    Booking fullCabin;
};

// The seat map re-reads its flight every few seconds: an unchanged full cabin keeps its
// button, and a traveller's focus on it (and the screenshot tour's pointer) with it.
TEST_P(WaitlistKioskTest, TheRefreshKeepsTheWaitlistButtonAndItsFocus)
{
    ASSERT_NO_FATAL_FAILURE(openSeatMap(2));
    QPushButton *join = window->seatMapScreen()->waitlistButton(Cabin::Economy);
    ASSERT_NE(join, nullptr);
    join->setFocus();
    const QPointer<QPushButton> watched(join);
    window->seatMapScreen()->refresh();
    ASSERT_FALSE(watched.isNull()) << "the refresh replaced the button";
    EXPECT_EQ(window->seatMapScreen()->waitlistButton(Cabin::Economy), join);
    EXPECT_TRUE(join->hasFocus());
}

TEST_P(WaitlistKioskTest, AFullCabinOffersTheWaitlistAndShowsThePlaceInLine)
{
    auto earlier = desk->waitlist().join(waitFor(flight.id, {QStringLiteral("Ida Ives")}, QStringLiteral("ida@example.com")));
    ASSERT_TRUE(earlier.ok()) << earlier.error().message.toStdString();
    ASSERT_NO_FATAL_FAILURE(openSeatMap(2));
    EXPECT_FALSE(window->seatMapScreen()->continueButton()->isEnabled());
    EXPECT_TRUE(window->seatMapScreen()->waitlistButton(Cabin::Economy)->text().contains(QStringLiteral("Economy is full")));
    ASSERT_NO_FATAL_FAILURE(enterWaitlistNames({QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}, QString()));

    // The offer goes by e-mail: without an address the names screen says so and nobody joins.
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->passengerScreen());
    EXPECT_TRUE(window->passengerScreen()->contactFields()->emailError()->text().contains(QStringLiteral("e-mail address")));

    QTest::keyClicks(window->passengerScreen()->contactFields()->emailField(), QStringLiteral("ada@example.com"));
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    ASSERT_EQ(window->currentScreen(), window->waitlistScreen()) << window->passengerScreen()->problem()->text().toStdString();
    EXPECT_EQ(window->waitlistScreen()->position()->text(),
              QStringLiteral("You are number 2 on the waitlist for %1 Economy.").arg(flight.designator()));
    EXPECT_TRUE(window->waitlistScreen()->details()->text().contains(QStringLiteral("e-mail ada@example.com a booking reference")));

    auto entries = desk->waitlist().list(FlightRef::byId(flight.id));
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(1).passengers, (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}));
    EXPECT_EQ(entries->at(1).terminal, Terminal);

    QTest::mouseClick(window->waitlistScreen()->doneButton(), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->welcomeScreen());
}

TEST_P(WaitlistKioskTest, ARefusedJoinIsExplainedOnTheNamesScreen)
{
    ASSERT_TRUE(desk->waitlist().join(waitFor(flight.id, {QStringLiteral("Ada Lovelace")}, QStringLiteral("ada@example.com"))).ok());
    ASSERT_NO_FATAL_FAILURE(openSeatMap(1));
    ASSERT_NO_FATAL_FAILURE(enterWaitlistNames({QStringLiteral("Ada Lovelace")}, QStringLiteral("ada@example.com")));
    QTest::mouseClick(window->passengerScreen()->continueButton(), Qt::LeftButton);
    EXPECT_EQ(window->currentScreen(), window->passengerScreen());
    QLabel *problem = window->passengerScreen()->problem();
    EXPECT_TRUE(problem->isVisible());
    EXPECT_EQ(problem->text(), QStringLiteral("ada@example.com is already on the waitlist for Economy on this flight."));
    EXPECT_FALSE(aMessageBoxIsShown());
    EXPECT_EQ(desk->waitlist().list(FlightRef::byId(flight.id))->size(), 1);
}

TEST_P(WaitlistKioskTest, AnOfferIsPaidAtTheKioskWithItsReferenceAndASurname)
{
    const WaitlistEntry offer = offerToGrace();
    ASSERT_FALSE(offer.offerReference.isEmpty());
    ASSERT_NO_FATAL_FAILURE(findOffer(offer.offerReference.toLower(), QStringLiteral("Hopper")));
    ui::PaymentDialog *dialog = window->paymentDialog();
    ASSERT_NE(dialog, nullptr) << window->offerScreen()->message().toStdString();
    EXPECT_EQ(dialog->booking().reference, offer.offerReference);

    // Leaving the payment keeps the offer: the traveller may come back before its deadline.
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->paymentDialog() == nullptr; }, 5000));
    EXPECT_EQ(window->currentScreen(), window->offerScreen());
    EXPECT_TRUE(window->offerScreen()->message().contains(QStringLiteral("stay held for you"))) << window->offerScreen()->message().toStdString();
    EXPECT_EQ(desk->find(offer.offerReference)->state, BookingState::SeatHeld);

    QTest::mouseClick(window->offerScreen()->findButton(), Qt::LeftButton);
    ASSERT_NE(window->paymentDialog(), nullptr) << window->offerScreen()->message().toStdString();
    ASSERT_NO_FATAL_FAILURE(payWithCard(*window, QStringLiteral("4242 4242 4242 4242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->currentScreen() == window->confirmationScreen(); }, 30000));
    EXPECT_EQ(window->confirmationScreen()->referenceText(), offer.offerReference);
    auto booking = desk->find(offer.offerReference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Confirmed);
    EXPECT_EQ(booking->terminal, Terminal);
    EXPECT_EQ(desk->waitlist().find(offer.id)->state, WaitlistState::Accepted);
}

TEST_P(WaitlistKioskTest, AWrongSurnameIsRefusedOnTheOfferScreen)
{
    const WaitlistEntry offer = offerToGrace();
    ASSERT_FALSE(offer.offerReference.isEmpty());
    ASSERT_NO_FATAL_FAILURE(findOffer(offer.offerReference, QStringLiteral("Lovelace")));
    EXPECT_EQ(window->paymentDialog(), nullptr);
    EXPECT_EQ(window->currentScreen(), window->offerScreen());
    EXPECT_TRUE(window->offerScreen()->message().startsWith(QStringLiteral("We found no waitlist offer")))
        << window->offerScreen()->message().toStdString();
    EXPECT_FALSE(aMessageBoxIsShown());
    auto booking = desk->find(offer.offerReference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::SeatHeld);
    EXPECT_NE(booking->terminal, Terminal); // still the waitlist's, not this kiosk's
}

// The desk: the agent puts a customer on a full cabin's waitlist and takes payment for a
// held booking from its detail window.
class WaitlistDeskTest : public AgentFixture {
protected:
    ui::DeskBookingView *openDesk()
    {
        open();
        window->addNewBookingTab(QStringLiteral("DUB"));
        signIn(QStringLiteral("ada"), Password);
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        return window->deskBooking();
    }
};

TEST_P(WaitlistDeskTest, AnAgentPutsACustomerOnTheWaitlistOfAFullCabin)
{
    TestFlightSpec spec;
    spec.number = 202;
    spec.rows = 1;
    spec.letters = QStringLiteral("AB");
    const Flight full = addTestFlight(*db, spec);
    ASSERT_GT(full.id, 0);
    ASSERT_TRUE(service->hold(holdOf(full.id, {QStringLiteral("1A"), QStringLiteral("1B")},
                                     {QStringLiteral("Ann Ames"), QStringLiteral("Bob Ames")}))
                    .ok());
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    QTableView *table = desk->flights()->view();
    int row = 0;
    while (row < table->model()->rowCount()
           && table->model()->index(row, 0).data(ui::FlightListModel::FlightIdRole).toLongLong() != full.id)
        ++row;
    ASSERT_LT(row, table->model()->rowCount());
    table->setCurrentIndex(table->model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(desk->currentPage(), desk->seats());
    ASSERT_NE(desk->seats()->waitlistButton(Cabin::Economy), nullptr);

    QTest::keyClick(desk->seats()->view(), Qt::Key_W, Qt::AltModifier); // keyboard first
    ASSERT_EQ(desk->currentPage(), desk->passengers());
    ASSERT_TRUE(desk->passengers()->isWaitlist());
    typeName(*desk->passengers(), 0, QStringLiteral("Kim Kerr"));
    QLineEdit *email = desk->passengers()->contactFields()->emailField();
    QTest::keyClicks(email, QStringLiteral("kim@example.com"));
    QTest::keyClick(email, Qt::Key_Return);
    ASSERT_EQ(desk->currentPage(), desk->waitlistPage()) << desk->passengers()->problem()->text().toStdString();
    EXPECT_TRUE(desk->waitlistPage()->position()->text().startsWith(QStringLiteral("The customer is number 1 on the waitlist for KX202")));
    auto entries = service->waitlist().list(FlightRef::byId(full.id));
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().contact.email, QStringLiteral("kim@example.com"));
}

TEST_P(WaitlistDeskTest, AnAgentTakesPaymentForAHeldBookingFromItsDetail)
{
    auto held = service->hold(holdOf(flight.id, {QStringLiteral("9A")}, {QStringLiteral("Lee Brown")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    open();
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("Lee Brown"));
    ui::BookingDetailView *detail = openDetail(held->reference);
    ASSERT_NE(detail, nullptr);
    ASSERT_TRUE(detail->takePaymentAction()->isEnabled());
    ASSERT_NO_FATAL_FAILURE(clickToolBar(detail->takePaymentAction()));
    ASSERT_NE(detail->paymentDialog(), nullptr);
    ASSERT_NO_FATAL_FAILURE(payWithCard(detail->paymentDialog(), QStringLiteral("4242424242424242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->booking().state == BookingState::Confirmed; }, 30000));
    EXPECT_FALSE(detail->takePaymentAction()->isEnabled());
    EXPECT_EQ(service->find(held->reference)->state, BookingState::Confirmed);
}

TEST_P(WaitlistDeskTest, AnAgentTakesPaymentForAWaitlistOffer)
{
    TestFlightSpec spec;
    spec.number = 203;
    spec.rows = 1;
    spec.letters = QStringLiteral("AB");
    const Flight full = addTestFlight(*db, spec);
    ASSERT_GT(full.id, 0);
    auto held = service->hold(holdOf(full.id, {QStringLiteral("1A"), QStringLiteral("1B")},
                                     {QStringLiteral("Ann Ames"), QStringLiteral("Bob Ames")}));
    ASSERT_TRUE(held.ok()) << held.error().message.toStdString();
    auto entry = service->waitlist().join(waitFor(full.id, {QStringLiteral("Grace Hopper")}, QStringLiteral("grace@example.com")));
    ASSERT_TRUE(entry.ok()) << entry.error().message.toStdString();
    ASSERT_TRUE(service->cancel(held->reference, QStringLiteral("customer changed plans")).ok());
    auto offered = service->waitlist().find(entry->id);
    ASSERT_TRUE(offered.ok());
    ASSERT_EQ(offered->state, WaitlistState::Offered);

    open();
    ASSERT_NO_FATAL_FAILURE(signIn(QStringLiteral("ada"), Password));
    searchByName(QStringLiteral("hopper"));
    ui::BookingDetailView *detail = openDetail(offered->offerReference);
    ASSERT_NE(detail, nullptr);
    ASSERT_TRUE(detail->takePaymentAction()->isEnabled());
    ASSERT_NO_FATAL_FAILURE(clickToolBar(detail->takePaymentAction()));
    ASSERT_NE(detail->paymentDialog(), nullptr);
    ASSERT_NO_FATAL_FAILURE(payWithCard(detail->paymentDialog(), QStringLiteral("4242424242424242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return detail->booking().state == BookingState::Confirmed; }, 30000));
    EXPECT_EQ(service->waitlist().find(entry->id)->state, WaitlistState::Accepted);
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(WaitlistKioskTest);
KIOSK_ON_BOTH_BACKENDS(WaitlistDeskTest);
