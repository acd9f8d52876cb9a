#include "JsonFormat.h"

namespace kiosk::ctl {

QJsonValue JsonFormat::time(const QDateTime &utc)
{
    if (!utc.isValid())
        return QJsonValue::Null;
    return utc.toUTC().toString(Qt::ISODate); // "2026-12-01T07:00:00Z"
}

QJsonObject JsonFormat::money(const Money &money)
{
    return QJsonObject{{QStringLiteral("amount"), money.minorUnits()},
                       {QStringLiteral("currency"), money.currency()},
                       {QStringLiteral("display"), money.toString()}};
}

QJsonObject JsonFormat::flight(const Flight &flight)
{
    return QJsonObject{{QStringLiteral("id"), flight.id},
                       {QStringLiteral("key"), flight.key()},
                       {QStringLiteral("designator"), flight.designator()},
                       {QStringLiteral("carrier"), flight.carrier},
                       {QStringLiteral("number"), flight.number},
                       {QStringLiteral("date"), flight.departureDate.toString(Qt::ISODate)},
                       {QStringLiteral("origin"), flight.origin},
                       {QStringLiteral("destination"), flight.destination},
                       {QStringLiteral("departure"), time(flight.departureUtc)},
                       {QStringLiteral("arrival"), time(flight.arrivalUtc)},
                       {QStringLiteral("aircraft"), flight.aircraft},
                       {QStringLiteral("currency"), flight.currency}};
}

QJsonObject JsonFormat::seat(const Seat &seat)
{
    QJsonObject object{{QStringLiteral("code"), seat.code.toString()},
                       {QStringLiteral("row"), seat.code.row()},
                       {QStringLiteral("letter"), QString(seat.code.letter())},
                       {QStringLiteral("cabin"), QString(cabinCode(seat.cabin))},
                       {QStringLiteral("characteristics"), QJsonArray::fromStringList(seatFeatureNames(seat.features))},
                       {QStringLiteral("price"), money(seat.price)},
                       // The part of the price its characteristics add; the fare is the rest.
                       {QStringLiteral("surcharge"), money(Money(seat.surcharge.minorUnits(), seat.price.currency()))},
                       {QStringLiteral("status"), seatStatusName(seat.status)}};
    // Blocked, or kept for the desk (free to an agent, blocked to the kiosk): why.
    if (seat.deskOnly || seat.status == SeatStatus::Blocked)
        object.insert(QStringLiteral("block"),
                      QJsonObject{{QStringLiteral("desk_only"), seat.deskOnly},
                                  {QStringLiteral("reason"),
                                   seat.blockReason.isEmpty() ? QJsonValue() : QJsonValue(seat.blockReason)}});
    return object;
}

bool JsonFormat::holdsOnDeadline(BookingState state)
{
    return state == BookingState::SeatHeld || state == BookingState::PaymentPending;
}

qint64 JsonFormat::secondsLeft(const QDateTime &deadline, const QDateTime &serverNow)
{
    if (!deadline.isValid() || !serverNow.isValid())
        return 0;
    const qint64 ms = serverNow.msecsTo(deadline);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

QJsonObject JsonFormat::booking(const Booking &booking, const QDateTime &serverNow)
{
    QJsonArray seats;
    QJsonArray passengers;
    for (const Passenger &passenger : booking.passengers) {
        seats.append(passenger.seat.toString());
        passengers.append(QJsonObject{{QStringLiteral("name"), passenger.name},
                                      {QStringLiteral("seat"), passenger.seat.toString()},
                                      {QStringLiteral("price"), money(passenger.price)},
                                      {QStringLiteral("active"), passenger.active}});
    }
    const QJsonValue secondsLeftValue = holdsOnDeadline(booking.state)
        ? QJsonValue(secondsLeft(booking.holdDeadlineUtc, serverNow))
        : QJsonValue(QJsonValue::Null);
    return QJsonObject{
        {QStringLiteral("id"), booking.id},
        {QStringLiteral("reference"), booking.reference},
        {QStringLiteral("state"), bookingStateName(booking.state)},
        {QStringLiteral("flight"), booking.flightKey},
        {QStringLiteral("flight_id"), booking.flightId},
        {QStringLiteral("seats"), seats},
        {QStringLiteral("passengers"), passengers},
        {QStringLiteral("total"), money(booking.total)},
        {QStringLiteral("captured"), money(booking.captured)},
        {QStringLiteral("refunded"), money(booking.refunded)},
        {QStringLiteral("deadline"), time(booking.holdDeadlineUtc)},
        {QStringLiteral("seconds_left"), secondsLeftValue},
        {QStringLiteral("server_time"), time(serverNow)},
        {QStringLiteral("created"), time(booking.createdUtc)},
        {QStringLiteral("terminal"), booking.terminal},
        {QStringLiteral("idempotency_key"),
         booking.idempotencyKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(booking.idempotencyKey)},
    };
}

QJsonObject JsonFormat::contact(const ContactDetails &contact)
{
    auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("email"), orNull(contact.email)}, {QStringLiteral("phone"), orNull(contact.phone)}};
}

