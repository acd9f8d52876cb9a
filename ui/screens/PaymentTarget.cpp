#include "PaymentTarget.h"

#include "booking/BookingService.h"
#include "booking/BookingSession.h"

namespace kiosk::ui {

namespace {

class SessionTarget : public PaymentTarget {
public:
    SessionTarget(BookingSession &session, QObject *parent) : PaymentTarget(parent), m_session(session)
    {
        connect(&session, &BookingSession::paymentProgress, this, &PaymentTarget::paymentProgress);
    }
    BookingState state() const override { return m_session.state(); }
    QFuture<Result<Booking>> pay(const CardDetails &card, const QString &voucherCode) override
    {
        return m_session.pay(card, voucherCode);
    }
    Result<VoucherQuote> quoteVoucher(const QString &voucherCode) override { return m_session.quoteVoucher(voucherCode); }
    Result<Booking> current() override { return m_session.current(); }
    Result<Booking> cancel(const QString &reason) override { return m_session.cancel(reason); }
    bool releasesOnLeave() const override { return true; }

private:
    BookingSession &m_session;
};

// Follows the booking's committed changes as BookingSession does, without adopting it.
class HeldBookingTarget : public PaymentTarget {
public:
    HeldBookingTarget(BookingService &service, const Booking &booking, QObject *parent)
        : PaymentTarget(parent), m_service(service), m_reference(booking.reference), m_state(booking.state)
    {
        connect(&service.events(), &BookingEvents::stateChanged, this,
                [this](const QString &reference, BookingState, BookingState to) {
                    if (reference == m_reference)
                        m_state = to;
                });
        connect(&service.events(), &BookingEvents::paymentProgress, this,
                [this](const QString &reference, PaymentStep step) {
                    if (reference == m_reference)
                        Q_EMIT paymentProgress(step);
                });
    }
    BookingState state() const override { return m_state; }
    QFuture<Result<Booking>> pay(const CardDetails &card, const QString &voucherCode) override
    {
        return m_service.submitPayment(m_reference, card, voucherCode);
    }
    Result<VoucherQuote> quoteVoucher(const QString &voucherCode) override
    {
        return m_service.quoteVoucher(m_reference, voucherCode);
    }
    Result<Booking> current() override
    {
        auto booking = m_service.find(m_reference);
        if (booking)
            m_state = booking->state;
        return booking;
    }
    Result<Booking> cancel(const QString &reason) override { return m_service.cancel(m_reference, reason); }
    bool releasesOnLeave() const override { return false; }

private:
    BookingService &m_service;
    QString m_reference;
    BookingState m_state;
};

} // namespace

PaymentTarget *PaymentTarget::forSession(BookingSession &session, QObject *parent)
{
    return new SessionTarget(session, parent);
}

PaymentTarget *PaymentTarget::forHeldBooking(BookingService &service, const Booking &booking, QObject *parent)
{
    return new HeldBookingTarget(service, booking, parent);
}

} // namespace kiosk::ui
