#pragma once

#include "domain/Actor.h"
#include "domain/Booking.h"

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
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

// Everything about the booking selected in the agent's list, beside it: its state as a chip,
// passengers and seats with cabin and fare, the payments (attempts, captures, refunds) and
// the full audit history. Its actions (cancel with a refund in CancelBookingDialog, change
// a seat, take payment for a held booking) go on the workstation's toolbar and Booking
// menu, each enabled by the booking's state and the signed-in role; the detail re-reads
// itself after one.
class BookingDetailView : public QWidget {
    Q_OBJECT
public:
    enum { PassengerStatusColumn = 4, PaymentStatusColumn = 2 };

    BookingDetailView(BookingService &service, FlightCatalog &catalog, QWidget *parent = nullptr);

    // Reads and shows `reference`; an empty one shows that nothing is selected.
    void showBooking(const QString &reference);
    // Nothing shown, its dialogs closed (sign-out: no customer's data stays on the screen).
    void clearBooking();
    // The booking shown (empty reference: none).
    const Booking &booking() const { return m_booking; }
    const QString &reference() const { return m_reference; }

    StatusChip *stateChip() const { return m_stateChip; }
    QLabel *summary() const { return m_summary; }
    QStandardItemModel *passengers() const { return m_passengers; }
    QTableView *passengerView() const { return m_passengerView; }
    QStandardItemModel *payments() const { return m_payments; }
    QTreeView *paymentView() const { return m_paymentView; }
    QStandardItemModel *history() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }

    QAction *cancelAction() const { return m_cancelAction; }
    QAction *changeSeatAction() const { return m_changeSeatAction; }
    QAction *takePaymentAction() const { return m_takePaymentAction; }
    // "Open check-in" for the booking: the workstation shows it where its Check-in tab is.
    QAction *checkInAction() const { return m_checkInAction; }
    CancelBookingDialog *cancelDialog() const { return m_cancelDialog; }
    ChangeSeatDialog *changeSeatDialog() const { return m_changeSeatDialog; }
    PaymentDialog *paymentDialog() const { return m_paymentDialog; }

    // Lists each passenger's checked bags (licence plates) too, read through `bags`.
    void setBags(BagTagger *bags);
    // Re-reads the booking, its payments and its history; the actions follow its state.
    void reload();
    void openCancellation();
    void openSeatChange();
    void openPayment();

Q_SIGNALS:
    // A cancellation, seat change or payment went through: lists that show this booking should re-read it.
    void bookingChanged(const QString &reference);
    // The check-in action for the booking shown.
    void checkInRequested(const QString &reference);

private:
    QAction *action(const QString &text, const QKeySequence &shortcut, const QString &objectName);
    void updateActions();
    // A dialog changed the booking: re-read, and say so to the lists.
    void changed();
    void closeDialogs();
    void fillPassengers();
    void fillPayments(const QString &reference);
    void fillHistory(const QString &reference);
    void showError(const QString &text);

    BookingService &m_service;
    FlightCatalog &m_catalog;
    BagTagger *m_bags = nullptr;
    QString m_reference;
    Booking m_booking;
    QStackedWidget *m_pages; // "nothing selected", or the booking
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
    QAction *m_cancelAction;
    QAction *m_changeSeatAction;
    QAction *m_takePaymentAction;
    QAction *m_checkInAction;
    CancelBookingDialog *m_cancelDialog = nullptr;
    ChangeSeatDialog *m_changeSeatDialog = nullptr;
    PaymentDialog *m_paymentDialog = nullptr;
};

} // namespace kiosk::ui
