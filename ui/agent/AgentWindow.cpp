#include "AgentWindow.h"

#include "BookingDetailView.h"
#include "BookingLookupView.h"
#include "BookingsTab.h"
#include "CheckInDeskView.h"
#include "DeskBookingView.h"
#include "DisruptionsView.h"
#include "ScheduleView.h"
#include "SignInDialog.h"
#include "StaffCallsBar.h"
#include "auth/AccessPolicy.h"
#include "auth/Authenticator.h"
#include "booking/BookingService.h"
#include "booking/LiveSync.h"
#include "reporting/ReportService.h"
#include "reports/ReportsView.h"
#include "schedule/DisruptionDesk.h"
#include "schedule/ScheduleDesk.h"
#include "screens/PaymentDialog.h"
#include "widgets/ConnectionBanner.h"
#include "widgets/InactivityWatcher.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
Q_LOGGING_CATEGORY(lcAgent, "kiosk.ui.agent", QtInfoMsg)

// Who acts while nobody is signed in: the least rights, so nothing can be looked up.
Actor nobody(const QString &terminal)
{
    return Actor{terminal, QStringLiteral("kiosk"), Role::Kiosk};
}
} // namespace

AgentWindow::AgentWindow(BookingService &service, FlightCatalog &catalog, Authenticator &authenticator,
                         int idleSignOutSeconds, QWidget *parent)
    : QMainWindow(parent),
      m_service(service),
      m_catalog(catalog),
      m_authenticator(authenticator),
      m_terminal(service.actor().terminal),
      m_idleSignOutSeconds(idleSignOutSeconds),
      m_banner(new ConnectionBanner(this)),
      m_inactivity(new InactivityWatcher(idleSignOutSeconds, 1, this))
{
    setObjectName(QStringLiteral("agentWindow"));
    setWindowTitle(tr("Booking desk — %1").arg(m_terminal));
    m_service.setActor(nobody(m_terminal));

    m_pages = new QStackedWidget(this);
    auto *signedOut = new QWidget(m_pages);
    signedOut->setObjectName(QStringLiteral("signedOutPage"));
    auto *signedOutLayout = new QVBoxLayout(signedOut);
    signedOutLayout->addStretch();
    auto *prompt = new QLabel(tr("Nobody is signed in on this workstation."), signedOut);
    prompt->setObjectName(QStringLiteral("screenTitle"));
    prompt->setAlignment(Qt::AlignCenter);
    signedOutLayout->addWidget(prompt);
    auto *signInButton = new QPushButton(tr("&Sign in…"), signedOut);
    signInButton->setObjectName(QStringLiteral("signedOutSignIn"));
    connect(signInButton, &QPushButton::clicked, this, &AgentWindow::showSignIn);
    signedOutLayout->addWidget(signInButton, 0, Qt::AlignCenter);
    signedOutLayout->addStretch();
    m_pages->addWidget(signedOut);

    m_tabs = new QTabWidget(m_pages);
    m_tabs->setObjectName(QStringLiteral("agentTabs"));
    m_bookings = new BookingsTab(m_service, m_catalog, m_tabs);
    m_tabs->addTab(m_bookings, tr("&Bookings"));
    m_pages->addWidget(m_tabs);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_banner);
    column->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("statusRole"));
    m_terminalLabel = new QLabel(tr("Terminal: %1").arg(m_terminal), this);
    m_terminalLabel->setObjectName(QStringLiteral("statusTerminal"));
    for (QLabel *label : {m_userLabel, m_roleLabel, m_terminalLabel})
        label->setContentsMargins(label->fontMetrics().averageCharWidth() * 2, 0, 0, 0);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_terminalLabel);

    buildMenus();
    // A workstation left alone signs itself out; the watcher counts only while signed in.
    connect(m_inactivity, &InactivityWatcher::idle, this, [this] {
        const QString who = m_signedIn ? m_signedIn->name : QString();
        signOut(QStringLiteral("signed out after %1 s without input").arg(m_idleSignOutSeconds));
        if (m_signIn)
            m_signIn->setNotice(tr("%1 was signed out after %n second(s) without input.", nullptr, m_idleSignOutSeconds)
                                    .arg(who));
    });
    updateStatus();
}

AgentWindow::~AgentWindow()
{
    if (m_signedIn)
        m_authenticator.signOut(*m_signedIn, QStringLiteral("signed out: the workstation closed"));
}

