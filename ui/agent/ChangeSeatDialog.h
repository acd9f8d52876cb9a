#pragma once

#include "domain/Booking.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace kiosk {
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {

class SeatMapModel;
class SeatMapView;

// Moves one passenger of a confirmed booking to a free seat of the same cabin, chosen on the
// flight's seat map as the desk sees it (desk-only seats free to the agent). The map is what
// was free when it was read; the core's atomic swap decides, and a seat taken meanwhile is
// named and the map read again.
class ChangeSeatDialog : public QDialog {
    Q_OBJECT
public:
    ChangeSeatDialog(BookingService &service, FlightCatalog &catalog, const Booking &booking, QWidget *parent = nullptr);

    QComboBox *passenger() const { return m_passenger; }
    SeatMapView *seatMap() const { return m_view; }
    std::optional<SeatCode> chosenSeat() const;
    QLabel *chosenText() const { return m_chosen; }
    QPushButton *changeButton() const { return m_change; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void seatChanged(const kiosk::Booking &booking);

private:
    static QString passengerText(const Passenger &passenger); // "Ada Lovelace in 3B (Economy)"
    void loadSeats();
    void seatTapped(const QString &code);
    void showChoice();
    Cabin passengerCabin() const;
    void change();

    BookingService &m_service;
    FlightCatalog &m_catalog;
    Booking m_booking;
    QComboBox *m_passenger;
    SeatMapModel *m_map;
    SeatMapView *m_view;
    QLabel *m_chosen;
    QLabel *m_message;
    QPushButton *m_change;
};

} // namespace kiosk::ui
