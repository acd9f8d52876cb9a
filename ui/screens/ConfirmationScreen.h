#pragma once

#include "domain/Booking.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace kiosk::ui {

// The receipt: booking reference large and clear, seats, passengers, amount paid.
class ConfirmationScreen : public QWidget {
    Q_OBJECT
public:
    explicit ConfirmationScreen(QWidget *parent = nullptr);
    void showBooking(const Booking &booking);
    QString referenceText() const;
    // Offered once the terminal can make receipts (KioskWindow::setReceipts).
    void setReceiptAvailable(bool available);
    QPushButton *receiptButton() const { return m_receipt; }

Q_SIGNALS:
    void doneRequested();
    void receiptRequested(const QString &reference);

private:
    QLabel *m_reference;
    QLabel *m_details;
    QPushButton *m_receipt;
};

} // namespace kiosk::ui
