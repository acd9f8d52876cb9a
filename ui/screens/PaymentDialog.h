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
struct TripDetails;
class OnScreenKeyboard;
struct KioskOptions;
class PaymentTarget;
class VoucherField;

// The pay step while the seats are held: card entry (the desk, a dialog), or at the kiosk a
// step inside its frame (showAsKioskStep: the header counts the hold down) where a card
// terminal reads the card (CardTerminalPanel) or, without one, the card is typed on a
// keypad. The trip and the total are summed up, and an optional voucher's discounted price
// is shown before paying. Paying never blocks the
// event loop: the dialog shows each step (authorizing, confirming) as the saga reports it and
// ends every attempt with a sentence that says whether money was taken. Outcomes: Accepted
// (paid and confirmed), Rejected (traveller cancelled: the session's hold released; a held
// booking found again stays held), or HoldExpired.
class PaymentDialog : public QDialog {
    Q_OBJECT
public:
    enum Outcome { HoldExpired = 2 };
    // Typed fields (the desk), the same with a numeric keypad beside them (a touch screen
    // without keys), or the card terminal (no card field at all), with a keypad for the
    // voucher code on a touch screen without keys.
    enum class CardEntry { Typed, TypedWithKeypad, Terminal, TerminalWithKeypad };
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

    // The kiosk's step: a screen in the kiosk's frame, not a window over it, its own hold
    // row left to the frame's header, the trip told in full.
    void showAsKioskStep(const TripDetails &trip);

    const Booking &booking() const { return m_booking; }
    QWidget *summary() const { return m_summary; }
    QLabel *summaryFlight() const { return m_flightLine; } // "KX101 · Wednesday, 2 December 2026"
    QLabel *summaryRoute() const { return m_routeLine; }   // "Dublin (DUB) → London (LHR)"; hidden without the trip
    QLabel *summaryTotal() const { return m_totalLine; }
    CardTerminalPanel *terminal() const { return m_terminal; } // null unless CardEntry::Terminal
    // The card fields: null at a terminal. The voucher: everywhere.
    QLineEdit *cardNumber() const { return m_number; }
    QLineEdit *expiry() const { return m_expiry; }
    QLineEdit *cvc() const { return m_cvc; }
    QPushButton *payButton() const { return m_pay; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *message() const { return m_message; }
    VoucherField *voucher() const { return m_voucher; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; } // null without a keypad
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
    // PaymentDialogStep.cpp: the trip's summary, and the voucher at a terminal.
    QWidget *buildSummary();
    void addTerminalVoucher(QBoxLayout *layout, bool onScreenKeypad);
    void showVoucherKeys(bool shown);
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
    QWidget *m_holdRow;
    CountdownLabel *m_countdown;
    QBoxLayout *m_body;
    QWidget *m_summary = nullptr;
    QLabel *m_flightLine = nullptr;
    QLabel *m_routeLine = nullptr;
    QLabel *m_timesLine = nullptr;
    QLabel *m_seatsLine = nullptr;
    QLabel *m_totalLine = nullptr;
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
