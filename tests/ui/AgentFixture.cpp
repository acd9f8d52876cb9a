#include "AgentFixture.h"

#include "agent/AgentWindow.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingLookupView.h"
#include "agent/BookingsTab.h"
#include "agent/BookingTableModel.h"
#include "agent/CancelBookingDialog.h"
#include "agent/SignInDialog.h"
#include "auth/UserAdministration.h"
#include "payment/FutureWait.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QToolBar>
#include <QTableView>
#include <QTest>

namespace kiosk::test {

const QString AgentFixture::Password = QStringLiteral("correct horse");

namespace {
Booking confirmedFor(BookingService &service, qint64 flightId, const QStringList &seats, const QStringList &names)
{
    HoldRequest request;
    request.flight = FlightRef::byId(flightId);
    for (const QString &code : seats)
        request.seats << *SeatCode::parse(code);
    request.passengers = names;
    auto held = service.hold(request);
    EXPECT_TRUE(held.ok()) << (held ? std::string() : held.error().message.toStdString());
    if (!held)
        return {};
    CardDetails card;
    card.number = QStringLiteral("4242424242424242");
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    auto paid = waitFor(service.submitPayment(held->reference, card), 30000);
    EXPECT_TRUE(paid.ok()) << (paid ? std::string() : paid.error().message.toStdString());
    return paid.ok() ? *paid : Booking{};
}
} // namespace

void AgentFixture::SetUp()
{
    database.emplace(GetParam());
    ASSERT_TRUE(database->ready()) << database->setupError().toStdString();
    db = database->connect();
    ASSERT_NE(db, nullptr);
    flight = addTestFlight(*db);
    ASSERT_GT(flight.id, 0);
    // Few hash rounds: these tests are about the screens, not the hash's cost.
    UserAdministration admin(*db, Actor::builtInOperator(QStringLiteral("setup")),
                             PasswordHasher(PasswordHasher::MinIterations));
    ASSERT_TRUE(admin.addUser(QStringLiteral("ada"), Role::Agent, Password).ok());
    ASSERT_TRUE(admin.addUser(QStringLiteral("sue"), Role::Supervisor, Password).ok());
    service = std::make_unique<BookingService>(*db, gateway, Actor::builtInOperator(QStringLiteral("desk-1")));
    single = confirmedFor(*service, flight.id, {QStringLiteral("2A")}, {QStringLiteral("Anna O'Brien-Müller")});
    couple = confirmedFor(*service, flight.id, {QStringLiteral("3A"), QStringLiteral("3B")},
                          {QStringLiteral("Ada Brown"), QStringLiteral("Bob Brown")});
    family = confirmedFor(*service, flight.id, {QStringLiteral("4A"), QStringLiteral("4B"), QStringLiteral("4C")},
                          {QStringLiteral("Cy Brown"), QStringLiteral("Di Brown"), QStringLiteral("Ed Brown")});
    ASSERT_FALSE(family.reference.isEmpty());
    authenticator = std::make_unique<Authenticator>(*db, QStringLiteral("desk-1"));
    catalog = std::make_unique<FlightCatalog>(*db);
}

void AgentFixture::TearDown()
{
    window.reset();
    catalog.reset();
    authenticator.reset();
    service.reset();
    db.reset();
    database.reset();
}

void AgentFixture::open(int idleSignOutSeconds)
{
    window = std::make_unique<ui::AgentWindow>(*service, *catalog, *authenticator, idleSignOutSeconds);
    window->resize(1280, 860);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    window->showSignIn();
    ASSERT_NE(window->signInDialog(), nullptr);
}

void AgentFixture::signIn(const QString &name, const QString &password)
{
    ui::SignInDialog *dialog = window->signInDialog();
    ASSERT_NE(dialog, nullptr);
    dialog->userName()->setText(name);
    dialog->password()->clear();
    QTest::keyClicks(dialog->password(), password);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->signedIn().has_value() || (window->signInDialog() &&
                                                                              !window->signInDialog()->isBusy()); },
                                10000));
}

void AgentFixture::searchByName(const QString &name)
{
    QLineEdit *field = window->lookup()->nameField();
    field->clear();
    QTest::keyClicks(field, name);
    QTest::keyClick(field, Qt::Key_Return);
}

ui::BookingDetailView *AgentFixture::openDetail(const QString &reference)
{
    QTableView *view = window->lookup()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(ui::BookingTableModel::ReferenceRole).toString() == reference) {
            view->setFocus();
            view->setCurrentIndex(index);
            ui::BookingDetailView *detail = window->bookingDetail();
            EXPECT_EQ(detail->booking().reference, reference) << "the detail follows the current row";
            return detail->booking().reference == reference ? detail : nullptr;
        }
    }
    ADD_FAILURE() << reference.toStdString() << " is not in the results";
    return nullptr;
}

void AgentFixture::clickToolBar(QAction *action)
{
    QWidget *button = window->bookingsTab()->toolBar()->widgetForAction(action);
    ASSERT_NE(button, nullptr) << action->text().toStdString();
    ASSERT_TRUE(button->isVisible() && button->isEnabled()) << action->text().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

ui::CancelBookingDialog *AgentFixture::openCancellation(const QString &reference)
{
    ui::BookingDetailView *detail = openDetail(reference);
    if (!detail)
        return nullptr;
    clickToolBar(detail->cancelAction());
    return detail->cancelDialog();
}

qint64 AgentFixture::refundedAtGateway() const
{
    qint64 total = 0;
    for (const auto &charge : gateway.ledger())
        total += charge.refundedMinor;
    return total;
}

} // namespace kiosk::test
