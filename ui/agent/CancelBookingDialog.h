#pragma once

#include "booking/CancellationRequest.h"
#include "domain/Booking.h"
#include "domain/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace kiosk {
class BookingService;
}

namespace kiosk::ui {

// Cancels a confirmed booking, or one passenger of it, with the refund the cancellation
// policy allows: the quote (policy, percentage, amount, what is left to refund) is the
// core's, re-read whenever the choice changes. Supervisors may override the amount with
// a reason; for anyone else that section is disabled, and the core refuses it anyway.
// Nothing irreversible happens on one press: the button names the amount ("Cancel and
// refund EUR 49.00"), the first press asks to confirm in words, the second goes ahead, and
// any change to the choices asks again.
class CancelBookingDialog : public QDialog {
    Q_OBJECT
public:
    CancelBookingDialog(BookingService &service, const Booking &booking, QWidget *parent = nullptr);

    QComboBox *scope() const { return m_scope; }
    QLineEdit *reason() const { return m_reason; }
    QLabel *quoteText() const { return m_quote; }
    QGroupBox *overrideBox() const { return m_override; }
    QLineEdit *overrideAmount() const { return m_overrideAmount; }
    QLineEdit *overrideReason() const { return m_overrideReason; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *message() const { return m_message; }
    QProgressBar *progress() const { return m_progress; }
    bool isRunning() const { return m_running; }
    bool awaitsConfirmation() const { return m_armed; }
    const std::optional<RefundQuote> &quote() const { return m_currentQuote; }

    // What the choices on screen ask for, or a message saying what is missing.
    Result<CancellationRequest> request() const;

Q_SIGNALS:
    void cancelled(const kiosk::CancellationOutcome &outcome);

private:
    void requote();
    void confirm();
    void finished();
    void setRunning(bool running);
    // The amount the button names: the override's when one is typed, else the policy's.
    std::optional<Money> refundToShow() const;
    void disarm();
    void nameTheAmount();

    BookingService &m_service;
    Booking m_booking;
    QComboBox *m_scope;
    QLabel *m_quote;
    QLineEdit *m_reason;
    QGroupBox *m_override;
    QLineEdit *m_overrideAmount;
    QLineEdit *m_overrideReason;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_close;
    QFutureWatcher<Result<CancellationOutcome>> m_watcher;
    std::optional<RefundQuote> m_currentQuote;
    bool m_running = false;
    bool m_armed = false; // pressed once: the next press cancels and refunds
};

} // namespace kiosk::ui
