#pragma once

#include "booking/BookingEvents.h"
#include "domain/Error.h"
#include "domain/Money.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace kiosk::ui {

// The card terminal's part of the kiosk's pay step: *Insert, tap or swipe your card* with
// the brands accepted and the amount, and while the terminal and the bank answer a busy
// bar with *Do not remove your card*. The card itself never reaches the kiosk.
class CardTerminalPanel : public QFrame {
    Q_OBJECT
public:
    explicit CardTerminalPanel(const Money &amount, QWidget *parent = nullptr);

    // Waiting for the terminal and the bank at `step`; showReady() when the answer is on screen.
    void showWaiting(PaymentStep step);
    void showReady();
    // What the terminal will ask for (less after a voucher), in the traveller's language.
    void setAmount(const Money &amount);
    QLabel *amount() const { return m_amount; }
    bool isWaiting() const;
    QLabel *prompt() const { return m_prompt; }
    QLabel *progressText() const { return m_progressText; }

    // The brands the terminal takes, as shown (plain text: no logos ship with the kiosk).
    static QStringList acceptedBrands();
    // The traveller's sentence for a terminal's own outcome (the card removed too early, no
    // card in time); empty for anything else.
    static QString outcomeText(const Error &declined);

private:
    QLabel *m_prompt;
    QLabel *m_amount;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QWidget *m_waiting;
};

} // namespace kiosk::ui
