#pragma once

#include "checkin/BoardingPass.h"
#include "checkin/CheckInBooking.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;

namespace kiosk {
class CheckInSeatChanger;
class CheckInService;
class FlightCatalog;
}

namespace kiosk::ui {

class CheckInPassengerModel;
class CheckInSeatPage;
class ReferenceSurnameFields;

// Check-in at the kiosk: the booking reference and a surname (or a boarding pass barcode
// scanned into the same field), then the booking's passengers to choose — each may first
// change seat on the seat map (CheckInSeatChanger, same cabin) — then "Check in".
// Every rule is the core's; this screen shows its answers.
class CheckInScreen : public QWidget {
    Q_OBJECT
public:
    CheckInScreen(CheckInService &checkIns, CheckInSeatChanger &seats, FlightCatalog &catalog, bool onScreenKeyboard,
                  QWidget *parent = nullptr);

    void reset();
    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *surnameField() const { return m_surname; }
    QPushButton *findButton() const { return m_find; }
    QPushButton *checkInButton() const { return m_checkIn; }
    QListView *passengerList() const { return m_list; }
    QPushButton *changeSeatButton() const { return m_changeSeat; }
    CheckInSeatPage *seatPage() const { return m_seatPage; }
    QString message() const;

Q_SIGNALS:
    void checkedIn(const QList<kiosk::BoardingPass> &passes);
    void backRequested();

private:
    void find();
    void checkIn();
    void showFound(const CheckInBooking &found);
    void openSeatPage();
    void changeSeat(const SeatCode &from, const SeatCode &to);
    void updateChangeSeat();
    void showError(QLabel *label, const QString &message);

    CheckInService &m_checkIns;
    CheckInSeatChanger &m_seats;
    QStackedWidget *m_pages;
    QLineEdit *m_reference;
    QLineEdit *m_surname;
    QPushButton *m_find;
    ReferenceSurnameFields *m_finder;
    QLabel *m_flight;
    QLabel *m_window;
    QListView *m_list;
    CheckInPassengerModel *m_model;
    QPushButton *m_checkIn;
    QPushButton *m_changeSeat;
    CheckInSeatPage *m_seatPage;
    CheckInBooking m_found;
    QLabel *m_checkInError;
    QString m_foundReference;
    QString m_foundSurname;
};

} // namespace kiosk::ui
