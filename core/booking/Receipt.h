#pragma once

#include "domain/Airport.h"
#include "domain/Booking.h"
#include "domain/Flight.h"

#include <QDateTime>

#include <optional>

namespace kiosk {

// The card a payment was taken from: never the number, only brand and last four digits.
struct ReceiptPayment {
    QString cardBrand;
    QString cardLast4;
    Money captured;
    Money refunded;
};

// A voucher that took part of the price off: its hint, what it gives, what it took off.
struct ReceiptVoucher {
    QString hint;    // "SU…26"
    QString benefit; // "20 % off"
    Money discount;
};

// Everything a receipt / itinerary prints, gathered by ReceiptBuilder: the booking with its
// passengers, seats and prices, the flight with both airports (local times), the money
// taken, the cancellation policy in force for the booking's cabins and who sells it.
struct Receipt {
    Booking booking;
    Flight flight;
    Airport origin;
    Airport destination;
    QList<ReceiptPayment> payments; // captured ones, oldest first
    std::optional<ReceiptVoucher> voucher; // redeemed with the payment
    QStringList cancellationPolicy; // one line per cabin on the booking: "economy: more than 72 h: 100 %, ..."
    QString airlineName;            // airlines.name, else the designator
    QString airlineAddress;         // airlines.address, lines separated by '\n'; may be empty
    QDateTime issuedUtc;            // the database server's clock
};

} // namespace kiosk
