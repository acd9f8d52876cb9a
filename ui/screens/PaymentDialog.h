#pragma once

#include "booking/BookingEvents.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "models/BookingJourney.h"

#include <QDialog>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kiosk {
class BookingService;
class BookingSession;
}

namespace kiosk::ui {

class CardTerminalPanel;
class CountdownLabel;
class OnScreenKeyboard;
struct KioskOptions;
class PaymentTarget;
class VoucherField;

// The pay step while the seats are held: card entry (the desk), or at a kiosk with a card
// terminal a full-window step where the terminal reads the card (CardTerminalPanel). Card entry, with the hold counting down, and an optional voucher
// whose discounted price is shown before paying. Paying never blocks the
// event loop: the dialog shows each step (authorizing, confirming) as the saga reports it and
// ends every attempt with a sentence that says whether money was taken. Outcomes: Accepted
// (paid and confirmed), Rejected (traveller cancelled: the session's hold released; a held
// booking found again stays held), or HoldExpired.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    enum Outcome { HoldExpired = 2 };
    // Typed fields (the desk), the same with a numeric keypad beside them (a touch screen
    // without keys), or the card terminal (no card field at all, and no voucher field).
    enum class CardEntry { Typed, TypedWithKeypad, Terminal };
    // The kiosk's choice: the terminal when it has one, else the fields with a keypad.
    static CardEntry cardEntryFor(const KioskOptions &options);

    // `onScreenKeypad`: a touch kiosk without keys gets a numeric keypad beside the card fields.
    PaymentDialog(BookingSession &session, const Booking &booking, const QDateTime &serverNowUtc, bool onScreenKeypad,
                  QWidget *parent = nullptr);
    PaymentDialog(BookingSession &session, const Booking &booking, const QDateTime &serverNowUtc, CardEntry entry,
                  QWidget *parent = nullptr);
    // A held booking that is not the session's: a claimed waitlist offer, a desk's kept hold.
    PaymentDialog(BookingService &service, const Booking &heldBooking, const QDateTime &serverNowUtc,
                  bool onScreenKeypad, QWidget *parent = nullptr);
    PaymentDialog(BookingService &service, const Booking &heldBooking, const QDateTime &serverNowUtc, CardEntry entry,
                  QWidget *parent = nullptr);

    const Booking &booking() const { return m_booking; }
    CardTerminalPanel *terminal() const { return m_terminal; } // null unless CardEntry::Terminal
    // The card fields and the voucher: null with CardEntry::Terminal.
    QLineEdit *cardNumber() const { return m_number; }
    QLineEdit *expiry() const { return m_expiry; }
    QLineEdit *cvc() const { return m_cvc; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *message() const { return m_message; }
    VoucherField *voucher() const { return m_voucher; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; } // null without onScreenKeypad
    CountdownLabel *countdown() const { return m_countdown; }
    // True from the moment the card goes to the bank until the answer is on screen.
    bool isPaying() const { return m_paying; }

    void reject() override; // releases the session's hold: Cancel, Esc and closing the window alike

Q_SIGNALS:
    void paymentFinished(); // an answer is on screen (or the dialog closed with it)
    void databaseUnreachable(const kiosk::Error &error); // the window's banner explains and retries

public:
    // The database is back: read what happened to the payment instead of guessing.
    void recheck() { checkAfterOutage(); }

private:
    PaymentDialog(PaymentTarget *target, const Booking &booking, const QDateTime &serverNowUtc, CardEntry entry,
                  QWidget *parent);
    void addCardFields(QBoxLayout *layout, bool onScreenKeypad);
    void showEvent(QShowEvent *event) override;
    void pay();
    // Asks the core what the voucher takes off; false (and why, on screen) if it cannot be used.
    bool applyVoucher(const QString &code);
    void showPrice(const Money &toPay);
    void onPaid(const Result<Booking> &result);
    qint64 extendedHold(const Error &declined);
    void onProgress(PaymentStep step);
    void checkAfterOutage();
    void onExpired();
    void setPaying(bool paying);
    void showMessage(const QString &text, bool error);

    PaymentTarget *m_target;
    Booking m_booking;
    CountdownLabel *m_countdown;
    CardTerminalPanel *m_terminal = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_expiry = nullptr;
    QLineEdit *m_cvc = nullptr;
    VoucherField *m_voucher = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    QLabel *m_message;
    QPushButton *m_pay;
    QPushButton *m_cancel;
    bool m_paying = false;
    bool m_expiredWhilePaying = false; // the hold cannot lapse while PAYMENT_PENDING: wait for the answer
    QTimer *m_outageCheck;             // the database dropped mid-payment: ask it until it answers
};

// The dialog's result as the booking journey takes it.
BookingJourney::PaymentOutcome paymentOutcome(int dialogResult);

} // namespace kiosk::ui
