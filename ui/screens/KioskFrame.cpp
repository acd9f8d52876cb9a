// KioskWindow's frame: one header over every screen (the step, the hold's countdown, the
// language, Help and Start over) and the same 48 px margins around each of them.
#include "KioskWindow.h"

#include "BagScreen.h"
#include "BoardingPassScreen.h"
#include "CheckInScreen.h"
#include "ConfirmationScreen.h"
#include "FlightListScreen.h"
#include "KioskHelpCall.h"
#include "OfferScreen.h"
#include "PassengerScreen.h"
#include "ReceiptScreen.h"
#include "SeatMapScreen.h"
#include "WaitlistScreen.h"
#include "WelcomeScreen.h"
#include "booking/BookingService.h"
#include "booking/BookingSession.h"
#include "models/BookingJourney.h"
#include "widgets/InputMode.h"
#include "widgets/KioskHeader.h"

#include <QLayout>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
constexpr int FrameMargin = 48;
} // namespace

QWidget *KioskWindow::buildFrame()
{
    auto *frame = new QWidget(this);
    frame->setObjectName(QStringLiteral("kioskFrame"));
    auto *column = new QVBoxLayout(frame);
    column->setContentsMargins(FrameMargin, FrameMargin / 2, FrameMargin, FrameMargin / 2);
    column->setSpacing(16);
    column->addWidget(m_header);
    column->addWidget(m_stack, 1);
    new InputMode(this);
    connect(m_header, &KioskHeader::startOverRequested, this, [this] { resetToWelcome(QString()); });
    connect(m_header, &KioskHeader::helpRequested, this, &KioskWindow::callStaff);
    connect(m_header, &KioskHeader::languageChosen, this, &KioskWindow::languageChosen);
    // The countdown only while seats are held: released, expired or paid, it goes.
    connect(m_journey, &BookingJourney::sessionStateChanged, this, [this](BookingState state) {
        if (state != BookingState::Initiated && state != BookingState::SeatHeld && state != BookingState::PaymentPending)
            m_header->hideHold();
    });
    return frame;
}

KioskHeader::Step KioskWindow::stepOf(QWidget *screen) const
{
    if (screen == m_flights)
        return KioskHeader::Step::Flight;
    if (screen == m_seats || (m_waitlistScreen && screen == m_waitlistScreen))
        return KioskHeader::Step::Seats;
    if (screen == m_passengers)
        return KioskHeader::Step::Travellers;
    if (m_payment && screen == m_payment)
        return KioskHeader::Step::Pay;
    if (screen == m_confirmation || (m_receiptScreen && screen == m_receiptScreen))
        return KioskHeader::Step::Done;
    return KioskHeader::Step::None; // welcome, check-in, boarding pass, bags, a waitlist offer
}

void KioskWindow::frameScreen(QWidget *screen)
{
    if (QLayout *layout = screen->layout())
        layout->setContentsMargins(0, 0, 0, 0); // the frame's margins, the same on every screen
    m_header->setStep(stepOf(screen));
    m_header->setStartOverVisible(screen != m_welcome);
    m_header->setLanguageVisible(screen == m_welcome && isSignalConnected(QMetaMethod::fromSignal(&KioskWindow::languageChosen)));
}

void KioskWindow::connectNotify(const QMetaMethod &signal)
{
    QMainWindow::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&KioskWindow::languageChosen))
        frameScreen(currentScreen());
}

void KioskWindow::setStaffCalls(StaffCallDesk &desk)
{
    delete m_helpCall;
    m_helpCall = new KioskHelpCall(desk, m_service.actor(), this);
    connect(m_helpCall, &KioskHelpCall::answered, this,
            [this] { m_header->setHelpState(KioskHeader::HelpState::Answered); });
}

void KioskWindow::callStaff()
{
    if (m_header->staffCalled())
        return;
    const QString screen = currentScreen()->objectName();
    // Without a desk to call (a window built without one) nobody would come: say so.
    const Status called = m_helpCall ? m_helpCall->call(screen, m_journey->session().reference())
                                     : Status(makeError(ErrorCode::Internal, tr("no staff desk is set up")));
    if (!called) {
        qWarning("kiosk: a traveller asked for help at %s, but the call failed: %s", qPrintable(screen),
                 qPrintable(called.error().message));
        m_header->setHelpState(KioskHeader::HelpState::Unreachable);
        return;
    }
    m_header->setHelpState(KioskHeader::HelpState::Called);
    Q_EMIT staffCalled(screen);
}

} // namespace kiosk::ui
