#pragma once

#include "domain/Booking.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk {
class BookingSession;
}

namespace kiosk::ui {

class CountdownLabel;

// Card entry while the seats are held, with the hold counting down. Outcomes: Accepted
// (paid and confirmed), Rejected (traveller cancelled: hold released), or HoldExpired.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    enum Outcome { HoldExpired = 2 };

    PaymentDialog(BookingSession &session, const Booking &booking, const QDateTime &serverNowUtc,
                  QWidget *parent = nullptr);

    const Booking &booking() const { return m_booking; }
    QLineEdit *cardNumber() const { return m_number; }
    QLineEdit *expiry() const { return m_expiry; }
    QLineEdit *cvc() const { return m_cvc; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *message() const { return m_message; }
    CountdownLabel *countdown() const { return m_countdown; }

private:
    void pay();
    void cancelHold();
    void onExpired();
    void showMessage(const QString &text, bool error);

    BookingSession &m_session;
    Booking m_booking;
    CountdownLabel *m_countdown;
    QLineEdit *m_number;
    QLineEdit *m_expiry;
    QLineEdit *m_cvc;
    QLabel *m_message;
    QPushButton *m_pay;
    QPushButton *m_cancel;
};

} // namespace kiosk::ui
