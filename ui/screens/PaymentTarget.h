#pragma once

#include "booking/BookingEvents.h"
#include "booking/VoucherRedeemer.h"
#include "domain/Booking.h"
#include "domain/Result.h"
#include "payment/CardDetails.h"

#include <QFuture>
#include <QObject>

namespace kiosk {
class BookingService;
class BookingSession;
}

namespace kiosk::ui {

// What PaymentDialog pays: the booking a session has just held (the journey's own), or a
// held booking found again — a waitlist offer the kiosk claimed, a booking the desk kept
// for a customer. The dialog asks the same questions of both; only leaving differs.
class PaymentTarget : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual BookingState state() const = 0;
    virtual QFuture<Result<Booking>> pay(const CardDetails &card, const QString &voucherCode) = 0;
    virtual Result<VoucherQuote> quoteVoucher(const QString &voucherCode) = 0;
    virtual Result<Booking> current() = 0;
    virtual Result<Booking> cancel(const QString &reason) = 0;
    // The journey's hold goes when the traveller leaves the payment; a booking found again
    // stays held until its own deadline (the traveller may still pay it elsewhere).
    virtual bool releasesOnLeave() const = 0;

    // The session's booking, released when the dialog is left.
    static PaymentTarget *forSession(BookingSession &session, QObject *parent);
    // An existing held booking by reference, acting as the service's actor.
    static PaymentTarget *forHeldBooking(BookingService &service, const Booking &booking, QObject *parent);

Q_SIGNALS:
    void paymentProgress(kiosk::PaymentStep step);
};

} // namespace kiosk::ui
