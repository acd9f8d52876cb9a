// The agent's New booking tab driven through its real widgets, offscreen, on SQLite and
// PostgreSQL: paid at the desk, held for the customer for hours, refused to a kiosk, and
// an unpaid hold not kept is released at sign-out.
#include "PassengerNames.h"
#include "widgets/PartySizeStepper.h"
#include "AgentFixture.h"
#include "KioskDriver.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/DeskBookingView.h"
#include "models/FlightListModel.h"
#include "screens/FlightListScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "widgets/ContactFields.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace kiosk;
using namespace kiosk::test;

namespace {

class DeskBookingTest : public AgentFixture {
protected:
    // Signs ada in and opens the New booking tab with Ctrl+N.
    ui::DeskBookingView *openDesk()
    {
        open();
        window->addNewBookingTab(QStringLiteral("DUB"));
        signIn(QStringLiteral("ada"), Password);
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        ui::DeskBookingView *desk = window->deskBooking();
        EXPECT_NE(desk, nullptr);
        EXPECT_EQ(window->tabs()->currentWidget(), desk);
        return desk;
    }

    // The fixture's flight, these seats, these names: up to the passenger page, names typed.
    void fillInNames(ui::DeskBookingView &desk, const QStringList &seats, const QStringList &names)
    {
        QTableView *table = desk.flights()->view();
        int row = 0;
        while (row < table->model()->rowCount()
               && table->model()->index(row, 0).data(ui::FlightListModel::FlightIdRole).toLongLong() != flight.id)
            ++row;
        ASSERT_LT(row, table->model()->rowCount()) << "the test flight is not listed";
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return); // keyboard first
        ASSERT_EQ(desk.currentPage(), desk.seats());
        desk.seats()->partySize()->setValue(int(seats.size()));
        for (const QString &code : seats)
            ASSERT_NO_FATAL_FAILURE(clickSeat(*desk.seats(), code));
        QTest::mouseClick(desk.seats()->continueButton(), Qt::LeftButton);
        ASSERT_EQ(desk.currentPage(), desk.passengers());
        for (int i = 0; i < names.size(); ++i)
            typeName(*desk.passengers(), i, names[i]);
    }

    // ... and on to the pay-or-hold page, with the customer's e-mail and phone if given.
    void fillIn(ui::DeskBookingView &desk, const QStringList &seats, const QStringList &names,
                const ContactDetails &contact = {})
    {
        ASSERT_NO_FATAL_FAILURE(fillInNames(desk, seats, names));
        QTest::keyClicks(desk.passengers()->contactFields()->emailField(), contact.email);
        QTest::keyClicks(desk.passengers()->contactFields()->phoneField(), contact.phone);
        QTest::mouseClick(desk.passengers()->continueButton(), Qt::LeftButton);
        ASSERT_EQ(desk.currentPage(), desk.finishPage());
    }

    void chooseHoldTime(ui::DeskBookingView &desk, int seconds)
    {
        const int index = desk.holdTime()->findData(seconds);
        ASSERT_GE(index, 0);
        desk.holdTime()->setCurrentIndex(index);
    }

    // The booking the Bookings tab shows beside its list.
    QString openedReference() const
    {
        return window->bookingDetail()->booking().reference;
    }
};

TEST_P(DeskBookingTest, AnAgentBooksTwoSeatsAndTakesPaymentAsThemself)
{
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_NO_FATAL_FAILURE(fillIn(*desk, {QStringLiteral("6A"), QStringLiteral("6B")},
                                   {QStringLiteral("Eve Adams"), QStringLiteral("Finn Adams")}));
    QTest::mouseClick(desk->payButton(), Qt::LeftButton);
    ASSERT_NE(desk->paymentDialog(), nullptr) << desk->message()->text().toStdString();
    ASSERT_NO_FATAL_FAILURE(payWithCard(desk->paymentDialog(), QStringLiteral("4242424242424242")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !openedReference().isEmpty(); }, 30000));

    const QString reference = openedReference();
    auto booking = service->find(reference);
    ASSERT_TRUE(booking.ok()) << reference.toStdString();
    EXPECT_EQ(booking->state, BookingState::Confirmed);
    EXPECT_EQ(booking->createdBy, QStringLiteral("ada"));
    ASSERT_EQ(booking->passengers.size(), 2);
    EXPECT_EQ(booking->passengers.at(1).name, QStringLiteral("Finn Adams"));
    auto history = service->history(reference);
    ASSERT_TRUE(history.ok());
    ASSERT_FALSE(history->isEmpty());
    for (const AuditEntry &entry : std::as_const(*history))
        EXPECT_EQ(entry.actor, QStringLiteral("ada")) << bookingStateName(entry.to).toStdString();
    EXPECT_EQ(history->last().to, BookingState::Confirmed);
    EXPECT_EQ(desk->currentPage(), desk->flights()); // ready for the next customer
}

