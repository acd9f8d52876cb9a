#pragma once

#include "checkin/CheckInBooking.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk {
class FlightCatalog;
}

namespace kiosk::ui {

class SeatMapModel;
class SeatMapView;

// The seat map during check-in: one passenger's new seat, chosen by touch (or arrow keys
// and Enter) among the free seats of the flight. The change itself is the caller's
// (CheckInSeatChanger, same cabin, atomic); this page only offers the choice.
class CheckInSeatPage : public QWidget {
    Q_OBJECT
public:
    CheckInSeatPage(FlightCatalog &catalog, QWidget *parent = nullptr);

    // Shows `flight`'s seats for the passenger in `seat`; false (and a message) if they
    // cannot be read.
    bool showFor(const Flight &flight, const CheckInPassenger &passenger);
    void setNotice(const QString &text);
    SeatMapModel *model() const { return m_model; }
    SeatMapView *view() const { return m_view; }
    QPushButton *takeButton() const { return m_take; }
    QString notice() const;

Q_SIGNALS:
    void seatChosen(const kiosk::SeatCode &from, const kiosk::SeatCode &to);
    void cancelled();

private:
    FlightCatalog &m_catalog;
    SeatCode m_from;
    SeatMapModel *m_model;
    SeatMapView *m_view;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_take;
};

} // namespace kiosk::ui
