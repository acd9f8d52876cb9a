#pragma once

#include "domain/Booking.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {

// Moves one passenger of a confirmed booking to a free seat of the same cabin. The list
// is what was free when the passenger was chosen; the core's atomic swap decides, and a
// seat taken meanwhile is named and the list read again.
class ChangeSeatDialog : public QDialog {
    Q_OBJECT
public:
    ChangeSeatDialog(BookingService &service, FlightCatalog &catalog, const Booking &booking, QWidget *parent = nullptr);

    QComboBox *passenger() const { return m_passenger; }
    QComboBox *newSeat() const { return m_seat; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void seatChanged(const kiosk::Booking &booking);

private:
    void listFreeSeats();
    void change();

    BookingService &m_service;
    FlightCatalog &m_catalog;
    Booking m_booking;
    QComboBox *m_passenger;
    QComboBox *m_seat;
    QLabel *m_message;
    QPushButton *m_change;
};

} // namespace kiosk::ui
