#pragma once

#include "domain/Actor.h"
#include "domain/BookingState.h"
#include "storage/PaymentRepository.h"

#include <optional>

#include <QCoreApplication>

namespace kiosk {

class BookingEvents;
class Database;

// A booking state change that goes with a payment update.
struct BookingMove {
    QString reference; // for the event after commit
    BookingState from;
    BookingState to;
    QString reason;    // into the audit row
};

// Writes what the gateway said: the payment attempt's new status and, in the same
// transaction, the booking's move, both as guarded updates, so that the terminal running
// an attempt and a reconciler on another terminal can never both settle it.
class PaymentBookkeeper {
    Q_DECLARE_TR_FUNCTIONS(PaymentBookkeeper)
public:
    PaymentBookkeeper(Database &db, BookingEvents &events) : m_db(db), m_events(events) {}

    // Audited as `actor`: the operation's own copy, whoever signs in meanwhile.
    Status record(const PaymentRecord &payment, PaymentStatus fromStatus, PaymentRepository::Deadline deadline,
                  const std::optional<BookingMove> &move, const Actor &actor);

private:
    // The transaction itself: one call of kiosk_payment_record on PostgreSQL, statements on SQLite.
    Status write(const PaymentRecord &payment, PaymentStatus fromStatus, PaymentRepository::Deadline deadline,
                 const std::optional<BookingMove> &move, const Actor &actor);

    Database &m_db;
    BookingEvents &m_events;
};

} // namespace kiosk