void AgentWindow::addStaffCallsBar(StaffCallDesk &desk)
{
    m_staffCalls = new StaffCallsBar(desk, centralWidget());
    static_cast<QVBoxLayout *>(centralWidget()->layout())->insertWidget(1, m_staffCalls); // under the connection banner
    m_staffCalls->setActor(m_signedIn);
    m_bookingMenu->addSeparator();
    QAction *answer = m_bookingMenu->addAction(tr("Answer the oldest call for &help"), QKeySequence(Qt::Key_F9),
                                               m_staffCalls, &StaffCallsBar::answerOldest);
    answer->setEnabled(m_signedIn.has_value());
    m_staffActions << answer;
    connect(m_staffCalls, &StaffCallsBar::answered, this, &AgentWindow::openBooking); // the caller's booking, if any
}

void AgentWindow::setLiveSync(LiveSync *live)
{
    connect(live, &LiveSync::connectionLost, m_banner, &ConnectionBanner::showLost);
    connect(live, &LiveSync::retryScheduled, m_banner, [this](int, int delayMs) { m_banner->showRetryIn(delayMs); });
    connect(live, &LiveSync::connectionRestored, this, [this] {
        m_banner->showRestored();
        // A payment cut off by the outage shows what the database says now.
        if (m_desk && m_desk->paymentDialog())
            m_desk->paymentDialog()->recheck();
    });
}

SignInDialog *AgentWindow::signInDialog() const
{
    return m_signIn;
}

BookingLookupView *AgentWindow::lookup() const
{
    return m_bookings->lookup();
}

BookingDetailView *AgentWindow::bookingDetail() const
{
    return m_bookings->detail();
}

DeskBookingView *AgentWindow::deskBooking() const
{
    return m_desk;
}

void AgentWindow::buildMenus()
{
    QMenu *session = menuBar()->addMenu(tr("&Session"));
    m_signInAction = session->addAction(tr("Sign &in…"), QKeySequence(tr("Ctrl+L")), this, &AgentWindow::showSignIn);
    m_signOutAction = session->addAction(tr("Sign &out"), QKeySequence(tr("Ctrl+Shift+L")), this,
                                         [this] { signOut(QStringLiteral("signed out")); });
    session->addSeparator();
    session->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *bookings = m_bookingMenu = menuBar()->addMenu(tr("&Booking"));
    m_staffActions << bookings->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentWidget(m_bookings);
        lookup()->focusSearch();
    });
    m_staffActions << bookings->addAction(tr("&New booking"), QKeySequence::New, this, [this] {
        if (m_desk)
            m_tabs->setCurrentWidget(m_desk);
    });
    bookings->addSeparator();
    // The selected booking's actions (the Bookings tab's toolbar has them too), enabled by its state and the role.
    for (QAction *action : m_bookings->bookingActions()) {
        bookings->addAction(action);
        connect(action, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_bookings); });
    }
    m_bookingActionsEnd = bookings->addSeparator();
    QAction *refresh = bookings->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        m_bookings->refresh();
        if (m_desk)
            m_desk->refresh();
    });
    refresh->setToolTip(tr("Read the results, the booking shown and the New booking tab again (%1)")
                            .arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    m_bookings->setRefreshAction(refresh);
    m_staffActions << refresh;
}

void AgentWindow::showSignIn()
{
    if (m_signedIn)
        return;
    if (m_signIn) {
        m_signIn->raise();
        m_signIn->activateWindow();
        return;
    }
    m_signIn = new SignInDialog(m_authenticator, m_terminal, this);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signIn, &SignInDialog::signedIn, this, &AgentWindow::onSignedIn);
    m_signIn->open();
}

void AgentWindow::onSignedIn(const Actor &actor)
{
    m_signedIn = actor;
    m_service.setActor(actor);
    m_bookings->clear(); // its actions now say what this role may do
    qCInfo(lcAgent) << actor.name << "signed in as" << roleName(actor.role);
    for (const StaffTab &tab : std::as_const(m_staffTabs)) {
        if (!AccessPolicy::allows(actor.role, tab.needed))
            continue;
        QWidget *widget = tab.create(actor, m_tabs);
        m_tabs->addTab(widget, tab.title);
        m_openStaffTabs << widget;
    }
    m_pages->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_bookings);
    lookup()->focusSearch();
    m_inactivity->setEnabled(m_idleSignOutSeconds > 0);
    if (m_staffCalls)
        m_staffCalls->setActor(m_signedIn);
    updateStatus();
}

void AgentWindow::signOut(const QString &why)
{
    if (!m_signedIn)
        return;
    const Actor who = *m_signedIn;
    m_inactivity->setEnabled(false);
    closeCustomerWindows();
    m_signedIn.reset();
    m_service.setActor(nobody(m_terminal));
    m_authenticator.signOut(who, why); // audited with the reason (by hand or idle)
    qCInfo(lcAgent) << who.name << why;
    m_pages->setCurrentIndex(0);
    if (m_staffCalls)
        m_staffCalls->setActor(std::nullopt);
    updateStatus();
    showSignIn();
}

