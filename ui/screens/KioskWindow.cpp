#include "KioskWindow.h"

#include "ConfirmationScreen.h"
#include "FlightListScreen.h"
#include "KioskHelpCall.h"
#include "OfferScreen.h"
#include "PassengerScreen.h"
#include "PaymentDialog.h"
#include "SeatMapScreen.h"
#include "WelcomeScreen.h"
#include "BagScreen.h"
#include "BoardingPassScreen.h"
#include "CheckInScreen.h"
#include "ReceiptScreen.h"
#include "TripDetails.h"
#include "accessibility/AccessibleMode.h"
#include "booking/ReceiptBuilder.h"
#include "booking/BookingService.h"
#include "booking/BookingSession.h"
#include "booking/FlightCatalog.h"
#include "booking/LiveSync.h"
#include "models/BookingJourney.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/CountdownLabel.h"
#include "widgets/InactivityWatcher.h"
#include "widgets/OperatorExit.h"
#include "widgets/PartySizeStepper.h"
#include "widgets/SeatMapView.h"
#include "widgets/TouchScreen.h"
#include "widgets/UiText.h"

#include <QApplication>
#include <QCloseEvent>
#include <QPushButton>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kiosk::ui {

namespace {
constexpr int LiveRefreshSeconds = 60;
} // namespace