TEST_P(DeskBookingTest, AnAgentHoldsForTwoHoursAndTheHoldOutlivesSignOut)
{
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_NO_FATAL_FAILURE(fillIn(*desk, {QStringLiteral("7C")}, {QStringLiteral("Gus Grant")}));
    ASSERT_NO_FATAL_FAILURE(chooseHoldTime(*desk, 2 * 3600));
    QTest::mouseClick(desk->keepButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !openedReference().isEmpty(); }, 5000))
        << desk->message()->text().toStdString();

    const QString reference = openedReference();
    auto booking = service->find(reference);
    ASSERT_TRUE(booking.ok()) << reference.toStdString();
    EXPECT_EQ(booking->state, BookingState::SeatHeld);
    auto now = service->serverNow();
    ASSERT_TRUE(now.ok());
    const qint64 secondsLeft = now->secsTo(booking->holdDeadlineUtc);
    EXPECT_GT(secondsLeft, 2 * 3600 - 120);
    EXPECT_LE(secondsLeft, 2 * 3600);

    window->signOut(QStringLiteral("signed out")); // kept on purpose: it stays
    service->setActor(Actor::builtInOperator(QStringLiteral("desk-1")));
    auto after = service->find(reference);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->state, BookingState::SeatHeld);
}

TEST_P(DeskBookingTest, TheCustomersContactIsKeptWithTheHold)
{
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_NO_FATAL_FAILURE(fillIn(*desk, {QStringLiteral("7D")}, {QStringLiteral("Gus Grant")},
                                   {QStringLiteral(" gus@Example.ORG "), QStringLiteral("+353 (1) 555-0100")}));
    auto *summary = desk->finishPage()->findChild<QLabel *>(QStringLiteral("deskSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("gus@example.org +35315550100"))) << summary->text().toStdString();
    QTest::mouseClick(desk->keepButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !openedReference().isEmpty(); }, 5000))
        << desk->message()->text().toStdString();

    auto stored = service->contact(openedReference());
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_EQ(stored->email, QStringLiteral("gus@example.org"));
    EXPECT_EQ(stored->phone, QStringLiteral("+35315550100"));
}

TEST_P(DeskBookingTest, AMalformedPhoneStaysOnTheNamesPageWithItsReason)
{
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_NO_FATAL_FAILURE(fillInNames(*desk, {QStringLiteral("7E")}, {QStringLiteral("Hal Hughes")}));
    ui::ContactFields *contact = desk->passengers()->contactFields();
    // Keyboard first: Tab goes from the last surname to the e-mail and on to the phone.
    desk->passengers()->surnameField(0)->setFocus();
    QTest::keyClick(desk->passengers()->surnameField(0), Qt::Key_Tab);
    EXPECT_TRUE(contact->emailField()->hasFocus());
    QTest::keyClick(contact->emailField(), Qt::Key_Tab);
    ASSERT_TRUE(contact->phoneField()->hasFocus());
    QTest::keyClicks(contact->phoneField(), QStringLiteral("+353 1 555 01OO")); // letters O for zeros
    QTest::mouseClick(desk->passengers()->continueButton(), Qt::LeftButton);
    EXPECT_EQ(desk->currentPage(), desk->passengers());
    EXPECT_TRUE(contact->phoneError()->text().contains(QStringLiteral("is not a phone number")))
        << contact->phoneError()->text().toStdString();
    EXPECT_TRUE(contact->phoneField()->property("invalid").toBool());
    EXPECT_TRUE(contact->emailError()->text().isEmpty());
}

TEST_P(DeskBookingTest, AnUnpaidHoldNotKeptIsCancelledAtSignOut)
{
    ui::DeskBookingView *desk = openDesk();
    ASSERT_NE(desk, nullptr);
    ASSERT_NO_FATAL_FAILURE(fillIn(*desk, {QStringLiteral("8D")}, {QStringLiteral("Hal Hughes")}));
    QTest::mouseClick(desk->payButton(), Qt::LeftButton);
    ASSERT_NE(desk->paymentDialog(), nullptr);
    const QString reference = desk->paymentDialog()->booking().reference;
    ASSERT_FALSE(reference.isEmpty());

    window->signOut(QStringLiteral("signed out after 300 s without input"));
    EXPECT_EQ(window->deskBooking(), nullptr);
    service->setActor(Actor::builtInOperator(QStringLiteral("desk-1")));
    auto booking = service->find(reference);
    ASSERT_TRUE(booking.ok());
    EXPECT_EQ(booking->state, BookingState::Cancelled);
    auto history = service->history(reference);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->last().actor, QStringLiteral("ada"));
    EXPECT_TRUE(history->last().reason.contains(QStringLiteral("not kept"))) << history->last().reason.toStdString();
}

TEST_P(DeskBookingTest, AKioskCannotHoldLongerThanTheStandardTimeAndIsToldWhy)
{
    service->setActor(Actor{QStringLiteral("kiosk-7"), QStringLiteral("kiosk"), Role::Kiosk});
    ui::DeskBookingView desk(*service, *catalog, QStringLiteral("DUB"));
    desk.resize(1100, 800);
    desk.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&desk));
    ASSERT_NO_FATAL_FAILURE(fillIn(desk, {QStringLiteral("9A")}, {QStringLiteral("Ivy Irwin")}));
    ASSERT_NO_FATAL_FAILURE(chooseHoldTime(desk, 2 * 3600));
    QTest::mouseClick(desk.keepButton(), Qt::LeftButton);

    EXPECT_EQ(desk.currentPage(), desk.finishPage());
    const QString message = desk.message()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("not allowed for role kiosk"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("longer than the standard hold time"))) << message.toStdString();
    service->setActor(Actor::builtInOperator(QStringLiteral("desk-1")));
    BookingQuery ivy;
    ivy.name = QStringLiteral("Ivy Irwin");
    auto found = service->search(ivy);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found->isEmpty()); // nothing was held
}

} // namespace

KIOSK_ON_BOTH_BACKENDS(DeskBookingTest);
