#pragma once

#include "domain/Booking.h"

#include <QWidget>

class QPushButton;

namespace kiosk {
class BookingService;
}

namespace kiosk::ui {

class ReferenceSurnameFields;

// Paying a waitlist offer at the kiosk: the booking reference from the offer's e-mail and
// a passenger's surname (the fields and keyboard check-in uses), then the core makes the
// held booking this kiosk's own (claimOffer, as the service's actor of the moment) for the
// usual payment dialog.
class OfferScreen : public QWidget {
    Q_OBJECT
public:
    OfferScreen(BookingService &service, bool onScreenKeyboard, QWidget *parent = nullptr);

    void reset();
    // Back from the payment without a confirmation: what became of the offer.
    void setNotice(const QString &text);
    ReferenceSurnameFields *fields() const { return m_fields; }
    QPushButton *findButton() const { return m_find; }
    QString message() const;

Q_SIGNALS:
    void offerClaimed(const kiosk::Booking &booking);
    void backRequested();

private:
    void claim();

    BookingService &m_service;
    ReferenceSurnameFields *m_fields;
    QPushButton *m_find;
};

} // namespace kiosk::ui
