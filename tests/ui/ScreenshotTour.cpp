// Walks the traveller's journey on a fresh demo database and saves a PNG of every
// screen: `kiosk_screenshots OUTDIR [--agent] [--kiosk] [--lang de]`; with --agent the agent
// workstation's screens instead (AgentScreenshotTour), with --lang in that language.
// Used for docs/screenshots and to look at what travellers and agents see after each UI
// change (run under xvfb-run or offscreen).
#include "PassengerNames.h"
#include "widgets/PartySizeStepper.h"
#include "AccessibleScreenshotTour.h"
#include "AgentScreenshotTour.h"
#include "WaitlistScreenshotTour.h"
#include "booking/BookingService.h"
#include "booking/FlightCatalog.h"
#include "booking/ReceiptBuilder.h"
#include "booking/StaffCallDesk.h"
#include "booking/VoucherAdministration.h"
#include "notify/DocumentMailer.h"
#include "checkin/BagTagger.h"
#include "checkin/CheckInSeatChanger.h"
#include "checkin/CheckInService.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoNetwork.h"
#include "demo/DemoSeeder.h"
#include "models/FlightListModel.h"
#include "models/SeatMapModel.h"
#include "FaultyGateway.h"
#include "TerminalScreenshotTour.h"
#include "TourFlights.h"
#include "ReportDataFill.h"
#include "reporting/ReportService.h"
#include "reports/ReportsView.h"
#include "screens/BagScreen.h"
#include "screens/BoardingPassScreen.h"
#include "screens/CheckInScreen.h"
#include "screens/CheckInSeatPage.h"
#include "screens/ConfirmationScreen.h"
#include "screens/ReceiptScreen.h"
#include "screens/VoucherField.h"
#include "screens/WelcomeScreen.h"
#include "screens/FlightListScreen.h"
#include "screens/KioskWindow.h"
#include "widgets/KioskHeader.h"
#include "widgets/ConnectionBanner.h"
#include "screens/PassengerScreen.h"
#include "widgets/ContactFields.h"
#include "screens/PaymentDialog.h"
#include "screens/SeatMapScreen.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/DocumentPrinter.h"
#include "widgets/SeatMapView.h"
#include "widgets/SeatMiniMap.h"
#include "widgets/WholeScreen.h"
#include "storage/CheckInRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace kiosk;

namespace {

using test::save;

// --kiosk: the whole screen, as the counter kiosk shows itself (xvfb-run -s "-screen 0 WxHx24");
// otherwise a window of the demo's size.
void showTourWindow(ui::KioskWindow &window, const ui::KioskOptions &options)
{
    if (options.mode == ui::KioskOptions::Mode::Kiosk) {
        ui::showOnWholeScreen(window);
    } else {
        window.resize(1280, 900);
        window.show();
    }
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the kiosk's window was not exposed");
}

// A free seat of `cabin` other than `except` on the seat map on screen.
QString freeSeat(const ui::SeatMapModel &model, Cabin cabin, const QString &except)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const Seat *seat = model.seatAt(model.index(row, column));
            if (seat && seat->status == SeatStatus::Free && seat->cabin == cabin && seat->code.toString() != except)
                return seat->code.toString();
        }
    }
    qFatal("no free seat to move to");
    return QString();
}

// The first flight of `aircraft` still sold (a closed one cannot be booked), looked for past
// the board's first page too.
qint64 flightOfAircraft(ui::FlightListModel &model, const QString &aircraft)
{
    for (int row = 0; row < model.rowCount() || model.canFetchMore({}); ++row) {
        if (row == model.rowCount())
            model.fetchMore({});
        const FlightSummary *summary = model.summaryAt(row);
        if (summary && summary->flight.aircraft == aircraft && !summary->salesClosed && !summary->flight.cancelled)
            return summary->flight.id;
    }
    qFatal("no %s flight is sold on the tour's board", qPrintable(aircraft));
    return 0;
}

