#include "HumanFormat.h"

#include "JsonFormat.h"
#include "TextTable.h"
#include "booking/SalesHorizon.h"

#include <QMap>

namespace kiosk::ctl {

QString HumanFormat::time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'")) : QStringLiteral("-");
}

QString HumanFormat::flightLine(const Flight &flight)
{
    return QStringLiteral("%1 (id %2)  %3 -> %4  departs %5  arrives %6  %7")
        .arg(flight.key())
        .arg(flight.id)
        .arg(flight.origin, flight.destination, time(flight.departureUtc), time(flight.arrivalUtc), flight.aircraft);
}

QString HumanFormat::flightTable(const QList<Flight> &flights, const QSet<qint64> &notOnSale)
{
    if (flights.isEmpty())
        return QStringLiteral("no flights match\n");
    using A = TextTable::Align;
    TextTable table({QStringLiteral("ID"), QStringLiteral("FLIGHT"), QStringLiteral("DATE"), QStringLiteral("FROM"),
                     QStringLiteral("TO"), QStringLiteral("DEPARTS (UTC)"), QStringLiteral("ARRIVES (UTC)"),
                     QStringLiteral("AIRCRAFT"), QStringLiteral("SALE")},
                    {A::Right, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left, A::Left});
    for (const Flight &flight : flights) {
        const QString sale = flight.cancelled ? QStringLiteral("cancelled")
            : notOnSale.contains(flight.id)   ? QStringLiteral("from ") + time(SalesHorizon().opensAt(flight.departureUtc))
                                              : QStringLiteral("on sale");
        table.addRow({QString::number(flight.id), flight.designator(), flight.departureDate.toString(Qt::ISODate),
                      flight.origin, flight.destination, time(flight.departureUtc), time(flight.arrivalUtc),
                      flight.aircraft, sale});
    }
    return table.toString() + QStringLiteral("%1 flight(s)\n").arg(flights.size());
}

QChar HumanFormat::statusSymbol(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Free: return QLatin1Char('.');
    case SeatStatus::Held: return QLatin1Char('h');
    case SeatStatus::Sold: return QLatin1Char('x');
    case SeatStatus::Blocked: return QLatin1Char('#');
    }
    return QLatin1Char('?');
}

QString HumanFormat::seatMap(const Flight &flight, const QList<Seat> &seats)
{
    QMap<int, QList<Seat>> rows;
    QMap<SeatStatus, int> counts;
    for (const Seat &seat : seats) {
        rows[seat.code.row()] << seat;
        ++counts[seat.status];
    }

    QString text = flightLine(flight) + QStringLiteral("\n\n");
    for (auto row = rows.cbegin(); row != rows.cend(); ++row) {
        const QList<Seat> &line = row.value();
        QString cells;
        qint64 low = line.first().price.minorUnits();
        qint64 high = low;
        qint64 lowSurcharge = line.first().surcharge.minorUnits();
        qint64 highSurcharge = lowSurcharge;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const Seat &seat = line[i];
            // Two aisle seats side by side have the aisle between them.
            if (i > 0 && seat.features.testFlag(SeatFeature::Aisle)
                && line[i - 1].features.testFlag(SeatFeature::Aisle))
                cells += QStringLiteral("  ");
            const bool deskFree = seat.deskOnly && seat.status == SeatStatus::Free;
            cells += QString(seat.code.letter()) + (deskFree ? QLatin1Char('d') : statusSymbol(seat.status))
                + QLatin1Char(' ');
            low = qMin(low, seat.price.minorUnits());
            high = qMax(high, seat.price.minorUnits());
            lowSurcharge = qMin(lowSurcharge, seat.surcharge.minorUnits());
            highSurcharge = qMax(highSurcharge, seat.surcharge.minorUnits());
        }
        const QString currency = line.first().price.currency();
        QString price = low == high ? Money(low, currency).toString()
                                    : Money(low, currency).toString() + QStringLiteral(" - ")
                + Money(high, currency).amountString();
        // The part of the price the seats' characteristics add (kioskctl surcharge).
        if (highSurcharge > 0)
            price += QStringLiteral(" incl. seat surcharge %1")
                         .arg(lowSurcharge == highSurcharge ? Money(highSurcharge, currency).amountString()
                                                            : Money(lowSurcharge, currency).amountString()
                                  + QStringLiteral(" - ") + Money(highSurcharge, currency).amountString());
        text += QStringLiteral("%1 %2  %3  %4\n")
                    .arg(row.key(), 3)
                    .arg(cabinCode(line.first().cabin))
                    .arg(cells.leftJustified(34))
                    .arg(price);
    }
    text += QStringLiteral("\n. free (%1)   h held (%2)   x sold (%3)   # blocked (%4)\n")
                .arg(counts.value(SeatStatus::Free))
                .arg(counts.value(SeatStatus::Held))
                .arg(counts.value(SeatStatus::Sold))
                .arg(counts.value(SeatStatus::Blocked));
    // The staff's blocks say why (d: kept for the desk, free to an agent).
    for (const Seat &seat : seats) {
        if (!seat.blockReason.isEmpty())
            text += QStringLiteral("%1 %2: %3\n")
                        .arg(seat.code.toString(), -4)
                        .arg(seat.deskOnly ? QStringLiteral("desk only") : QStringLiteral("blocked"), seat.blockReason);
    }
    return text;
}

