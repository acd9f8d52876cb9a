#include "FlightCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"
#include "booking/FlightCatalog.h"
#include "booking/SalesHorizon.h"
#include "storage/FlightRepository.h"
#include "storage/SaleOpening.h"

#include <QJsonArray>

namespace kiosk::ctl {

int FlightCommands::flights(const CommandArguments &arguments)
{
    FlightFilter filter;
    if (arguments.isSet(QStringLiteral("from"))) {
        auto origin = InputParser::airport(arguments.value(QStringLiteral("from")), QStringLiteral("from"));
        if (!origin)
            return m_out.error(origin.error());
        filter.origin = *origin;
    }
    if (arguments.isSet(QStringLiteral("to"))) {
        auto destination = InputParser::airport(arguments.value(QStringLiteral("to")), QStringLiteral("to"));
        if (!destination)
            return m_out.error(destination.error());
        filter.destination = *destination;
    }
    if (arguments.isSet(QStringLiteral("date"))) {
        auto date = InputParser::date(arguments.value(QStringLiteral("date")), QStringLiteral("date"));
        if (!date)
            return m_out.error(date.error());
        filter.date = *date;
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto flights = FlightRepository((*context)->db()).list(filter);
    if (!flights)
        return m_out.error(flights.error());
    QList<qint64> ids;
    for (const Flight &flight : std::as_const(*flights))
        ids << flight.id;
    auto notOnSale = SaleOpening((*context)->db()).notOnSale(ids);
    if (!notOnSale)
        return m_out.error(notOnSale.error());

    QJsonArray list;
    for (const Flight &flight : std::as_const(*flights)) {
        // Imported flights go on sale SalesHorizon's days before departure: until then, when.
        const bool onSale = !notOnSale->contains(flight.id);
        QJsonObject object = JsonFormat::flight(flight);
        object.insert(QStringLiteral("on_sale"), onSale);
        object.insert(QStringLiteral("sales_open"),
                      onSale ? QJsonValue(QJsonValue::Null) : JsonFormat::time(SalesHorizon().opensAt(flight.departureUtc)));
        list.append(object);
    }
    return m_out.result(QJsonObject{{QStringLiteral("flights"), list}}, HumanFormat::flightTable(*flights, *notOnSale));
}

int FlightCommands::seats(const CommandArguments &arguments)
{
    auto ref = InputParser::flight(arguments.positional(0));
    if (!ref)
        return m_out.error(ref.error());

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    FlightRepository repository((*context)->db());
    auto flight = repository.find(*ref);
    if (!flight)
        return m_out.error(flight.error());
    // A flight not on sale yet is refused with its opening date (FlightCatalog).
    // Staff see the desk's seats free (status free, with their "block").
    auto seats = FlightCatalog((*context)->db()).seats(flight->id, salesChannelOf((*context)->actor().role));
    if (!seats)
        return m_out.error(seats.error());

    QJsonArray list;
    QJsonObject counts{{QStringLiteral("free"), 0}, {QStringLiteral("held"), 0},
                       {QStringLiteral("sold"), 0}, {QStringLiteral("blocked"), 0}};
    for (const Seat &seat : std::as_const(*seats)) {
        list.append(JsonFormat::seat(seat));
        const QString status = seatStatusName(seat.status);
        counts[status] = counts.value(status).toInt() + 1;
    }
    const QJsonObject object{{QStringLiteral("flight"), JsonFormat::flight(*flight)},
                             {QStringLiteral("seats"), list},
                             {QStringLiteral("counts"), counts}};
    return m_out.result(object, HumanFormat::seatMap(*flight, *seats));
}

} // namespace kiosk::ctl