// A kiosk whose printer has gone (print/printer names one that is not there), inside the
// kiosk's window: the receipt and the boarding passes are saved as PDFs, and "E-mail it to
// me" is put forward; the boarding pass on the screen as Aztec (checkin/screen-barcode).
QStackedWidget *screensOf(ui::KioskWindow &window)
{
    return qobject_cast<QStackedWidget *>(window.welcomeScreen()->parentWidget());
}

void showInWindow(ui::KioskWindow &window, QWidget &screen)
{
    screensOf(window)->addWidget(&screen);
    screensOf(window)->setCurrentWidget(&screen);
}

void savePrinterGone(ui::KioskWindow &window, DocumentMailer &mailer, const Receipt &receipt, const QString &outDir,
                     const QString &prefix, const QString &folder)
{
    QWidget *was = window.currentScreen();
    ui::ReceiptScreen receiptScreen(ui::ReceiptOutput{QStringLiteral("counter-printer"), ReceiptPaper::Roll80mm, folder});
    receiptScreen.setMailer(&mailer);
    receiptScreen.showReceipt(receipt);
    showInWindow(window, receiptScreen);
    QTest::mouseClick(receiptScreen.outputButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("7c-receipt-printer-gone"));
    ui::BoardingPassScreen passScreen(ui::DocumentPrinter(QStringLiteral("counter-printer"), folder, BoardingPassPaper::Atb),
                                      ScreenBarcode::Symbology::Aztec);
    passScreen.setMailer(&mailer);
    passScreen.showPasses(window.boardingPassScreen()->passes());
    showInWindow(window, passScreen);
    save(&window, outDir, prefix + QStringLiteral("10c-boarding-pass-aztec"));
    QTest::mouseClick(passScreen.saveButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("10d-boarding-pass-printer-gone"));
    screensOf(window)->setCurrentWidget(was);
}

// After the purchase: the receipt (e-mailed to the booking's address), then check-in from
// the welcome screen (reference and surname, a wrong surname, the passengers, the boarding
// pass, e-mailed too).
void saveCheckIn(ui::KioskWindow &window, const QString &outDir, const QString &prefix, const QString &reference)
{
    QTest::mouseClick(window.confirmationScreen()->receiptButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("7-receipt"));
    QTest::mouseClick(window.receiptScreen()->mailButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("7b-receipt-emailed"));
    QTest::mouseClick(window.receiptScreen()->findChild<QPushButton *>(QStringLiteral("receiptDone")), Qt::LeftButton);
    QTest::mouseClick(window.welcomeScreen()->findChild<QPushButton *>(QStringLiteral("checkInButton")), Qt::LeftButton);
    ui::CheckInScreen *checkIn = window.checkInScreen();
    QTest::keyClicks(checkIn->referenceField(), reference.toLower());
    QTest::keyClicks(checkIn->surnameField(), QStringLiteral("Touring"));
    QTest::mouseClick(checkIn->findButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("8-check-in-not-found"));
    checkIn->surnameField()->setText(QStringLiteral("turing"));
    QTest::mouseClick(checkIn->findButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("9-check-in-passengers"));
    // The first passenger moves to another seat of the cabin before checking in.
    QTest::mouseClick(checkIn->changeSeatButton(), Qt::LeftButton);
    ui::CheckInSeatPage *seatPage = checkIn->seatPage();
    const QModelIndex current = seatPage->view()->currentIndex();
    const Seat *was = seatPage->model()->seatAt(current);
    if (!was)
        qFatal("the seat page does not show the passenger's seat");
    const QString to = freeSeat(*seatPage->model(), was->cabin, was->code.toString());
    seatPage->model()->select(to);
    seatPage->view()->scrollTo(seatPage->model()->indexOf(to));
    save(&window, outDir, prefix + QStringLiteral("9a-check-in-seat-change"));
    QTest::mouseClick(seatPage->takeButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("9b-check-in-seat-changed"));
    QTest::mouseClick(checkIn->checkInButton(), Qt::LeftButton);
    if (window.currentScreen() != window.boardingPassScreen())
        qFatal("check-in did not reach the boarding pass: %s", qPrintable(checkIn->message()));
    save(&window, outDir, prefix + QStringLiteral("10-boarding-pass"));
    QTest::mouseClick(window.boardingPassScreen()->saveButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("10a-boarding-pass-saved"));
    QTest::mouseClick(window.boardingPassScreen()->mailButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("10b-boarding-pass-emailed"));
    QTest::mouseClick(window.boardingPassScreen()->bagsButton(), Qt::LeftButton);
    QTest::mouseClick(window.bagScreen()->plusButton(0), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("11-bags"));
    QTest::mouseClick(window.bagScreen()->confirmButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("11a-bag-tags"));
}