QString HumanFormat::booking(const Booking &booking, const QDateTime &serverNow)
{
    QStringList seats;
    for (const SeatCode &code : booking.seats())
        seats << code.toString();
    QString text = QStringLiteral("Booking  %1 (id %2)  %3\n").arg(booking.reference).arg(booking.id).arg(bookingStateName(booking.state));
    text += QStringLiteral("Flight   %1\n").arg(booking.flightKey);
    text += QStringLiteral("Seats    %1\n").arg(seats.join(QStringLiteral(", ")));
    text += QStringLiteral("Total    %1   captured %2   refunded %3\n")
                .arg(booking.total.toString(), booking.captured.amountString(), booking.refunded.amountString());
    if (JsonFormat::holdsOnDeadline(booking.state))
        text += QStringLiteral("Deadline %1 (%2 s left by the server clock)\n")
                    .arg(time(booking.holdDeadlineUtc))
                    .arg(JsonFormat::secondsLeft(booking.holdDeadlineUtc, serverNow));
    text += QStringLiteral("Created  %1 at terminal %2\n").arg(time(booking.createdUtc), booking.terminal);

    using A = TextTable::Align;
    TextTable passengers({QStringLiteral("SEAT"), QStringLiteral("PASSENGER"), QStringLiteral("PRICE"),
                          QStringLiteral("LINE")},
                         {A::Left, A::Left, A::Right, A::Left});
    for (const Passenger &passenger : booking.passengers)
        passengers.addRow({passenger.seat.toString(), passenger.name, passenger.price.toString(),
                           passenger.active ? QStringLiteral("active") : QStringLiteral("released")});
    return text + QLatin1Char('\n') + passengers.toString();
}

QString HumanFormat::contact(const ContactDetails &contact)
{
    const QString given = QStringList{contact.email, contact.phone}.join(QStringLiteral("  ")).trimmed();
    return QStringLiteral("Contact  %1\n").arg(given.isEmpty() ? QStringLiteral("none") : given);
}

QString HumanFormat::history(const QList<AuditEntry> &entries)
{
    TextTable table({QStringLiteral("AT (UTC)"), QStringLiteral("FROM"), QStringLiteral("TO"),
                     QStringLiteral("TERMINAL"), QStringLiteral("ACTOR"), QStringLiteral("REASON")});
    for (const AuditEntry &entry : entries)
        table.addRow({time(entry.atUtc), entry.from ? bookingStateName(*entry.from) : QStringLiteral("-"),
                      bookingStateName(entry.to), entry.terminal, entry.actor, entry.reason});
    return table.toString();
}

QString HumanFormat::bookingTable(const QList<BookingSummary> &bookings)
{
    TextTable table({QStringLiteral("REF"), QStringLiteral("STATE"), QStringLiteral("FLIGHT"),
                     QStringLiteral("DEPARTS (UTC)"), QStringLiteral("SEATS"), QStringLiteral("PASSENGERS"),
                     QStringLiteral("TOTAL")},
                    {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
                     TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Right});
    for (const BookingSummary &b : bookings)
        table.addRow({b.reference, bookingStateName(b.state), b.flightKey, time(b.departureUtc),
                      b.seats.join(QLatin1Char(',')), b.passengers.join(QStringLiteral(", ")), b.total.toString()});
    return table.toString();
}

QString HumanFormat::userTable(const QList<User> &users)
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("STATUS"),
                     QStringLiteral("LAST SIGN-IN (UTC)")});
    for (const User &user : users) {
        const QString status = user.disabled                  ? QStringLiteral("disabled")
            : user.lockedUntilUtc.isValid()                    ? QStringLiteral("locked until ") + time(user.lockedUntilUtc)
                                                               : QStringLiteral("active");
        table.addRow({user.name, roleName(user.role), status,
                      user.lastSignInUtc.isValid() ? time(user.lastSignInUtc) : QStringLiteral("never")});
    }
    return table.toString();
}

} // namespace kiosk::ctl
