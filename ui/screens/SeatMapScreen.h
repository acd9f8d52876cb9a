#pragma once

#include "domain/Cabin.h"
#include "domain/Flight.h"
#include "domain/Seat.h"
#include "domain/SeatCode.h"

#include <QMap>

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace kiosk {
class FlightCatalog;
}

namespace kiosk::ui {

class PartySizeStepper;
class SeatCard;
class SeatMapModel;
class SeatMapView;
class SeatMiniMap;

// Choose the party size and the seats: tap seats, or let "best available together" pick.
// A cabin with fewer free seats than the party offers its waitlist instead.
class SeatMapScreen : public QWidget {
    Q_OBJECT
public:
    explicit SeatMapScreen(FlightCatalog &catalog, QWidget *parent = nullptr);

    // Kiosk by default; the agent's desk also sees the seats kept for the desk as free.
    void setSalesChannel(SalesChannel channel) { m_channel = channel; }
    void showFlight(qint64 flightId);
    void refresh();                                 // statuses from the database, in place
    void reportTaken(const QStringList &codes);     // a hold lost a race for these seats
    void setNotice(const QString &text);
    // Offline nothing can be held: Continue waits for the booking system.
    void setOnline(bool online);
    // The key that chooses a seat on the accessible mode's keypad ("Enter"); empty on a touch
    // screen. The screen's hints say what to press instead of where to tap.
    void setChooseKey(const QString &key);
    QList<SeatCode> selectedSeats() const;
    QString selectionSummary() const;

    SeatMapModel *model() const { return m_model; }
    SeatMapView *view() const { return m_view; }
    PartySizeStepper *partySize() const { return m_party; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *bestButton() const { return m_best; }
    QLabel *notice() const { return m_notice; }
    // What the last tapped seat is, in words, with a button per traveller: touch screens
    // show no tooltips.
    SeatCard *seatCard() const { return m_seatCard; }
    SeatMiniMap *miniMap() const { return m_miniMap; }
    QPushButton *deckButton(int deck) const;
    const Flight &flight() const { return m_flight; }
    // "Join the waitlist" for a cabin too full for the party; null while it has the seats.
    QPushButton *waitlistButton(Cabin cabin) const;
    QList<QPushButton *> waitlistButtons() const;

Q_SIGNALS:
    void continueRequested();
    void backRequested();
    void waitlistRequested(kiosk::Cabin cabin);

private:
    void updateSummary();
    // The orphan-seat rule as advice: a warning, never a refusal (PartySeating).
    void warnAboutOrphans();
    void rebuildDeckButtons();
    void countFreeSeats(const QList<Seat> &seats);
    void rebuildWaitlistButtons();
    // Tells the traveller when the airline cancelled or retimed the flight on screen.
    void tellScheduleChange(const Flight &was);
    QString localDeparture(const Flight &flight) const;

    FlightCatalog &m_catalog;
    SalesChannel m_channel = SalesChannel::Kiosk;
    Flight m_flight;
    QString m_originTimeZone; // IANA, for departure times as the departures board shows them
    SeatMapModel *m_model;
    SeatMapView *m_view;
    QLabel *m_title;
    QLabel *m_notice;
    QLabel *m_summary;
    SeatCard *m_seatCard;
    SeatMiniMap *m_miniMap;
    bool m_orphanWarningShown = false;
    PartySizeStepper *m_party;
    QPushButton *m_best;
    QPushButton *m_continue;
    QWidget *m_deckBar;
    QButtonGroup *m_decks;
    QWidget *m_waitlistBar;
    QMap<Cabin, int> m_freeSeats; // every cabin of the flight, free seats on every deck
    bool m_online = true;
    QString m_chooseKey;
};

} // namespace kiosk::ui