// The supervisor's report over 30 days of a generated year (the benchmark's data: 20,000
// bookings), as the agent workstation shows it.
void saveReports(const QString &outDir, const QTemporaryDir &temp)
{
    auto db = Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("reports.sqlite")));
    if (!db || !Migrator(**db).migrate() || !bench::ReportDataFill::fill(**db, 20000))
        qFatal("cannot prepare the report database");
    ReportService reports(**db);
    ui::ReportsView view(reports, Actor{QStringLiteral("tour"), QStringLiteral("sue"), Role::Supervisor});
    view.resize(1280, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("report view not exposed");
    const QDate first = bench::ReportDataFill::firstDay();
    view.setPeriod(first.addDays(151), first.addDays(180));
    if (!view.refresh())
        qFatal("the report failed");
    save(&view, outDir, QStringLiteral("agent-reports"));
}

// A tap on seat `code` of the map on screen, as a finger gives it.
void tapSeat(ui::SeatMapScreen &seats, const QString &code)
{
    const QModelIndex cell = seats.model()->indexOf(code);
    if (!cell.isValid())
        qFatal("no seat %s on the map", qPrintable(code));
    seats.view()->scrollTo(cell);
    QTest::mouseClick(seats.view()->viewport(), Qt::LeftButton, {}, seats.view()->visualRect(cell).center());
}

