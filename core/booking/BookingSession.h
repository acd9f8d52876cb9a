#pragma once

#include "BookingEvents.h"
#include "HoldRequest.h"
#include "VoucherRedeemer.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStateMachine>

class QAbstractState;

namespace kiosk {

class BookingService;

// One customer's journey at a terminal as a QStateMachine built from the booking state
// table: a state per BookingState, a transition per row of the table, nothing else. The
// machine only moves when the service reports a committed change for this booking, so
// it mirrors the database and can never take a step the table forbids. One session per
// customer: the next customer gets a new session.
class BookingSession : public QObject {
    Q_OBJECT
public:
    explicit BookingSession(BookingService &service, QObject *parent = nullptr);

    BookingState state() const { return m_state; }
    const QString &reference() const { return m_reference; }
    QStateMachine &machine() { return m_machine; }

    Result<Booking> hold(const HoldRequest &request);
    // Continues on this thread's event loop; follow paymentProgress() for the steps.
    // `voucherCode` as typed (empty: none): its discount is taken off the amount charged.
    QFuture<Result<Booking>> pay(const CardDetails &card, const QString &voucherCode = QString());
    // What the voucher would take off this booking now (BookingService::quoteVoucher).
    Result<VoucherQuote> quoteVoucher(const QString &voucherCode);
    Result<Booking> cancel(const QString &reason);
    // The booking as the database has it now (after an outage the session may lag behind).
    Result<Booking> current();

Q_SIGNALS:
    void stateChanged(kiosk::BookingState state);
    void finished(); // EXPIRED or REFUNDED: nothing further can happen to the booking
    void paymentProgress(kiosk::PaymentStep step);

private:
    void build();
    void onPersistedChange(const QString &reference, BookingState from, BookingState to);
    Error noBooking() const;

    BookingService &m_service;
    QStateMachine m_machine;
    QHash<BookingState, QAbstractState *> m_states;
    BookingState m_state = BookingState::Initiated;
    QString m_reference;
    bool m_pendingHold = false; // adopt the reference of the hold this session is placing
    QList<QPair<BookingState, BookingState>> m_early; // changes seen before the machine ran
};

} // namespace kiosk
