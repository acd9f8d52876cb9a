#pragma once

#include "domain/Booking.h"
#include "domain/Cabin.h"
#include "domain/ContactDetails.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {

class BookingJourney;
class FlightListScreen;
class PassengerScreen;
class PaymentDialog;
class SeatMapScreen;
class WaitlistScreen;

// A booking made at the desk for a customer: the kiosk's own flight, seat and passenger
// screens (names and the optional e-mail and phone), then either the payment dialog or a hold kept for the customer for longer than
// the kiosk's standard time (the core allows that to agents and up). Everything acts as
// the service's actor, the signed-in agent. An unpaid hold the agent did not keep is
// cancelled when this view goes (sign-out, by hand or after inactivity). A cabin too full
// for the party puts the customer on its waitlist instead (names, e-mail required).
class DeskBookingView : public QWidget {
    Q_OBJECT
public:
    DeskBookingView(BookingService &service, FlightCatalog &catalog, const QString &origin,
                    QWidget *parent = nullptr);
    ~DeskBookingView() override;

    // From the departures, with a fresh session (the previous booking is done with).
    void start();
    void refresh();

    QWidget *currentPage() const;
    FlightListScreen *flights() const { return m_flights; }
    SeatMapScreen *seats() const { return m_seats; }
    PassengerScreen *passengers() const { return m_passengers; }
    QWidget *finishPage() const { return m_finish; }
    WaitlistScreen *waitlistPage() const { return m_waitlistPage; }
    QComboBox *holdTime() const { return m_holdTime; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *keepButton() const { return m_keep; }
    QLabel *message() const { return m_message; }
    PaymentDialog *paymentDialog() const;

    // The choices for a kept hold, in seconds: 10 min to 24 h (HoldRequest::MaxTtlSeconds).
    static QList<int> holdTimeChoices();

Q_SIGNALS:
    // Paid, or held for the customer: the booking is ready for its detail view.
    void bookingMade(const QString &reference);

private:
    QWidget *buildFinishPage();
    void chooseFlight(qint64 flightId);
    void enterPassengers();
    void showFinish(const QStringList &names);
    void showHoldUntil();
    std::optional<Booking> hold(std::optional<int> ttlSeconds);
    void followJourney(); // the journey's outcomes, each to its page
    void showSeatsReleased(const QString &notice);
    void takePayment();
    void joinWaitlist(const QStringList &names);
    void keepForCustomer();
    void showPage(QWidget *page);

    BookingService &m_service;
    FlightCatalog &m_catalog;
    BookingJourney *m_journey;
    QStackedWidget *m_pages;
    FlightListScreen *m_flights;
    SeatMapScreen *m_seats;
    PassengerScreen *m_passengers;
    QWidget *m_finish;
    WaitlistScreen *m_waitlistPage;
    QLabel *m_summary = nullptr;
    QComboBox *m_holdTime = nullptr;
    QLabel *m_holdUntil = nullptr;
    QPushButton *m_pay = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_message = nullptr;
    QPointer<PaymentDialog> m_payment;
    qint64 m_flightId = 0;
    QStringList m_names;
    Cabin m_waitlistCabin = Cabin::Economy;
    ContactDetails m_contact;
};

} // namespace kiosk::ui