// A free seat in the middle of what the map shows.
QString freeSeatOnScreen(ui::SeatMapScreen &seats)
{
    const ui::SeatMapModel &model = *seats.model();
    const int first = seats.view()->firstVisibleRow();
    const int last = seats.view()->lastVisibleRow();
    for (int offset = 0; offset <= last - first; ++offset) {
        const int row = (first + last) / 2 + (offset % 2 ? -(offset + 1) / 2 : offset / 2);
        for (int column = model.columnCount() / 2; row >= first && row < last && column > 0; --column) {
            const Seat *seat = model.seatAt(model.index(row, column));
            if (seat && seat->status == SeatStatus::Free)
                return seat->code.toString();
        }
    }
    qFatal("no free seat on the map on screen");
    return {};
}
// The A380 on a kiosk at London Heathrow, where the demo's A380s leave: a tap on the
// mini-map takes the map to the upper deck, and a seat tapped there shows its card with a
// button for each of the two travellers.
void saveA380SeatMap(BookingService &service, FlightCatalog &catalog, ui::KioskOptions options, const QString &outDir,
                     const QString &prefix)
{
    options.origin = QStringLiteral("LHR");
    options.originName = QStringLiteral("London");
    ui::KioskWindow window(service, catalog, options);
    showTourWindow(window, options);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    test::chooseFlight(window, flightOfAircraft(*window.flightListScreen()->model(), QStringLiteral("A380-800")));
    ui::SeatMapScreen *seats = window.seatMapScreen();
    seats->partySize()->setValue(2);
    const QRect upper = seats->miniMap()->deckRect(1);
    QTest::mouseClick(seats->miniMap(), Qt::LeftButton, {}, QPoint(upper.center().x(), upper.top() + upper.height() / 3));
    if (seats->model()->deck() != 1)
        qFatal("the mini-map did not take the map to the A380's upper deck");
    tapSeat(*seats, freeSeatOnScreen(*seats));
    save(&window, outDir, prefix + QStringLiteral("3b-seat-map-a380"));
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        qFatal("usage: kiosk_screenshots OUTDIR [--agent] [--kiosk] [--lang CODE] [--aircraft TYPE] [--origin IATA]");
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    const bool agent = args.contains(QStringLiteral("--agent"));
    const qsizetype aircraftAt = args.indexOf(QStringLiteral("--aircraft"));
    const QString aircraft = aircraftAt > 0 && aircraftAt + 1 < args.size() ? args.at(aircraftAt + 1) : QStringLiteral("B787-9");

    // The translators the way app/kiosk/main.cpp installs them, the kiosk's from the build tree.
    QTranslator qtTranslator;
    QTranslator translator;
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size()) {
        const QLocale locale(args.at(langAt + 1));
        QLocale::setDefault(locale);
        if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
        if (!translator.load(locale, QStringLiteral("kiosk"), QStringLiteral("_"), QStringLiteral(KIOSK_TRANSLATIONS_DIR)))
            qFatal("no kiosk translation for %s in %s", qPrintable(locale.name()), KIOSK_TRANSLATIONS_DIR);
        QApplication::installTranslator(&translator);
    }

    QFile style(agent ? QStringLiteral(":/styles/agent.qss") : QStringLiteral(":/styles/kiosk.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    QTemporaryDir temp;
    if (agent) {
        test::runAgentScreenshotTour(outDir);
        saveReports(outDir, temp);
        return 0;
    }

    auto db = Database::open(QStringLiteral("sqlite:") + temp.filePath(QStringLiteral("tour.sqlite")));
    if (!db || !Migrator(**db).migrate())
        qFatal("cannot prepare the tour database");
    auto now = (*db)->serverNow();
    if (!DemoSeeder::seed(**db, DemoDataGenerator(7, now->date(), 2).generate()))
        qFatal("cannot seed the tour database");

    test::FaultyGateway gateway; // the mock, with a slow or lost answer on demand
    BookingService service(**db, gateway, Actor{QStringLiteral("tour"), QStringLiteral("kiosk")});
    FlightCatalog catalog(**db);
    ui::KioskOptions options;
    const qsizetype originAt = args.indexOf(QStringLiteral("--origin"));
    if (originAt > 0 && originAt + 1 < args.size())
        options.origin = args.at(originAt + 1);
    // --kiosk: the counter kiosk's touch form (on-screen keyboard) instead of the demo's.
    options.mode = args.contains(QStringLiteral("--kiosk")) ? ui::KioskOptions::Mode::Kiosk : ui::KioskOptions::Mode::Demo;
    ui::KioskWindow window(service, catalog, options);
    // The app rebuilds the window in the chosen language; the tour runs in one (--lang), but
    // shows the language button the app's handler makes appear.
    QObject::connect(&window, &ui::KioskWindow::languageChosen, &window, [](const QString &) {});
    // Check-in opens a week ahead here, so whichever flight the tour books can be checked in.
    for (const DemoCarrier &carrier : DemoNetwork::carriers()) {
        if (!CheckInRepository(**db).saveWindow(carrier.code, QString(), {7 * 24 * 60, 0}))
            qFatal("cannot open check-in for the tour");
    }
    CheckInService checkIns(**db, service.actor());
    CheckInSeatChanger seatChanger(**db, service.actor());
    BagTagger bags(**db, service.actor());
    ReceiptBuilder receipts(service, **db);
    window.setCheckIn({checkIns, seatChanger, bags}, ui::DocumentPrinter(QString(), temp.path()));
    window.setReceipts(receipts, ui::ReceiptOutput{QString(), ReceiptPaper::Roll80mm, temp.path()});
    DocumentMailer mailer(service, **db);
    window.receiptScreen()->setMailer(&mailer);
    window.boardingPassScreen()->setMailer(&mailer);
    StaffCallDesk staffCalls(**db);
    window.setStaffCalls(staffCalls);
    showTourWindow(window, options);
    const QString prefix = QStringLiteral("kiosk-");

    save(&window, outDir, prefix + QStringLiteral("1-welcome"));
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("2-flights"));
    // Help: called, then answered by an agent at the desk (the header says so).
    QTest::mouseClick(window.header()->helpButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("2b-help-called"));
    const Actor deskAgent{QStringLiteral("desk-1"), QStringLiteral("ada"), Role::Agent};
    if (auto open = staffCalls.openCalls(deskAgent); !open || open->isEmpty() || !staffCalls.answer(open->first().id, deskAgent))
        qFatal("the tour's call for help was not answered");
    if (!QTest::qWaitFor([&] { return window.header()->helpState() == ui::KioskHeader::HelpState::Answered; }, 10000))
        qFatal("the kiosk never saw the answer");
    save(&window, outDir, prefix + QStringLiteral("2c-help-on-the-way"));
    window.header()->setHelpState(ui::KioskHeader::HelpState::None); // the rest of the tour without a call

    ui::SeatMapScreen *seats = window.seatMapScreen();
    const qint64 flightId = flightOfAircraft(*window.flightListScreen()->model(), aircraft);
    test::chooseFlight(window, flightId);
    seats->partySize()->setValue(2);
    QTest::mouseClick(seats->bestButton(), Qt::LeftButton);
    if (seats->selectedSeats().size() != 2)
        qFatal("no two seats side by side on the tour's flight: %s", qPrintable(seats->notice()->text()));
    // Traveller 2's seat tapped off and on again: its card shows whose it is.
    const QString second = seats->selectedSeats().value(1).toString();
    tapSeat(*seats, second);
    tapSeat(*seats, second);
    save(&window, outDir, prefix + QStringLiteral("3-seat-map"));
    saveA380SeatMap(service, catalog, options, outDir, prefix);
    // What a traveller sees while the database is unreachable (ConnectionBanner).
    window.connectionBanner()->showLost();
    window.connectionBanner()->showRetryIn(4000);
    save(&window, outDir, prefix + QStringLiteral("3-seat-map-connection-lost"));
    window.connectionBanner()->hide();

    QTest::mouseClick(seats->continueButton(), Qt::LeftButton);
    test::typeName(*window.passengerScreen(), 0, QStringLiteral("Ada Lovelace"));
    test::typeName(*window.passengerScreen(), 1, QStringLiteral("R2-D2"));
    save(&window, outDir, prefix + QStringLiteral("4-passengers-error"));
    test::typeName(*window.passengerScreen(), 1, QStringLiteral("Alan Turing"));
    // The optional contact, the address without its top-level domain: explained under it,
    // with the e-mail keys on the keyboard while the field has the focus.
    ui::ContactFields *contact = window.passengerScreen()->contactFields();
    QTest::mouseClick(contact->emailField(), Qt::LeftButton);
    QTest::keyClicks(contact->emailField(), QStringLiteral("ada@example"));
    QTest::keyClicks(contact->phoneField(), QStringLiteral("+44 20 7946 0000"));
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);
    QTest::mouseClick(contact->emailField(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("4a-passengers-contact-error"));
    QTest::keyClicks(contact->emailField(), QStringLiteral(".com"));
    QTest::mouseClick(contact->phoneField(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("4b-passengers-contact"));
    // Two unpaid holds already left on this kiosk (its limit): said on the screen, then released.
    QList<SeatCode> freeSeats;
    const auto *seatModel = seats->model();
    for (int r = 0; r < seatModel->rowCount() && freeSeats.size() < 2; ++r) {
        for (int c = 0; c < seatModel->columnCount() && freeSeats.size() < 2; ++c) {
            const Seat *seat = seatModel->seatAt(seatModel->index(r, c));
            if (seat && seat->status == SeatStatus::Free && !seats->selectedSeats().contains(seat->code))
                freeSeats << seat->code;
        }
    }
    QStringList earlier;
    for (const SeatCode &seat : std::as_const(freeSeats)) {
        HoldRequest request;
        request.flight = FlightRef::byId(flightId);
        request.seats = {seat};
        auto held = service.hold(request);
        if (!held)
            qFatal("cannot place the tour's earlier hold: %s", qPrintable(held.error().message));
        earlier << held->reference;
    }
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("4c-passengers-hold-limit"));
    for (const QString &reference : std::as_const(earlier)) {
        if (!service.cancel(reference, QStringLiteral("tour")))
            qFatal("cannot release the tour's earlier hold");
    }
    QTest::mouseClick(window.passengerScreen()->continueButton(), Qt::LeftButton);

    ui::PaymentDialog *payment = window.paymentDialog();
    if (!payment)
        qFatal("no payment dialog");
    QTest::keyClicks(payment->cardNumber(), QStringLiteral("4000 0000 0000 0002"));
    payment->expiry()->setText(QStringLiteral("12/30"));
    payment->cvc()->setText(QStringLiteral("123"));
    gateway.authorizeDelayMs = 500;
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("5-payment-authorizing"));
    if (!QTest::qWaitFor([payment] { return !payment->isPaying(); }, 5000))
        qFatal("the payment never finished");
    gateway.authorizeDelayMs = 0;
    save(&window, outDir, prefix + QStringLiteral("5-payment-declined"));
    // The bank's answer is lost on the way back: the kiosk checks, voids, and says so.
    gateway.loseAuthorizeAnswer = true;
    payment->cardNumber()->setText(QStringLiteral("4242 4242 4242 4242"));
    payment->cvc()->setText(QStringLiteral("123"));
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("5-payment-no-answer"));
    gateway.loseAuthorizeAnswer = false;
    // A voucher: the discounted price before paying (letters on the keyboard while its field
    // has the focus); the receipt then shows the discount.
    VoucherTerms winterSale;
    winterSale.percent = 15;
    if (!VoucherAdministration(**db, Actor{QStringLiteral("tour"), QStringLiteral("sue"), Role::Supervisor})
             .create(QStringLiteral("WINTER-SALE"), winterSale))
        qFatal("cannot create the tour's voucher");
    payment->activateWindow();
    if (!QTest::qWaitForWindowActive(payment))
        qFatal("the payment dialog never became active");
    QLineEdit *code = payment->voucher()->codeField();
    QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, code->mapTo(&window, code->rect().center()));
    code->setText(QStringLiteral("winter sale"));
    QTest::mouseClick(payment->voucher()->applyButton(), Qt::LeftButton);
    QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, code->mapTo(&window, code->rect().center()));
    save(&window, outDir, prefix + QStringLiteral("5a-payment-voucher"));
    payment->cardNumber()->setText(QStringLiteral("4242 4242 4242 4242"));
    payment->cvc()->setText(QStringLiteral("123"));
    QTest::mouseClick(payment->payButton(), Qt::LeftButton);
    save(&window, outDir, prefix + QStringLiteral("6-confirmation"));
    const QString reference = window.confirmationScreen()->referenceText();
    saveCheckIn(window, outDir, prefix, reference);
    auto receipt = receipts.build(reference);
    if (!receipt)
        qFatal("no receipt for the tour's booking: %s", qPrintable(receipt.error().message));
    savePrinterGone(window, mailer, *receipt, outDir, prefix, temp.path());
    BookingService desk(**db, gateway, Actor::builtInOperator(QStringLiteral("tour-desk")));
    test::saveKioskTerminalPayment(**db, catalog, options, flightId, outDir, prefix);
    test::saveKioskWaitlist(window, desk, catalog, flightId, outDir, prefix);
    window.hide();
    test::saveKioskAccessibleMode(**db, catalog, options, flightId, outDir, prefix);
    return 0;
}
