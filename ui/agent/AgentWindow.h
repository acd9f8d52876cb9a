#pragma once

#include "domain/Actor.h"
#include "domain/Permission.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace kiosk {
class Authenticator;
class BagTagger;
class CheckInService;
class BookingService;
class DisruptionDesk;
class FlightCatalog;
class LiveSync;
class ReportService;
class ScheduleDesk;
class StaffCallDesk;
}

namespace kiosk::ui {

class BookingDetailView;
class BookingLookupView;
class BookingsTab;
class ConnectionBanner;
class DeskBookingView;
class DocumentPrinter;
class InactivityWatcher;
class SignInDialog;
class StaffCallsBar;

// The counter agent's workstation: nothing but a sign-in until someone signs in, then
// tabs, keyboard first: Bookings (BookingsTab: the search's results and the selected
// booking's detail, its actions in a toolbar and the Booking menu) and the staff tabs. The signed-in
// user acts in the core (BookingService::setActor); signing out — by hand or after
// `idleSignOutSeconds` without input — is audited and clears every customer's data from
// the screen.
class AgentWindow : public QMainWindow {
    Q_OBJECT
public:
    AgentWindow(BookingService &service, FlightCatalog &catalog, Authenticator &authenticator,
                int idleSignOutSeconds, QWidget *parent = nullptr);
    ~AgentWindow() override;

    const std::optional<Actor> &signedIn() const { return m_signedIn; }
    SignInDialog *signInDialog() const;
    BookingsTab *bookingsTab() const { return m_bookings; }
    BookingLookupView *lookup() const;
    BookingDetailView *bookingDetail() const;
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *userLabel() const { return m_userLabel; }
    QLabel *roleLabel() const { return m_roleLabel; }
    QAction *signOutAction() const { return m_signOutAction; }

    // A further tab (e.g. reports): `create` builds it at each sign-in of a role with
    // `needed`, and it is deleted at sign-out, so no one's data outlives their session.
    using TabFactory = std::function<QWidget *(const Actor &signedIn, QWidget *parent)>;
    void addStaffTab(Permission needed, const QString &title, TabFactory create);
    // The sales report (ReportsView) as a tab for those who may view reports.
    void addReportsTab(ReportService &reports);
    // The open disruptions of schedule changes (DisruptionsView) for agents and up.
    void addDisruptionsTab(DisruptionDesk &desk);
    // The admin's Schedule tab (ScheduleView) for supervisors and up: flights, seats, blocks,
    // cancellations; each action enabled by the user's role. A cancellation refreshes Disruptions.
    void addScheduleTab(ScheduleDesk &desk);
    // "New booking" for a customer at the desk (agents and up), flights from `origin`.
    void addNewBookingTab(const QString &origin);
    DeskBookingView *deskBooking() const;
    // The strip of kiosks asking for help (StaffCallsBar) for agents and up.
    void addStaffCallsBar(StaffCallDesk &desk);
    StaffCallsBar *staffCallsBar() const { return m_staffCalls; }
    // The strip "connection lost … retrying" while the database is away (a failover), and
    // an open payment re-read from the database once it is back.
    void setLiveSync(LiveSync *live);
    ConnectionBanner *connectionBanner() const { return m_banner; }
    // Check-in, offload and bags at the desk (CheckInDeskView) for agents and up; the
    // services act as the terminal's signed-in user. Documents go to `printer`, else PDFs.
    void addCheckInTab(CheckInService &checkIns, BagTagger &bags, const DocumentPrinter &printer);
    void showSignIn();
    void signOut(const QString &why);
    // Selects `reference` on the Bookings tab, its detail beside the list.
    void openBooking(const QString &reference);

private:
    void buildMenus();
    void onSignedIn(const Actor &actor);
    void updateStatus();
    void closeCustomerWindows();

    BookingService &m_service;
    FlightCatalog &m_catalog;
    Authenticator &m_authenticator;
    const QString m_terminal;
    const int m_idleSignOutSeconds;
    std::optional<Actor> m_signedIn;
    ConnectionBanner *m_banner;
    StaffCallsBar *m_staffCalls = nullptr;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    BookingsTab *m_bookings;
    QPointer<SignInDialog> m_signIn;
    QPointer<DeskBookingView> m_desk; // the New booking tab while signed in
    InactivityWatcher *m_inactivity;
    QLabel *m_userLabel;
    QLabel *m_roleLabel;
    QLabel *m_terminalLabel;
    QAction *m_signInAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QList<QAction *> m_staffActions; // usable only while signed in
    QMenu *m_bookingMenu = nullptr;
    QAction *m_bookingActionsEnd = nullptr; // the Booking menu's separator after the booking's actions
    struct StaffTab {
        Permission needed;
        QString title;
        TabFactory create;
    };
    QList<StaffTab> m_staffTabs;
    QList<QPointer<QWidget>> m_openStaffTabs; // built for the user signed in now
};

} // namespace kiosk::ui
