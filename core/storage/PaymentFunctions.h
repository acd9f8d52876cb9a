#pragma once

#include "PaymentRepository.h"
#include "domain/Actor.h"
#include "domain/Booking.h"
#include "domain/BookingState.h"
#include "domain/Money.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace kiosk {

class Database;

// What kiosk_payment_begin (PostgreSQL migration 0012) answered.
struct PaymentStart {
    enum class Outcome { Pending, NoBooking, WrongState, Expired };
    Outcome outcome = Outcome::Pending;
    qint64 bookingId = 0;
    BookingState state = BookingState::SeatHeld; // WrongState: the booking's state
    QDateTime holdDeadlineUtc;
    Money total;
    qint64 paymentId = 0;                        // Pending: the attempt recorded
    QString paymentKey;
};

// Only a booking made by this terminal and actor may be paid (a kiosk's own).
struct BookingOwner {
    QString terminal;
    QString actor;
};

// A booking's move recorded together with a payment's new status.
struct PaymentBookingMove {
    BookingState from;
    BookingState to;
    QString reason;
};

// The payment saga's two database transactions as one call each on PostgreSQL
// (PaymentProcessor and PaymentBookkeeper decide when; SQLite runs them as statements).
class PaymentFunctions {
    Q_DECLARE_TR_FUNCTIONS(PaymentFunctions)
public:
    explicit PaymentFunctions(Database &db) : m_db(db) {}

    // NoBooking also when `owner` is given and did not make the booking.
    Result<PaymentStart> begin(const QString &reference, const std::optional<BookingOwner> &owner,
                               const QString &cardBrand, const QString &cardLast4,
                               int attemptSeconds, const QString &gateway, const Actor &actor);
    // The attempt from `fromStatus` to `payment.status`, and the booking's move if any; a
    // refusal (ErrorCode::WrongState, the statements' words) changes nothing.
    Status record(const PaymentRecord &payment, PaymentStatus fromStatus, PaymentRepository::Deadline deadline,
                  const std::optional<PaymentBookingMove> &move, const Actor &actor);
    // record() without a move, then the attempt's booking as findById reads it, in the same
    // call (kiosk_payment_record_booking, migration 0036): the sale's answer after its capture.
    Result<RecordedBooking> recordAndRead(const PaymentRecord &payment, PaymentStatus fromStatus);

private:
    Database &m_db;
};

} // namespace kiosk