KioskWindow::KioskWindow(BookingService &service, FlightCatalog &catalog, const KioskOptions &options, QWidget *parent)
    : QMainWindow(parent),
      m_service(service),
      m_catalog(catalog),
      m_options(options),
      m_journey(new BookingJourney(service, BookingJourney::Terminal::Kiosk, this)),
      m_stack(new QStackedWidget(this)),
      m_header(new KioskHeader(this)),
      m_welcome(new WelcomeScreen(options.originName, m_stack)),
      m_flights(new FlightListScreen(catalog, options.origin, m_stack)),
      m_seats(new SeatMapScreen(catalog, m_stack)),
      m_passengers(new PassengerScreen(options.mode == KioskOptions::Mode::Kiosk, m_stack)),
      m_confirmation(new ConfirmationScreen(m_stack)),
      m_inactivity(new InactivityWatcher(options.idleSeconds, options.graceSeconds, this)),
      m_refresh(new QTimer(this)),
      m_departuresChanged(new QTimer(this)),
      m_banner(new ConnectionBanner(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Seat booking — %1").arg(options.originName));
    setProperty("touch", true); // the kiosk and the demo: the agent workstation is AgentWindow
    for (QWidget *screen : {static_cast<QWidget *>(m_welcome), static_cast<QWidget *>(m_flights),
                            static_cast<QWidget *>(m_seats), static_cast<QWidget *>(m_passengers),
                            static_cast<QWidget *>(m_confirmation)})
        m_stack->addWidget(screen);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(buildFrame(), 1);
    setCentralWidget(central);
    m_departuresChanged->setSingleShot(true);
    m_departuresChanged->setInterval(250);
    connect(m_departuresChanged, &QTimer::timeout, this, [this] {
        if (currentScreen() == m_flights)
            m_flights->refresh();
    });

    connect(m_welcome, &WelcomeScreen::startRequested, this, &KioskWindow::startJourney);
    connect(m_flights, &FlightListScreen::flightChosen, this, &KioskWindow::chooseFlight);
    connect(m_flights, &FlightListScreen::backRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_seats, &SeatMapScreen::continueRequested, this, &KioskWindow::enterPassengers);
    connect(m_seats, &SeatMapScreen::backRequested, this, [this] {
        m_flights->refresh(); // seats sold and schedule changes while the seat map was shown
        showScreen(m_flights);
    });
    connect(m_passengers, &PassengerScreen::continueRequested, this, &KioskWindow::holdAndPay);
    followJourney();
    connect(m_passengers, &PassengerScreen::backRequested, this, [this] { showScreen(m_seats); });
    connect(m_confirmation, &ConfirmationScreen::doneRequested, this, [this] { resetToWelcome(QString()); });
    setUpWaitlist();
    connect(m_inactivity, &InactivityWatcher::idle, this, &KioskWindow::askStillThere);
    connect(m_inactivity, &InactivityWatcher::timedOut, this,
            [this] {
                if (m_payment && m_payment->isPaying())
                    return; // waiting for the bank is not inactivity
                resetToWelcome(tr("The kiosk was reset after a period of inactivity."));
            });
    connect(m_refresh, &QTimer::timeout, this, &KioskWindow::refreshVisible);
    m_refresh->start(options.refreshSeconds * 1000);

    auto *exit = new OperatorExit(this, options.operatorExit, options.operatorPinHash);
    connect(exit, &OperatorExit::accepted, this, [this] {
        m_mayClose = true;
        close();
    });
    connect(exit, &OperatorExit::refused, this, [this](const QString &why) { statusBar()->showMessage(why, 10000); });
    adaptForTouch(this);
    setUpAccessibleMode();
    if (options.mode == KioskOptions::Mode::Kiosk) {
        setWindowFlags(Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
        if (options.hideCursor)
            QApplication::setOverrideCursor(Qt::BlankCursor);
    }
    showScreen(m_welcome);
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::setLiveSync(LiveSync *live)
{
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    m_journey->setLiveSync(live);
    // With changes pushed by the database the periodic re-read is only a safety net; at
    // the old pace fifty terminals would re-read their screens ten times a second for nothing.
    m_refresh->setInterval(std::max(m_options.refreshSeconds, live ? LiveRefreshSeconds : 0) * 1000);
    if (!live)
        return;
    connect(live, &LiveSync::seatsChanged, this, [this](qint64 flightId) { onSeatsChanged(flightId); });
    connect(live, &LiveSync::connectionLost, this, [this] { setOnline(false); });
    connect(live, &LiveSync::retryScheduled, m_banner, [this](int, int delayMs) { m_banner->showRetryIn(delayMs); });
    connect(live, &LiveSync::connectionRestored, this, &KioskWindow::onConnectionRestored);
}

void KioskWindow::onSeatsChanged(qint64 flightId)
{
    if (currentScreen() == m_seats && (flightId == 0 || flightId == m_flightId))
        m_seats->refresh();
    else if (currentScreen() == m_flights && !m_departuresChanged->isActive())
        m_departuresChanged->start();
}

void KioskWindow::setOnline(bool online)
{
    m_seats->setOnline(online);
    m_passengers->setOnline(online);
    if (online)
        return;
    const BookingState state = m_journey->session().state();
    m_banner->setSeatsHeld(state == BookingState::SeatHeld || state == BookingState::PaymentPending);
    m_banner->showLost();
}

void KioskWindow::onConnectionRestored()
{
    setOnline(true);
    m_banner->showRestored();
    refreshVisible();
    if (m_payment)
        m_payment->recheck();
    // A hold sent as the connection broke may or may not have committed: ask the database
    // with the same idempotency key instead of guessing.
    m_journey->replayUnresolvedHold();
}

BookingSession *KioskWindow::session() const
{
    return &m_journey->session();
}

QWidget *KioskWindow::currentScreen() const
{
    return m_stack->currentWidget();
}

void KioskWindow::showScreen(QWidget *screen)
{
    m_stack->setCurrentWidget(screen);
    frameScreen(screen);
    // Nobody to time out on the attract screen; the confirmation closes on its own countdown;
    // everywhere else a walk-away is possible.
    m_inactivity->setEnabled(screen != m_welcome && screen != m_confirmation);
    announceScreen(screen);
}

void KioskWindow::startJourney()
{
    m_flights->reload();
    showScreen(m_flights);
    m_flights->view()->setFocus();
}

void KioskWindow::chooseFlight(qint64 flightId)
{
    m_flightId = flightId;
    m_seats->partySize()->setValue(m_flights->partySize()->value());
    m_seats->showFlight(flightId);
    showScreen(m_seats);
}

void KioskWindow::enterPassengers()
{
    m_passengers->setSeats(m_seats->selectedSeats(), m_seats->selectionSummary());
    showScreen(m_passengers);
}

void KioskWindow::holdAndPay(const QStringList &names)
{
    m_passengers->setBusy(true); // until the hold's outcome; held back while the connection is lost
    m_journey->hold({m_flightId, m_seats->selectedSeats(), names, m_passengers->contact(), std::nullopt});
}

void KioskWindow::followJourney()
{
    connect(m_journey, &BookingJourney::held, this, [this](const Booking &booking) {
        m_passengers->setBusy(false);
        runPayment(booking);
    });
    connect(m_journey, &BookingJourney::seatsTaken, this, [this](const QStringList &codes) {
        m_passengers->setBusy(false);
        m_seats->reportTaken(codes);
        showScreen(m_seats);
    });
    connect(m_journey, &BookingJourney::holdRefused, this, [this](const QString &text) {
        m_passengers->setBusy(false);
        m_passengers->showProblem(text);
    });
    connect(m_journey, &BookingJourney::confirmed, this, [this](const Booking &paid) { showConfirmation(paid); });
    connect(m_journey, &BookingJourney::holdExpired, this, [this] {
        m_seats->showFlight(m_flightId);
        m_seats->setNotice(tr("Time ran out and your seats were released. Nothing was charged. "
                              "Please choose your seats again."));
        showScreen(m_seats);
    });
    connect(m_journey, &BookingJourney::notPaid, this, [this] {
        m_seats->refresh();
        showScreen(m_seats);
    });
}

QDateTime KioskWindow::serverNowOrLocal()
{
    auto now = m_catalog.serverNow();
    return now ? *now : QDateTime::currentDateTimeUtc();
}

void KioskWindow::openPayment(PaymentDialog *dialog, const std::function<void(int)> &finished)
{
    m_payment = dialog;
    m_payment->setAttribute(Qt::WA_DeleteOnClose);
    // A step of the journey inside the frame, not a window over it.
    m_payment->showAsKioskStep(TripDetails::load(m_catalog, dialog->booking().flightId));
    m_stack->addWidget(m_payment);
    adaptForTouch(m_payment);
    connect(m_payment, &PaymentDialog::databaseUnreachable, this,
            [this](const Error &error) { m_journey->reportedAsConnectionLoss(error); });
    // The header counts the hold down while the step is shown (a waitlist offer's too);
    // paid, released or run out, the hold is over when the step ends.
    m_header->showHold(dialog->booking().holdDeadlineUtc, serverNowOrLocal());
    connect(m_payment, &QDialog::finished, this, [this] { m_header->hideHold(); });
    connect(m_payment, &QDialog::finished, this, finished);
    // A decline extends the hold: the header's countdown follows the dialog's deadline.
    connect(m_payment, &PaymentDialog::paymentFinished, this, [this] {
        if (m_payment && !m_header->countdown()->isHidden())
            m_header->showHold(m_payment->booking().holdDeadlineUtc, serverNowOrLocal());
    });
    showScreen(m_payment);
}

void KioskWindow::runPayment(const Booking &booking)
{
    openPayment(new PaymentDialog(m_journey->session(), booking, serverNowOrLocal(),
                                  PaymentDialog::cardEntryFor(m_options), this),
                [this](int outcome) {
                    m_journey->paymentEnded(paymentOutcome(outcome), m_payment ? m_payment->booking() : Booking{});
                });
}

void KioskWindow::showConfirmation(const Booking &paid)
{
    m_confirmation->showBooking(paid, TripDetails::load(m_catalog, paid.flightId));
    showScreen(m_confirmation);
}

void KioskWindow::askStillThere()
{
    if (m_stillThere || (m_payment && m_payment->isPaying()))
        return;
    // Seats are released only while they are held: never say so after a payment.
    const BookingState state = m_journey->session().state();
    const bool holding = state == BookingState::SeatHeld || state == BookingState::PaymentPending;
    m_stillThere = new QMessageBox(QMessageBox::Question, tr("Are you still there?"),
                                   holding ? tr("Touch the button to continue. Otherwise the kiosk starts over in %1 "
                                                "seconds and any held seats are released.")
                                                 .arg(m_options.graceSeconds)
                                           : tr("Touch the button to continue. Otherwise the kiosk starts over in %1 "
                                                "seconds.")
                                                 .arg(m_options.graceSeconds),
                                   QMessageBox::NoButton, this);
    m_stillThere->setObjectName(QStringLiteral("stillTherePrompt"));
    auto *here = m_stillThere->addButton(tr("I'm still here"), QMessageBox::AcceptRole);
    here->setMinimumSize(240, 72);
    m_stillThere->setAttribute(Qt::WA_DeleteOnClose);
    m_stillThere->open();
    offerMoreTime(here);
}

void KioskWindow::setCheckIn(const CheckInParts &parts, const DocumentPrinter &printer)
{
    m_checkIn = new CheckInScreen(parts.checkIns, parts.seats, m_catalog, m_options.mode == KioskOptions::Mode::Kiosk, m_stack);
    m_boardingPass = new BoardingPassScreen(printer.inFolder(QStringLiteral("boarding-passes")), m_options.screenBarcode, m_stack);
    m_bagScreen = new BagScreen(parts.bags, printer.inFolder(QStringLiteral("bag-tags")), m_stack);
    for (QWidget *screen : {static_cast<QWidget *>(m_checkIn), static_cast<QWidget *>(m_boardingPass),
                            static_cast<QWidget *>(m_bagScreen)})
        m_stack->addWidget(screen);
    adaptForTouch(this);
    m_welcome->setCheckInAvailable(true);
    connect(m_welcome, &WelcomeScreen::checkInRequested, this, [this] {
        m_checkIn->reset();
        showScreen(m_checkIn);
    });
    connect(m_checkIn, &CheckInScreen::backRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_checkIn, &CheckInScreen::checkedIn, this, [this](const QList<BoardingPass> &passes) {
        m_boardingPass->showPasses(passes);
        showScreen(m_boardingPass);
    });
    connect(m_boardingPass, &BoardingPassScreen::bagsRequested, this, [this](const QList<BoardingPass> &passes) {
        m_bagScreen->showPasses(passes);
        showScreen(m_bagScreen);
    });
    connect(m_boardingPass, &BoardingPassScreen::doneRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_bagScreen, &BagScreen::doneRequested, this, [this] { resetToWelcome(QString()); });
}

void KioskWindow::setReceipts(ReceiptBuilder &receipts, const ReceiptOutput &output)
{
    m_receiptScreen = new ReceiptScreen(output, m_stack);
    m_stack->addWidget(m_receiptScreen);
    m_confirmation->setReceipts(&receipts, output);
    connect(m_confirmation, &ConfirmationScreen::receiptRequested, this, [this, &receipts](const QString &reference) {
        auto receipt = receipts.build(reference);
        if (!receipt) {
            statusBar()->showMessage(sentence(receipt.error().message), 10000);
            return;
        }
        m_receiptScreen->showReceipt(*receipt);
        showScreen(m_receiptScreen);
    });
    connect(m_receiptScreen, &ReceiptScreen::doneRequested, this, [this] { resetToWelcome(QString()); });
}

void KioskWindow::resetToWelcome(const QString &reason)
{
    if (m_stillThere)
        m_stillThere->close();
    // The hold is released here with the reset's reason; the dialog just goes (done(), not its reject()).
    if (auto failed = m_journey->releaseUnkeptHold(reason.isEmpty() ? QStringLiteral("traveller left")
                                                                     : QStringLiteral("kiosk reset after inactivity")))
        statusBar()->showMessage(failed->message, 10000);
    if (m_payment) {
        m_payment->disconnect(this);
        m_payment->done(QDialog::Rejected);
    }
    m_journey->reset();
    m_passengers->setBusy(false);
    m_flightId = 0;
    m_flights->partySize()->setValue(1); // the next traveller's party is asked afresh
    m_seats->partySize()->setValue(1);
    if (m_checkIn)
        m_checkIn->reset(); // the next traveller sees nothing of this one's booking
    m_offerScreen->reset();
    m_header->setHelpState(KioskHeader::HelpState::None); // the next traveller starts without a pending call
    if (m_helpCall)
        m_helpCall->forget();
    m_header->hideHold();
    m_accessible->setOn(false); // the next traveller finds the standard kiosk
    showScreen(m_welcome);
    if (!reason.isEmpty())
        statusBar()->showMessage(reason, 10000);
}

void KioskWindow::refreshVisible()
{
    if (currentScreen() == m_flights)
        m_flights->refresh();
    else if (currentScreen() == m_seats)
        m_seats->refresh();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // A touch kiosk cannot be closed by travellers; only the operator exit lets the window go.
    if (m_options.mode == KioskOptions::Mode::Kiosk && !m_mayClose) {
        event->ignore();
        return;
    }
    if (m_journey->session().state() == BookingState::SeatHeld)
        (void)m_journey->session().cancel(QStringLiteral("terminal closed"));
    event->accept();
}

} // namespace kiosk::ui
