#pragma once

#include "domain/Actor.h"
#include "domain/Booking.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace kiosk {
class BagTagger;
class BookingService;
class FlightCatalog;
}

namespace kiosk::ui {

class CancelBookingDialog;
class ChangeSeatDialog;
class PaymentDialog;
class StatusChip;

// Everything about one booking for the agent: passengers and seats with cabin and fare,
// the payments (attempts, captures, refunds) and the full audit history. From here the
// agent cancels with a refund (CancelBookingDialog) and takes payment for a held booking
// (a hold kept for the customer, a waitlist offer) in the payment dialog; the detail
// re-reads itself after.
class BookingDetailDialog : public QDialog {
    Q_OBJECT
public:
    enum { PassengerStatusColumn = 4, PaymentStatusColumn = 2 };

    BookingDetailDialog(BookingService &service, FlightCatalog &catalog, const QString &reference,
                        QWidget *parent = nullptr);

    const Booking &booking() const { return m_booking; }
    QLabel *summary() const { return m_summary; }
    StatusChip *stateChip() const { return m_stateChip; }
    QStandardItemModel *passengers() const { return m_passengers; }
    QTableView *passengerView() const { return m_passengerView; }
    QTreeView *paymentView() const { return m_paymentView; }
    QStandardItemModel *payments() const { return m_payments; }
    QStandardItemModel *history() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QPushButton *cancelButton() const { return m_cancel; }
    CancelBookingDialog *cancelDialog() const { return m_cancelDialog; }
    QPushButton *changeSeatButton() const { return m_changeSeat; }
    ChangeSeatDialog *changeSeatDialog() const { return m_changeSeatDialog; }
    QPushButton *takePaymentButton() const { return m_takePayment; }
    PaymentDialog *paymentDialog() const { return m_paymentDialog; }

    // Lists each passenger's checked bags (licence plates) too, read through `bags`.
    void setBags(BagTagger *bags);
    // Re-reads the booking, its payments and its history.
    void reload();
    void openCancellation();
    void openSeatChange();
    void openPayment();

Q_SIGNALS:
    // A cancellation or seat change went through: lists that show this booking should re-read it.
    void bookingChanged(const QString &reference);

private:
    void fillPassengers();
    void fillPayments(const QString &reference);
    void fillHistory(const QString &reference);
    void showError(const QString &text);

    BookingService &m_service;
    FlightCatalog &m_catalog;
    BagTagger *m_bags = nullptr;
    QString m_reference;
    Booking m_booking;
    QLabel *m_title;
    StatusChip *m_stateChip;
    QLabel *m_summary;
    QLabel *m_error;
    QStandardItemModel *m_passengers;
    QStandardItemModel *m_payments;
    QStandardItemModel *m_history;
    QTableView *m_passengerView;
    QTreeView *m_paymentView;
    QTableView *m_historyView;
    QPushButton *m_cancel;
    CancelBookingDialog *m_cancelDialog = nullptr;
    QPushButton *m_changeSeat;
    ChangeSeatDialog *m_changeSeatDialog = nullptr;
    QPushButton *m_takePayment;
    PaymentDialog *m_paymentDialog = nullptr;
};

} // namespace kiosk::ui
