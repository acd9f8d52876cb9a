#pragma once

#include "BookingState.h"
#include "Money.h"
#include "ReportPeriod.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace kiosk {

// How many of the bookings made in the period reached each step of the sale, by their
// audit trail ("reached", not "is in now"). Every booking row starts as INITIATED.
struct BookingFunnel {
    qint64 initiated = 0;
    qint64 seatHeld = 0;
    qint64 paymentPending = 0;
    qint64 confirmed = 0;
};

// Where a flight stands when the report is made: not on sale yet (its seats are made
// when it enters the sales horizon), on sale, departed, or cancelled.
enum class FlightStatus { NotOnSaleYet, OnSale, Departed, Cancelled };

// One flight departing in the period: seats sold (active passengers of CONFIRMED
// bookings) against the seats it can sell (not blocked), and its net takings so far
// (captured minus refunded, whenever that happened) in the flight's currency.
struct FlightSales {
    qint64 flightId = 0;
    QString key;             // "KX101/2026-12-01"
    QString origin;
    QString destination;
    QDateTime departureUtc;
    qint64 seatsSold = 0;
    qint64 seatCapacity = 0;
    Money revenue;
    FlightStatus status = FlightStatus::OnSale;

    std::optional<double> loadFactor() const;
};

// One UTC day of the period: bookings made that day, bookings confirmed that day, and the
// money of that day (captured at confirmation minus refunds paid that day), per currency.
struct DailySales {
    QDate day;
    qint64 bookings = 0;
    qint64 confirmed = 0;
    QList<Money> revenue; // one per currency, sorted by currency; empty: no money moved
};

// The sales and operations report over a period (docs/cli.md, `kioskctl report`). Which
// date counts: a booking by its creation, a flight by its departure, money by the day it
// was captured (the booking's confirmation) or refunded; all in UTC.
struct SalesReport {
    ReportPeriod period = ReportPeriod::endingOn(QDate(2000, 1, 1));
    QDateTime generatedUtc; // the database server's clock

    BookingFunnel funnel;
    // Current state of the bookings made in the period: every state, in the table's order.
    QList<QPair<BookingState, qint64>> states;
    // Payment attempts on the bookings made in the period. Approved: the bank authorized
    // and the sale stood (AUTHORIZED, CAPTURED, REFUNDED); declined: the bank said no.
    qint64 paymentAttempts = 0;
    qint64 paymentsApproved = 0;
    qint64 paymentsDeclined = 0;
    // Holds placed (every booking starts as a hold) and those that ended EXPIRED.
    qint64 holdsPlaced = 0;
    qint64 holdsExpired = 0;

    // Vouchers redeemed on the bookings made in the period (their payment confirmed) and
    // what they took off the price, per currency.
    qint64 vouchersRedeemed = 0;
    QList<Money> voucherDiscounts;
    QList<FlightSales> flights; // departure order
    QList<DailySales> days;     // every day of the period, oldest first

    // Approved / attempted, expired / placed; nothing when there was nothing to divide.
    std::optional<double> paymentSuccessRate() const;
    std::optional<double> expiredHoldRate() const;
    qint64 bookingsIn(BookingState state) const;
    // The period's money per currency: the sum of the days.
    QList<Money> totalRevenue() const;

    // Adds `amount` to the entry of its currency, keeping the list sorted by currency.
    static void addTo(QList<Money> &amounts, const Money &amount);
};

} // namespace kiosk
