#pragma once

#include "Receipt.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

class BookingService;
class Database;

// Gathers a booking's receipt. Whether the caller may see the booking is BookingService's
// rule (a kiosk: its own bookings by reference; agents and up: any); the rest is read
// only after that answer. A booking that was never paid has no receipt.
class ReceiptBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)
public:
    ReceiptBuilder(BookingService &service, Database &db) : m_service(service), m_db(db) {}

    Result<Receipt> build(const QString &reference);

private:
    BookingService &m_service;
    Database &m_db;
};

} // namespace kiosk
