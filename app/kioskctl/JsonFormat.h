#pragma once

#include "domain/AuditEntry.h"
#include "domain/Booking.h"
#include "domain/BookingSummary.h"
#include "domain/ContactDetails.h"
#include "domain/Flight.h"
#include "domain/Money.h"
#include "domain/SalesReport.h"
#include "domain/Seat.h"
#include "domain/User.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace kiosk::ctl {

// The JSON shapes of the kioskctl contract (docs/cli.md). Times are ISO 8601 UTC with a
// trailing Z, money is {"amount": minor units, "currency": ISO 4217, "display": "EUR 49.00"}.
class JsonFormat {
public:
    static QJsonValue time(const QDateTime &utc);
    static QJsonObject money(const Money &money);
    static QJsonObject flight(const Flight &flight);
    static QJsonObject seat(const Seat &seat);
    // `serverNow` (the database's clock) gives seconds_left; it is null unless the booking
    // still holds its seats on a deadline (SEAT_HELD, PAYMENT_PENDING).
    static QJsonObject booking(const Booking &booking, const QDateTime &serverNow);
    static QJsonObject auditEntry(const AuditEntry &entry);
    // {"email", "phone"}: each a string, or null when not given (or purged).
    static QJsonObject contact(const ContactDetails &contact);
    static QJsonObject bookingSummary(const BookingSummary &summary);
    // Never the password hash.
    static QJsonObject user(const User &user);
    // `kioskctl report`: rates are numbers from 0 to 1, or null with nothing to divide.
    static QJsonObject salesReport(const SalesReport &report);

    // Whole seconds until `deadline` by `serverNow`, rounded up, never negative.
    static qint64 secondsLeft(const QDateTime &deadline, const QDateTime &serverNow);
    static bool holdsOnDeadline(BookingState state);
};

} // namespace kiosk::ctl
