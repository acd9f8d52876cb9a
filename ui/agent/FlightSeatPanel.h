#pragma once

#include "domain/Actor.h"
#include "domain/SalesReport.h"
#include "domain/SeatCode.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk {
class ScheduleDesk;
}

namespace kiosk::ui {

class SeatMapModel;
class SeatMapView;

// One flight's seats in the Schedule tab, as the desk sees them (desk-only seats free, with
// their reason): moving over a seat says who holds it or why it is blocked and puts it in
// the Seats field; Block takes the listed seats out of sale (or keeps them for the desk)
// with a reason, Unblock gives them back. The core checks, refuses and audits; a refusal is
// shown and nothing changes.
class FlightSeatPanel : public QWidget {
    Q_OBJECT
public:
    FlightSeatPanel(ScheduleDesk &desk, QWidget *parent = nullptr);

    // Gates Block and Unblock by the signed-in user's role.
    void setActor(const Actor &actor);
    // Shows the flight's seats; an invalid flight (id 0) empties the panel.
    void showFlight(const FlightSales &flight);
    bool block();
    bool unblock();

    SeatMapModel *seatModel() const { return m_model; }
    SeatMapView *seatView() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *seatDetail() const { return m_detail; }
    QLineEdit *seatsField() const { return m_seats; }
    QLineEdit *reasonField() const { return m_reason; }
    QCheckBox *deskOnlyBox() const { return m_deskOnly; }
    QPushButton *blockButton() const { return m_block; }
    QPushButton *unblockButton() const { return m_unblock; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void seatsChanged(); // a block or unblock went through: the flight's figures changed

private:
    void reload();
    void describeCurrentSeat();
    // The Seats field as seat codes; nullopt (and the message shown) when one is not a seat.
    std::optional<QList<SeatCode>> typedSeats();
    void showMessage(const QString &text, bool error);

    ScheduleDesk &m_desk;
    FlightSales m_flight;
    SeatMapModel *m_model;
    SeatMapView *m_view;
    QLabel *m_title;
    QComboBox *m_deck;
    QLabel *m_detail;
    QLineEdit *m_seats;
    QLineEdit *m_reason;
    QCheckBox *m_deskOnly;
    QPushButton *m_block;
    QPushButton *m_unblock;
    QLabel *m_message;
};

} // namespace kiosk::ui