void AgentWindow::closeCustomerWindows()
{
    m_bookings->clear(); // the results, the booking shown and its dialogs
    for (const QPointer<QWidget> &tab : std::as_const(m_openStaffTabs))
        delete tab.data();
    m_openStaffTabs.clear();
}

void AgentWindow::openBooking(const QString &reference)
{
    if (!m_signedIn || reference.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_bookings);
    m_bookings->open(reference);
}

void AgentWindow::addStaffTab(Permission needed, const QString &title, TabFactory create)
{
    m_staffTabs.append(StaffTab{needed, title, std::move(create)});
}

void AgentWindow::addReportsTab(ReportService &reports)
{
    addStaffTab(Permission::ViewReports, tr("&Reports"), [&reports](const Actor &actor, QWidget *parent) {
        // The report is asked for, checked and logged as this user; the tab goes at sign-out.
        auto *view = new ReportsView(reports, actor, parent);
        view->refresh();
        return view;
    });
}

void AgentWindow::addDisruptionsTab(DisruptionDesk &desk)
{
    addStaffTab(Permission::LookUpBookings, tr("&Disruptions"), [this, &desk](const Actor &actor, QWidget *parent) {
        desk.setActor(actor); // listed and handled as this user, audited
        auto *view = new DisruptionsView(desk, parent);
        connect(view, &DisruptionsView::openRequested, this, &AgentWindow::openBooking);
        view->refresh();
        return view;
    });
}

void AgentWindow::addScheduleTab(ScheduleDesk &desk)
{
    addStaffTab(Permission::ViewReports, tr("Sc&hedule"), [this, &desk](const Actor &actor, QWidget *parent) {
        desk.setActor(actor); // read and changed as this user, checked and audited by the core
        auto *view = new ScheduleView(desk, actor, parent);
        const auto refreshDisruptions = [this] {
            for (const QPointer<QWidget> &tab : std::as_const(m_openStaffTabs)) {
                if (auto *disruptions = qobject_cast<DisruptionsView *>(tab.data()))
                    disruptions->refresh(); // the bookings a change disrupted are listed there now
            }
        };
        connect(view, &ScheduleView::flightCancelled, this, refreshDisruptions);
        connect(view, &ScheduleView::scheduleImported, this, refreshDisruptions);
        view->refresh();
        return view;
    });
}

void AgentWindow::addNewBookingTab(const QString &origin)
{
    addStaffTab(Permission::HoldForCustomer, tr("&New booking"), [this, origin](const Actor &, QWidget *parent) {
        m_desk = new DeskBookingView(m_service, m_catalog, origin, parent);
        connect(m_desk, &DeskBookingView::bookingMade, this, &AgentWindow::openBooking);
        return m_desk.data();
    });
}

void AgentWindow::addCheckInTab(CheckInService &checkIns, BagTagger &bags, const DocumentPrinter &printer)
{
    m_bookings->detail()->setBags(&bags); // the desk's check-in is set up: booking details list bags too
    // Open check-in: the selected booking on the Check-in tab (there for the roles the action is enabled for).
    QAction *checkIn = m_bookings->detail()->checkInAction();
    m_bookings->addBookingAction(checkIn);
    m_bookingMenu->insertAction(m_bookingActionsEnd, checkIn);
    connect(m_bookings->detail(), &BookingDetailView::checkInRequested, this, [this](const QString &reference) {
        for (const QPointer<QWidget> &tab : std::as_const(m_openStaffTabs)) {
            if (auto *desk = qobject_cast<CheckInDeskView *>(tab.data())) {
                m_tabs->setCurrentWidget(desk);
                desk->referenceField()->setText(reference);
                desk->find();
            }
        }
    });
    addStaffTab(Permission::Offload, tr("Check-&in"), [&checkIns, &bags, printer](const Actor &, QWidget *parent) {
        return new CheckInDeskView(checkIns, bags, printer, parent);
    });
}

void AgentWindow::updateStatus()
{
    const bool in = m_signedIn.has_value();
    m_userLabel->setText(in ? tr("Signed in: %1").arg(m_signedIn->name) : tr("Not signed in"));
    m_roleLabel->setText(in ? tr("Role: %1").arg(roleDisplayName(m_signedIn->role)) : QString());
    m_roleLabel->setVisible(in);
    m_signInAction->setEnabled(!in);
    m_signOutAction->setEnabled(in);
    for (QAction *action : std::as_const(m_staffActions))
        action->setEnabled(in);
}

} // namespace kiosk::ui
