#pragma once

#include "ReceiptScreen.h"
#include "TripDetails.h"
#include "domain/Booking.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace kiosk {
class DocumentMailer;
class ReceiptBuilder;
}

namespace kiosk::ui {

class DocumentMailButton;

// The end of a paid journey: a clear success (icon and colour), the booking reference large
// and clear, the trip (route, date, departure and boarding time), seats and names, what was
// paid with which card (brand and last four), the receipt printed or e-mailed, and a visible
// countdown after which the kiosk starts over for the next traveller.
class ConfirmationScreen : public QWidget {
    Q_OBJECT
public:
    static constexpr int CloseSeconds = 20;

    explicit ConfirmationScreen(QWidget *parent = nullptr);
    void showBooking(const Booking &booking, const TripDetails &trip = TripDetails());
    QString referenceText() const;
    // Receipts once the terminal can make them (KioskWindow::setReceipts): the card in the
    // receipt block, Print, the full receipt (Receipt) and, with a mailer, Email me.
    void setReceipts(ReceiptBuilder *receipts, const ReceiptOutput &output);
    void setMailer(DocumentMailer *mailer);
    void setReceiptAvailable(bool available);
    // Tests: a shorter countdown than CloseSeconds.
    void setCloseSeconds(int seconds) { m_closeSeconds = seconds; }

    QPushButton *receiptButton() const { return m_receipt; }
    QPushButton *printButton() const { return m_print; }
    DocumentMailButton *mailButton() const { return m_mail; }
    QLabel *tripText() const { return m_trip; }
    QLabel *paymentText() const { return m_payment; }
    QLabel *closesInText() const { return m_closesIn; }
    QLabel *message() const { return m_message; }
    int secondsLeft() const { return m_secondsLeft; }

Q_SIGNALS:
    void doneRequested();
    void receiptRequested(const QString &reference);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void startClosing();
    void tick();
    void print();

    QLabel *m_reference;
    QLabel *m_trip;
    QLabel *m_seats;
    QLabel *m_payment;
    QLabel *m_message;
    QLabel *m_closesIn;
    QPushButton *m_receipt;
    QPushButton *m_print;
    DocumentMailButton *m_mail;
    QTimer *m_tick;
    int m_closeSeconds = CloseSeconds;
    int m_secondsLeft = 0;
    ReceiptBuilder *m_receipts = nullptr;
    ReceiptOutput m_output;
    std::optional<Receipt> m_shown; // the receipt of the booking on screen, once built
};

} // namespace kiosk::ui
