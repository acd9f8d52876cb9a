#include "AgentScreenshotTour.h"
#include "PassengerNames.h"
#include "ScheduleImportScreenshotTour.h"
#include "ScheduleScreenshotTour.h"
#include "widgets/PartySizeStepper.h"
#include "FullCabin.h"

#include "agent/AgentWindow.h"
#include "widgets/ConnectionBanner.h"
#include "agent/BookingDetailView.h"
#include "agent/BookingsTab.h"
#include "agent/BookingLookupView.h"
#include "agent/BookingTableModel.h"
#include "agent/CancelBookingDialog.h"
#include "agent/ChangeSeatDialog.h"
#include "models/SeatMapModel.h"
#include "agent/CheckInDeskView.h"
#include "agent/DeskBookingView.h"
#include "agent/DisruptionsView.h"
#include "agent/SignInDialog.h"
#include "auth/Authenticator.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInService.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoSeeder.h"
#include "demo/DemoStaff.h"
#include "models/FlightListModel.h"
#include "payment/FutureWait.h"
#include "payment/MockPaymentGateway.h"
#include "reporting/ReportService.h"
#include "reports/ReportsView.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"
#include "agent/StaffCallsBar.h"
#include "booking/StaffCallDesk.h"
#include "schedule/FeedParser.h"
#include "schedule/ScheduleImporter.h"
#include "screens/FlightListScreen.h"
#include "screens/PassengerScreen.h"
#include "screens/PaymentDialog.h"
#include "screens/WaitlistScreen.h"
#include "widgets/SeatMapView.h"
#include "widgets/ContactFields.h"
#include "screens/SeatMapScreen.h"
#include "storage/CheckInRepository.h"
#include "storage/Database.h"
#include "storage/FlightRepository.h"
#include "storage/Migrator.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace kiosk::test {

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(200); // let layouts and timers settle
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("saved %s", qPrintable(path));
}

namespace {

// Whether the flight has every seat the tour books, changes to or blocks, free on its main
// deck (a wide-body's rows 12 to 22 may be business, without a B or an E).
bool hasTourSeats(FlightCatalog &catalog, const Flight &flight)
{
    auto seats = catalog.seats(flight.id);
    if (!seats)
        return false;
    QStringList codes;
    for (const Seat &seat : std::as_const(*seats)) {
        if (seat.deck == 0 && seat.status == SeatStatus::Free)
            codes << seat.code.toString();
    }
    for (const char *needed : {"12A", "12B", "14A", "14C", "15D", "15E", "15F", "20A", "21A", "21B", "22C"}) {
        if (!codes.contains(QLatin1String(needed)))
            return false;
    }
    return true;
}

// A flight from DUB 30 to 70 hours ahead: its cancellations refund 50 % by the policy.
Flight halfRefundFlight(FlightCatalog &catalog)
{
    auto now = catalog.serverNow();
    DepartureQuery query;
    query.origin = QStringLiteral("DUB");
    query.limit = 500;
    auto flights = catalog.departures(query);
    if (!now || !flights)
        qFatal("cannot list the tour's flights");
    for (const FlightSummary &summary : std::as_const(*flights)) {
        const qint64 hours = now->secsTo(summary.flight.departureUtc) / 3600;
        if (hours > 30 && hours < 70 && hasTourSeats(catalog, summary.flight))
            return summary.flight;
    }
    qFatal("no flight 30 to 70 hours ahead in the tour database");
}

QString book(BookingService &service, const Flight &flight, const QStringList &seats, const QStringList &names,
             bool declineFirst = false)
{
    HoldRequest request;
    request.flight = FlightRef::byId(flight.id);
    for (const QString &code : seats)
        request.seats << *SeatCode::parse(code);
    request.passengers = names;
    auto held = service.hold(request);
    if (!held)
        qFatal("tour hold failed: %s", qPrintable(held.error().message));
    CardDetails card;
    card.setExpiry(QStringLiteral("12/30"));
    card.cvc = QStringLiteral("123");
    if (declineFirst) {
        card.number = QStringLiteral("4000000000000002");
        (void)waitFor(service.submitPayment(held->reference, card), 10000);
    }
    card.number = QStringLiteral("4242424242424242");
    if (!waitFor(service.submitPayment(held->reference, card), 10000))
        qFatal("tour payment failed");
    return held->reference;
}

void signIn(ui::AgentWindow &window, const QString &name, const QString &password)
{
    window.showSignIn();
    ui::SignInDialog *dialog = window.signInDialog();
    dialog->userName()->setText(name);
    dialog->password()->setText(password);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return window.signedIn().has_value() || !dialog->isBusy(); }, 10000))
        qFatal("the sign-in never answered");
}