QJsonObject JsonFormat::auditEntry(const AuditEntry &entry)
{
    return QJsonObject{
        {QStringLiteral("from"), entry.from ? QJsonValue(bookingStateName(*entry.from)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("to"), bookingStateName(entry.to)},
        {QStringLiteral("at"), time(entry.atUtc)},
        {QStringLiteral("terminal"), entry.terminal},
        {QStringLiteral("actor"), entry.actor},
        {QStringLiteral("reason"), entry.reason},
    };
}

QJsonObject JsonFormat::bookingSummary(const BookingSummary &summary)
{
    return QJsonObject{{QStringLiteral("id"), summary.id},
                       {QStringLiteral("reference"), summary.reference},
                       {QStringLiteral("state"), bookingStateName(summary.state)},
                       {QStringLiteral("flight"), summary.flightKey},
                       {QStringLiteral("departure"), time(summary.departureUtc)},
                       {QStringLiteral("passengers"), QJsonArray::fromStringList(summary.passengers)},
                       {QStringLiteral("seats"), QJsonArray::fromStringList(summary.seats)},
                       {QStringLiteral("total"), money(summary.total)},
                       {QStringLiteral("created"), time(summary.createdUtc)}};
}

QJsonObject JsonFormat::user(const User &user)
{
    return QJsonObject{{QStringLiteral("name"), user.name},
                       {QStringLiteral("role"), roleName(user.role)},
                       {QStringLiteral("disabled"), user.disabled},
                       {QStringLiteral("failed_attempts"), user.failedAttempts},
                       {QStringLiteral("locked_until"), time(user.lockedUntilUtc)},
                       {QStringLiteral("last_sign_in"), time(user.lastSignInUtc)},
                       {QStringLiteral("created"), time(user.createdUtc)}};
}

namespace {
QJsonValue rate(std::optional<double> ratio)
{
    return ratio ? QJsonValue(*ratio) : QJsonValue(QJsonValue::Null);
}

QJsonArray moneyList(const QList<Money> &amounts)
{
    QJsonArray list;
    for (const Money &amount : amounts)
        list.append(JsonFormat::money(amount));
    return list;
}
} // namespace

QJsonObject JsonFormat::salesReport(const SalesReport &r)
{
    QJsonObject states;
    for (const auto &[state, count] : r.states)
        states.insert(bookingStateName(state), count);
    QJsonArray flights;
    for (const FlightSales &f : r.flights)
        flights.append(QJsonObject{{QStringLiteral("id"), f.flightId},
                                   {QStringLiteral("key"), f.key},
                                   {QStringLiteral("origin"), f.origin},
                                   {QStringLiteral("destination"), f.destination},
                                   {QStringLiteral("departure"), time(f.departureUtc)},
                                   {QStringLiteral("seats_sold"), f.seatsSold},
                                   {QStringLiteral("seat_capacity"), f.seatCapacity},
                                   {QStringLiteral("load_factor"), rate(f.loadFactor())},
                                   {QStringLiteral("revenue"), money(f.revenue)}});
    QJsonArray days;
    for (const DailySales &d : r.days)
        days.append(QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("bookings"), d.bookings},
                                {QStringLiteral("confirmed"), d.confirmed},
                                {QStringLiteral("revenue"), moneyList(d.revenue)}});
    return QJsonObject{
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), r.period.from().toString(Qt::ISODate)},
                                               {QStringLiteral("to"), r.period.to().toString(Qt::ISODate)},
                                               {QStringLiteral("days"), r.period.days()},
                                               {QStringLiteral("time_zone"), QStringLiteral("UTC")}}},
        {QStringLiteral("generated"), time(r.generatedUtc)},
        {QStringLiteral("funnel"), QJsonObject{{QStringLiteral("initiated"), r.funnel.initiated},
                                               {QStringLiteral("seat_held"), r.funnel.seatHeld},
                                               {QStringLiteral("payment_pending"), r.funnel.paymentPending},
                                               {QStringLiteral("confirmed"), r.funnel.confirmed}}},
        {QStringLiteral("states"), states},
        {QStringLiteral("payments"), QJsonObject{{QStringLiteral("attempted"), r.paymentAttempts},
                                                 {QStringLiteral("approved"), r.paymentsApproved},
                                                 {QStringLiteral("declined"), r.paymentsDeclined},
                                                 {QStringLiteral("success_rate"), rate(r.paymentSuccessRate())}}},
        {QStringLiteral("holds"), QJsonObject{{QStringLiteral("placed"), r.holdsPlaced},
                                              {QStringLiteral("expired"), r.holdsExpired},
                                              {QStringLiteral("expired_rate"), rate(r.expiredHoldRate())}}},
        {QStringLiteral("revenue"), moneyList(r.totalRevenue())},
        {QStringLiteral("vouchers"), QJsonObject{{QStringLiteral("redeemed"), r.vouchersRedeemed},
                                                 {QStringLiteral("discount"), moneyList(r.voucherDiscounts)}}},
        {QStringLiteral("flights"), flights},
        {QStringLiteral("days"), days}};
}

} // namespace kiosk::ctl
