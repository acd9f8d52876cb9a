#pragma once

#include "KioskOptions.h"
#include "PaymentDialog.h"
#include "domain/Booking.h"
#include "domain/Cabin.h"
#include "widgets/KioskHeader.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QStackedWidget;
class QTimer;

namespace kiosk {
class BagTagger;
class BookingService;
class CheckInSeatChanger;
class CheckInService;
class ReceiptBuilder;
class LiveSync;
class BookingSession;
class FlightCatalog;
class StaffCallDesk;
}

namespace kiosk::ui {

class AccessibleMode;
class BagScreen;
class BookingJourney;
class BoardingPassScreen;
class CheckInScreen;
class DocumentPrinter;
class ReceiptScreen;
struct ReceiptOutput;
class ConfirmationScreen;
class ConnectionBanner;
class FlightListScreen;
class InactivityWatcher;
class KioskHelpCall;
class OfferScreen;
class PassengerScreen;
class SeatMapScreen;
class WaitlistScreen;
class WelcomeScreen;

// The traveller's journey: welcome, flight, seats, names, payment, receipt — one screen
// at a time; a cabin too full for the party offers its waitlist, and the welcome screen
// the payment of a waitlist offer. Every decision is the core's; this class only moves
// between screens.
class KioskWindow : public QMainWindow {
    Q_OBJECT
public:
    KioskWindow(BookingService &service, FlightCatalog &catalog, const KioskOptions &options,
                QWidget *parent = nullptr);
    ~KioskWindow() override;

    QWidget *currentScreen() const;
    WelcomeScreen *welcomeScreen() const { return m_welcome; }
    FlightListScreen *flightListScreen() const { return m_flights; }
    SeatMapScreen *seatMapScreen() const { return m_seats; }
    PassengerScreen *passengerScreen() const { return m_passengers; }
    ConfirmationScreen *confirmationScreen() const { return m_confirmation; }
    PaymentDialog *paymentDialog() const { return m_payment; }
    WaitlistScreen *waitlistScreen() const { return m_waitlistScreen; }
    OfferScreen *offerScreen() const { return m_offerScreen; }
    QMessageBox *stillTherePrompt() const { return m_stillThere; }
    InactivityWatcher *inactivity() const { return m_inactivity; }
    BookingJourney *journey() const { return m_journey; }
    BookingSession *session() const;
    // High contrast, large type, the navigation keypad and spoken guidance (KioskAccessible.cpp).
    AccessibleMode *accessibleMode() const { return m_accessible; }

    void resetToWelcome(const QString &reason);
    // Live seat changes, hold expiry and the connection banner; without it the window
    // falls back to its periodic refresh.
    void setLiveSync(LiveSync *live);
    ConnectionBanner *connectionBanner() const { return m_banner; }
    // The core's check-in parts the kiosk uses, acting as the kiosk.
    struct CheckInParts {
        CheckInService &checkIns;
        CheckInSeatChanger &seats;
        BagTagger &bags;
    };
    // Check-in from the welcome screen (with seat change), boarding passes and bag tags
    // through `printer` (its printer, else PDFs in its folder's boarding-passes/ and
    // bag-tags/), bags after the boarding pass.
    void setCheckIn(const CheckInParts &parts, const DocumentPrinter &printer);
    CheckInScreen *checkInScreen() const { return m_checkIn; }
    BoardingPassScreen *boardingPassScreen() const { return m_boardingPass; }
    BagScreen *bagScreen() const { return m_bagScreen; }
    // "Receipt" on the confirmation screen: the receipt's preview, printed or kept as a PDF.
    void setReceipts(ReceiptBuilder &receipts, const ReceiptOutput &output);
    ReceiptScreen *receiptScreen() const { return m_receiptScreen; }
    KioskHeader *header() const { return m_header; }
    // Help calls staff through `desk` (the agent workstations show the call), as this
    // terminal; without it, Help says to ask at the counter.
    void setStaffCalls(StaffCallDesk &desk);

Q_SIGNALS:
    // Help: a traveller at this kiosk asked for a member of staff and the call is recorded
    // (the screen's object name).
    void staffCalled(const QString &screen);
    // The traveller chose another language on the welcome screen; the app rebuilds the
    // window in it (the language button shows only while someone handles this).
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override; // the language button, once handled

private:
    void startJourney();
    void chooseFlight(qint64 flightId);
    void enterPassengers();
    void holdAndPay(const QStringList &names);
    void followJourney(); // the journey's outcomes, each to its screen
    void runPayment(const Booking &booking);
    void showConfirmation(const Booking &paid);
    // The dialog's common wiring (touch, connection loss), then open; a fresh m_payment.
    void openPayment(PaymentDialog *dialog, const std::function<void(int)> &finished);
    QDateTime serverNowOrLocal();
    // The waitlist (KioskWaitlist.cpp): names for a full cabin, joining, paying an offer.
    void setUpWaitlist();
    void enterWaitlistNames(Cabin cabin);
    void joinWaitlist(const QStringList &names);
    void payOffer(const Booking &offer);
    void askStillThere();
    void refreshVisible();
    void showScreen(QWidget *screen);
    void onSeatsChanged(qint64 flightId);
    void onConnectionRestored();
    void setOnline(bool online); // the banner, and no way forward while nothing can be held
    // The frame (KioskFrame.cpp): the header over the stack of screens, 48 px margins.
    QWidget *buildFrame();
    KioskHeader::Step stepOf(QWidget *screen) const;
    void frameScreen(QWidget *screen);
    void callStaff();
    // The accessible mode (KioskAccessible.cpp): each screen said as it comes, what happens
    // on it said as it happens, More time on the inactivity prompt.
    void setUpAccessibleMode();
    void announceScreen(QWidget *screen);
    void announcePaymentAnswer();
    QString screenGuide(QWidget *screen) const;
    void offerMoreTime(QAbstractButton *moreTime);

    BookingService &m_service;
    FlightCatalog &m_catalog;
    KioskOptions m_options;
    BookingJourney *m_journey;
    QStackedWidget *m_stack;
    KioskHeader *m_header;
    KioskHelpCall *m_helpCall = nullptr;
    WelcomeScreen *m_welcome;
    FlightListScreen *m_flights;
    SeatMapScreen *m_seats;
    PassengerScreen *m_passengers;
    ConfirmationScreen *m_confirmation;
    CheckInScreen *m_checkIn = nullptr;
    BoardingPassScreen *m_boardingPass = nullptr;
    BagScreen *m_bagScreen = nullptr;
    ReceiptScreen *m_receiptScreen = nullptr;
    WaitlistScreen *m_waitlistScreen = nullptr;
    OfferScreen *m_offerScreen = nullptr;
    Cabin m_waitlistCabin = Cabin::Economy;
    QPointer<PaymentDialog> m_payment;
    QPointer<QMessageBox> m_stillThere;
    InactivityWatcher *m_inactivity;
    AccessibleMode *m_accessible = nullptr;
    QTimer *m_refresh;
    QTimer *m_departuresChanged; // collapses bursts of seat changes into one board refresh
    ConnectionBanner *m_banner;
    QPointer<LiveSync> m_live;
    qint64 m_flightId = 0;
    bool m_mayClose = false;
};

} // namespace kiosk::ui