// The Bookings tab with `reference`'s row current: its detail beside the list.
ui::BookingDetailView *openDetail(ui::AgentWindow &window, const QString &reference)
{
    window.tabs()->setCurrentWidget(window.bookingsTab());
    QTableView *view = window.lookup()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(ui::BookingTableModel::ReferenceRole).toString() == reference)
            view->setCurrentIndex(view->model()->index(row, 0));
    }
    view->setFocus();
    if (window.bookingDetail()->booking().reference != reference)
        qFatal("no detail for %s", qPrintable(reference));
    return window.bookingDetail();
}

ui::CancelBookingDialog *cancelAndWait(ui::CancelBookingDialog *cancel)
{
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton); // asks to confirm
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([cancel] { return !cancel->isRunning(); }, 10000))
        qFatal("the cancellation never finished");
    return cancel;
}

// A partner's feed flies XX200 and XX202 DUB -> LHR tomorrow; after bookings on both, the
// next feed cancels XX200 and gives XX202 four business seats instead of twelve: real
// disruptions (cancelled, seats moved, one passenger without a seat) for the agent's tab.
void disruptSchedule(Database &db, BookingService &service)
{
    const QDate day = QDate::currentDate().addDays(1);
    auto feed = [&day](const char *status, const char *configuration) {
        return QStringLiteral(R"({"schema": 1, "flights": [
            {"designator": "XX200", "date": "%1", "origin": "DUB", "destination": "LHR", "departure": "%1T17:00:00Z",
             "arrival": "%1T18:20:00Z", "aircraft_type": "320", "configuration": "J12Y156", "status": "%2"},
            {"designator": "XX202", "date": "%1", "origin": "DUB", "destination": "LHR", "departure": "%1T19:00:00Z",
             "arrival": "%1T20:20:00Z", "aircraft_type": "320", "configuration": "%3"}]})")
            .arg(day.toString(Qt::ISODate), QLatin1String(status), QLatin1String(configuration))
            .toUtf8();
    };
    auto import = [&db](const QByteArray &json) {
        auto legs = FeedParser::parse(json);
        if (!legs || !ScheduleImporter(db, Actor::builtInOperator(QStringLiteral("planner")))
                           .importLegs(QStringLiteral("feed:partner-x"), *legs, {}))
            qFatal("the tour's schedule import failed");
    };
    import(feed("scheduled", "J12Y156"));
    auto cancelled = FlightRepository(db).find(FlightRef{0, QStringLiteral("XX"), 200, day});
    auto smaller = FlightRepository(db).find(FlightRef{0, QStringLiteral("XX"), 202, day});
    if (!cancelled || !smaller)
        qFatal("the tour's imported flights are missing");
    book(service, *cancelled, {QStringLiteral("10A"), QStringLiteral("10B")},
         {QStringLiteral("Ada Yonath"), QStringLiteral("Emmy Noether")});
    book(service, *smaller, {QStringLiteral("3A"), QStringLiteral("3C")},
         {QStringLiteral("Mary Jackson"), QStringLiteral("Christine Darden")});
    book(service, *smaller, {QStringLiteral("2D")}, {QStringLiteral("Margaret Hamilton")});
    book(service, *smaller, {QStringLiteral("2F")}, {QStringLiteral("Radia Perlman")});
    book(service, *smaller, {QStringLiteral("1A")}, {QStringLiteral("Frances Allen")});
    import(feed("cancelled", "J4Y156"));
}

