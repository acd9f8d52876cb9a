#pragma once

#include "domain/Booking.h"

#include <QWidget>

class QLabel;

namespace kiosk::ui {

// The receipt: booking reference large and clear, seats, passengers, amount paid.
class ConfirmationScreen : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmationScreen(QWidget *parent = nullptr);
    void showBooking(const Booking &booking);
    QString referenceText() const;

Q_SIGNALS:
    void doneRequested();

private:
    QLabel *m_reference;
    QLabel *m_details;
};

} // namespace kiosk::ui
