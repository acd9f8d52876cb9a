#pragma once

#include "domain/AuditEntry.h"
#include "domain/Booking.h"
#include "domain/BookingSummary.h"
#include "domain/ContactDetails.h"
#include "domain/Flight.h"
#include "domain/Seat.h"
#include "domain/User.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace kiosk::ctl {

// The text-mode rendering of kioskctl results: short, aligned, meant for a terminal.
class HumanFormat {
public:
    static QString time(const QDateTime &utc);
    static QString flightLine(const Flight &flight);
    // `notOnSale`: ids of flights whose sales have not opened yet (SalesHorizon).
    static QString flightTable(const QList<Flight> &flights, const QSet<qint64> &notOnSale);
    // A seat map: one line per row, a gap at each aisle, and a legend.
    static QString seatMap(const Flight &flight, const QList<Seat> &seats);
    static QString booking(const Booking &booking, const QDateTime &serverNow);
    // "Contact  anna@example.com  +35315550100", or "none" (never given, or purged).
    static QString contact(const ContactDetails &contact);
    static QString history(const QList<AuditEntry> &entries);
    static QString bookingTable(const QList<BookingSummary> &bookings);
    static QString userTable(const QList<User> &users);

private:
    static QChar statusSymbol(SeatStatus status);
};

} // namespace kiosk::ctl
