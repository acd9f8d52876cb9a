#include "FlightRows.h"

#include "SqlDialect.h"
#include "Statement.h"
#include "domain/IsoDate.h"

#include <QCoreApplication>

namespace kiosk::flightrows {

Flight readFlight(const Statement &row)
{
    Flight f;
    f.id = row.integer(0);
    f.carrier = row.text(1);
    f.number = int(row.integer(2));
    const QVariant date = row.value(3); // a QDate from PostgreSQL, text from SQLite
    f.departureDate = date.metaType().id() == QMetaType::QDate ? date.toDate() : isoDateAt(date.toString());
    f.origin = row.text(4);
    f.destination = row.text(5);
    f.departureUtc = utcFromEpochMs(row, 6);
    f.arrivalUtc = utcFromEpochMs(row, 7);
    f.aircraft = row.text(8);
    f.currency = row.text(9);
    f.cancelled = row.text(10) == QLatin1String("CANCELLED");
    return f;
}

QString flightColumns(const SqlDialect &sql, const QString &prefix)
{
    return QStringLiteral("%1id, %1carrier, %1number, %1departure_date, %1origin, %1destination, %2, %3, %1aircraft, "
                          "%1currency, %1status")
        .arg(prefix, sql.epochMs(prefix + QStringLiteral("departure_at")), sql.epochMs(prefix + QStringLiteral("arrival_at")));
}

RefCondition conditionFor(const FlightRef &ref, const QString &prefix)
{
    if (ref.id > 0)
        return {prefix + QStringLiteral("id = :id"), {{QStringLiteral(":id"), ref.id}}, QString()};
    return {QStringLiteral("%1carrier = :carrier AND %1number = :number AND %1departure_date = :date").arg(prefix),
            {{QStringLiteral(":carrier"), ref.carrier},
             {QStringLiteral(":number"), ref.number},
             {QStringLiteral(":date"), ref.date.toString(Qt::ISODate)}},
            QStringLiteral("ORDER BY %1departure_at").arg(prefix)};
}

Error notFound(const FlightRef &ref)
{
    return makeError(ErrorCode::NotFound, ref.id > 0 ? QCoreApplication::translate("FlightRows", "no flight with id %1").arg(ref.id)
                                                     : QCoreApplication::translate("FlightRows", "no flight %1%2 departing on %3")
                                                           .arg(ref.carrier)
                                                           .arg(ref.number)
                                                           .arg(ref.date.toString(Qt::ISODate)));
}

QString seatColumns()
{
    return QStringLiteral("s.id, s.code, s.cabin, s.features, s.price_minor, s.currency, s.surcharge_minor");
}

Seat readSeat(const Statement &row, qint64 flightId)
{
    Seat seat;
    seat.id = row.integer(0);
    seat.flightId = flightId;
    seat.code = SeatCode::parse(row.text(1)).value_or(SeatCode());
    seat.cabin = cabinFromCode(row.text(2).at(0)).value_or(Cabin::Economy);
    seat.features = SeatFeatures::fromInt(int(row.integer(3)));
    seat.price = Money(row.integer(4), row.text(5));
    seat.surcharge = Money(row.integer(6), row.text(5));
    return seat;
}

} // namespace kiosk::flightrows
