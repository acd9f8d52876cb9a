#pragma once

#include "BookingEvents.h"
#include "HoldRequest.h"
#include "PaymentProcessor.h"
#include "SeatHolder.h"
#include "domain/AuditEntry.h"

namespace kiosk {

class Database;
class PaymentGateway;

struct ExpiryReport {
    QStringList released; // references of the holds this call expired
};

// Every booking operation a terminal offers, over one database connection. Each persisted
// change is a guarded, audited transition from the one state table; events() tells the
// rest of the program after each commit.
class BookingService {
public:
    static constexpr int DefaultHoldSeconds = 600;

    BookingService(Database &db, PaymentGateway &gateway, Actor actor, int holdSeconds = DefaultHoldSeconds);

    BookingEvents &events() { return m_events; }
    const Actor &actor() const { return m_actor; }
    int holdSeconds() const { return m_holdSeconds; }

    Result<Booking> hold(const HoldRequest &request);
    Result<Booking> submitPayment(const QString &reference, const CardDetails &card);
    Result<Booking> confirm(const QString &reference, const QString &gatewayReference);
    Result<Booking> fail(const QString &reference, const QString &reason);
    Result<Booking> cancel(const QString &reference, const QString &reason);
    Result<Booking> refund(const QString &reference);
    // Releases every hold past its deadline, by the server clock.
    Result<ExpiryReport> expireDue();

    Result<Booking> find(const QString &referenceOrId);
    Result<QList<AuditEntry>> history(const QString &referenceOrId);
    Result<std::optional<QDateTime>> nextHoldDeadline();
    Result<QDateTime> serverNow();

private:
    Database &m_db;
    Actor m_actor;
    int m_holdSeconds;
    BookingEvents m_events;
    SeatHolder m_holder;
    PaymentProcessor m_payments;
};

} // namespace kiosk