// New booking: the flight, the best two seats together, two names, then pay or hold.
void showNewBooking(ui::AgentWindow &window, const Flight &flight, const QString &outDir)
{
    ui::DeskBookingView *desk = window.deskBooking();
    if (!desk)
        qFatal("the agent has no New booking tab");
    window.tabs()->setCurrentWidget(desk);
    QTableView *table = desk->flights()->view();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ui::FlightListModel::FlightIdRole).toLongLong() == flight.id)
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    QTest::keyClick(table, Qt::Key_Return);
    desk->seats()->partySize()->setValue(2);
    QTest::mouseClick(desk->seats()->bestButton(), Qt::LeftButton);
    QTest::mouseClick(desk->seats()->continueButton(), Qt::LeftButton);
    const QStringList names = {QStringLiteral("Katherine Johnson"), QStringLiteral("Dorothy Vaughan")};
    for (int i = 0; i < names.size(); ++i)
        typeName(*desk->passengers(), i, names[i]);
    // The customer's contact, the address mistyped first: the reason shows under the field.
    ui::ContactFields *contact = desk->passengers()->contactFields();
    QTest::keyClicks(contact->emailField(), QStringLiteral("k.johnson@nasa"));
    QTest::keyClicks(contact->phoneField(), QStringLiteral("+1 757 555 0100"));
    QTest::mouseClick(desk->passengers()->continueButton(), Qt::LeftButton);
    save(&window, outDir, QStringLiteral("agent-11a-new-booking-contact-error"));
    QTest::keyClicks(contact->emailField(), QStringLiteral(".gov"));
    QTest::mouseClick(desk->passengers()->continueButton(), Qt::LeftButton);
    if (desk->currentPage() != desk->finishPage())
        qFatal("the New booking tab did not reach its last step");
    save(&window, outDir, QStringLiteral("agent-11-new-booking"));
    // A failover under way: the strip LiveSync shows above the tabs until the database is back.
    window.connectionBanner()->showLost();
    window.connectionBanner()->showRetryIn(2000);
    save(&window, outDir, QStringLiteral("agent-13-connection-lost"));
}

// A full cabin: the customer on its waitlist (Alt+W); then payment for a held booking from its detail.
void showDeskWaitlist(ui::AgentWindow &window, BookingService &service, FlightCatalog &catalog, const Flight &flight,
                      const QString &outDir)
{
    Cabin cabin = Cabin::Economy;
    if (fillSmallestCabin(service, catalog, flight.id, &cabin).isEmpty())
        qFatal("cannot fill a cabin for the desk's waitlist");
    ui::DeskBookingView *desk = window.deskBooking();
    window.tabs()->setCurrentWidget(desk);
    desk->start();
    QTableView *table = desk->flights()->view();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(ui::FlightListModel::FlightIdRole).toLongLong() == flight.id)
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    QTest::keyClick(table, Qt::Key_Return);
    desk->seats()->partySize()->setValue(1);
    save(&window, outDir, QStringLiteral("agent-15-new-booking-waitlist"));
    window.activateWindow(); // the shortcut goes to the active window's focus
    if (!QTest::qWaitForWindowActive(&window))
        qFatal("the agent window never became active");
    desk->seats()->view()->setFocus();
    QTest::keyClick(desk->seats()->view(), Qt::Key_W, Qt::AltModifier);
    if (desk->currentPage() != desk->passengers())
        qFatal("Alt+W did not open the waitlist's names");
    typeName(*desk->passengers(), 0, QStringLiteral("Mary Jackson"));
    QTest::keyClicks(desk->passengers()->contactFields()->emailField(), QStringLiteral("mary.jackson@example.com"));
    QTest::mouseClick(desk->passengers()->continueButton(), Qt::LeftButton);
    if (desk->currentPage() != desk->waitlistPage())
        qFatal("the desk could not join the waitlist");
    save(&window, outDir, QStringLiteral("agent-15a-waitlist-joined"));

    auto seats = catalog.seats(flight.id);
    HoldRequest request;
    request.flight = FlightRef::byId(flight.id);
    for (const Seat &seat : seats ? *seats : QList<Seat>())
        if (request.seats.isEmpty() && seat.status == SeatStatus::Free)
            request.seats << seat.code;
    request.passengers = {QStringLiteral("Katherine Goble")};
    request.ttlSeconds = 2 * 3600;
    auto held = service.hold(request);
    if (!held)
        qFatal("cannot hold for the tour's payment at the desk");
    window.lookup()->nameField()->setText(QStringLiteral("goble"));
    window.lookup()->search();
    ui::BookingDetailView *detail = openDetail(window, held->reference);
    save(&window, outDir, QStringLiteral("agent-16-detail-held"));
    detail->openPayment();
    save(detail->paymentDialog(), outDir, QStringLiteral("agent-16a-take-payment"));
    detail->paymentDialog()->close();
}

} // namespace

void runAgentScreenshotTour(const QString &outDir)
{
    QTemporaryDir temp;
    auto db = Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("agent-tour.sqlite")));
    if (!db || !Migrator(**db).migrate())
        qFatal("cannot prepare the tour database");
    auto today = (*db)->serverNow();
    if (!DemoSeeder::seed(**db, DemoDataGenerator(7, today->date(), 4).generate()))
        qFatal("cannot seed the tour database");
    if (!DemoStaff::ensure(**db, PasswordHasher(PasswordHasher::MinIterations)))
        qFatal("cannot add the demo staff");

    MockPaymentGateway gateway;
    BookingService service(**db, gateway, Actor::builtInOperator(QStringLiteral("desk-3")));
    FlightCatalog catalog(**db);
    const Flight flight = halfRefundFlight(catalog);
    const QString obrien = book(service, flight, {QStringLiteral("12A"), QStringLiteral("12B")},
                                {QStringLiteral("Anna O'Brien-Müller"), QStringLiteral("Zoë Smith")}, true);
    book(service, flight, {QStringLiteral("14C")}, {QStringLiteral("Ada Lovelace")});
    const QString turing = book(service, flight, {QStringLiteral("15D"), QStringLiteral("15E"), QStringLiteral("15F")},
                                {QStringLiteral("Alan Turing"), QStringLiteral("Joan Clarke"), QStringLiteral("Hugh Alexander")});
    book(service, flight, {QStringLiteral("20A")}, {QStringLiteral("Grace Hopper")});

    Authenticator authenticator(**db, QStringLiteral("desk-3"));
    ui::AgentWindow window(service, catalog, authenticator, 300);
    ReportService reports(**db);
    DisruptionDesk disruptions(**db, service.actor());
    disruptSchedule(**db, service);
    window.addNewBookingTab(QStringLiteral("DUB"));
    window.addReportsTab(reports);
    window.addDisruptionsTab(disruptions);
    ScheduleDesk schedule(**db, service.events(), service.actor());
    window.addScheduleTab(schedule);
    // A traveller at kiosk-12 pressed Help on the seat map: the strip under the title shows it.
    StaffCallDesk staffCalls(**db);
    if (!staffCalls.call(Actor{QStringLiteral("kiosk-12"), QStringLiteral("kiosk"), Role::Kiosk},
                         QStringLiteral("seatMapScreen"), obrien))
        qFatal("the kiosk's call for help was not recorded");
    window.addStaffCallsBar(staffCalls);
    CheckInService checkIns(**db, service.actor());
    BagTagger bags(**db, service.actor());
    window.addCheckInTab(checkIns, bags, kiosk::ui::DocumentPrinter(QString(), temp.path()));
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("window not exposed");
    window.showSignIn();
    ui::SignInDialog *signInDialog = window.signInDialog();
    signInDialog->userName()->setText(QStringLiteral("agent"));
    save(signInDialog, outDir, QStringLiteral("agent-1-sign-in"));
    signIn(window, QStringLiteral("agent"), QStringLiteral("not the password"));
    save(signInDialog, outDir, QStringLiteral("agent-2-sign-in-error"));
    signIn(window, QStringLiteral("agent"), QString::fromLatin1(DemoStaff::DemoPassword));
    if (!window.signedIn())
        qFatal("the demo agent could not sign in");

    window.lookup()->flightField()->setText(flight.designator());
    window.lookup()->search();
    save(&window, outDir, QStringLiteral("agent-3-lookup"));
    window.staffCallsBar()->answerOldest(); // on my way: the strip goes

    ui::BookingDetailView *detail = openDetail(window, obrien);
    save(&window, outDir, QStringLiteral("agent-4-detail"));
    detail->openCancellation();
    ui::CancelBookingDialog *cancel = detail->cancelDialog();
    cancel->scope()->setCurrentIndex(2); // only Zoë Smith
    cancel->reason()->setText(QStringLiteral("customer request"));
    save(cancel, outDir, QStringLiteral("agent-5-cancel-quote"));
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    save(cancel, outDir, QStringLiteral("agent-5b-cancel-confirm"));
    QTest::mouseClick(cancel->confirmButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([cancel] { return !cancel->isRunning(); }, 10000))
        qFatal("the cancellation never finished");
    save(cancel, outDir, QStringLiteral("agent-6-cancel-refunded"));
    cancel->close();
    detail->openSeatChange();
    ui::ChangeSeatDialog *change = detail->changeSeatDialog();
    auto *changeMap = qobject_cast<ui::SeatMapModel *>(change->seatMap()->model());
    changeMap->select(QStringLiteral("14A"));
    change->seatMap()->scrollTo(changeMap->indexOf(QStringLiteral("14A")));
    save(change, outDir, QStringLiteral("agent-7-change-seat"));
    change->close();
    showNewBooking(window, flight, outDir);

    window.signOut(QStringLiteral("signed out"));
    signIn(window, QStringLiteral("supervisor"), QString::fromLatin1(DemoStaff::DemoPassword));
    QTest::keyClicks(window.lookup()->nameField(), QStringLiteral("turing"));
    window.lookup()->search();
    detail = openDetail(window, turing);
    detail->openCancellation();
    cancel = detail->cancelDialog();
    cancel->overrideBox()->setChecked(true);
    cancel->overrideAmount()->setText(QStringLiteral("300.00"));
    cancel->overrideReason()->setText(QStringLiteral("flight disrupted by strike"));
    cancel->reason()->setText(QStringLiteral("strike"));
    save(cancel, outDir, QStringLiteral("agent-8-supervisor-override"));
    cancelAndWait(cancel);
    cancel->close();
    save(&window, outDir, QStringLiteral("agent-9-detail-override-history"));
    auto *view = window.findChild<ui::ReportsView *>(); // a supervisor has the Reports tab
    if (view)
        window.tabs()->setCurrentWidget(view);
    if (!view || !view->refresh())
        qFatal("no report in the supervisor's Reports tab");
    save(&window, outDir, QStringLiteral("agent-10-reports-tab"));
    auto *open = window.findChild<ui::DisruptionsView *>();
    if (!open)
        qFatal("no Disruptions tab");
    window.tabs()->setCurrentWidget(open);
    open->refresh();
    save(&window, outDir, QStringLiteral("agent-12-disruptions"));

    // Check-in at the desk (opened a week ahead for the tour): Anna checked in with a bag.
    if (!CheckInRepository(**db).saveWindow(flight.carrier, QString(), {7 * 24 * 60, 0}))
        qFatal("cannot open check-in for the tour");
    auto *desk = window.findChild<ui::CheckInDeskView *>();
    if (!desk)
        qFatal("no Check-in tab");
    window.connectionBanner()->hide(); // the failover of agent-13 is over
    window.tabs()->setCurrentWidget(desk);
    desk->referenceField()->setText(obrien);
    desk->find();
    desk->checkInSelected();
    desk->bagCount()->setValue(1);
    desk->declareBags();
    desk->printBoardingPasses();
    save(&window, outDir, QStringLiteral("agent-14-check-in-desk"));
    showDeskWaitlist(window, service, catalog, flight, outDir);
    window.signOut(QStringLiteral("signed out"));
    signIn(window, QStringLiteral("admin"), QString::fromLatin1(DemoStaff::DemoPassword));
    showScheduleTab(window, flight, outDir);
    showScheduleImport(window, **db, service, outDir);
}

} // namespace kiosk::test
