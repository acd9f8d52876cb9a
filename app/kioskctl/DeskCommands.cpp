#include "DeskCommands.h"

#include "CtlContext.h"
#include "HumanFormat.h"
#include "InputParser.h"
#include "JsonFormat.h"

namespace kiosk::ctl {

int DeskCommands::find(const CommandArguments &arguments)
{
    BookingQuery query;
    if (arguments.isSet(QStringLiteral("ref"))) {
        auto reference = InputParser::booking(arguments.value(QStringLiteral("ref")));
        if (!reference)
            return m_out.error(reference.error());
        query.reference = *reference;
    }
    query.name = arguments.value(QStringLiteral("name")).trimmed();
    if (arguments.isSet(QStringLiteral("name")) && query.name.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--name must not be empty")));
    if (arguments.isSet(QStringLiteral("flight"))) {
        auto designator = InputParser::designator(arguments.value(QStringLiteral("flight")));
        if (!designator)
            return m_out.error(designator.error());
        query.carrier = designator->carrier;
        query.number = designator->number;
        query.date = designator->date;
    }
    if (arguments.isSet(QStringLiteral("date"))) {
        auto date = InputParser::date(arguments.value(QStringLiteral("date")), QStringLiteral("date"));
        if (!date)
            return m_out.error(date.error());
        if (query.date.isValid() && query.date != *date)
            return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("--flight names %1 but --date %2")
                                                                  .arg(query.date.toString(Qt::ISODate),
                                                                       date->toString(Qt::ISODate))));
        query.date = *date;
    }
    auto limit = InputParser::integer(arguments.value(QStringLiteral("limit")), QStringLiteral("limit"), 1,
                                      BookingQuery::MaxLimit);
    if (!limit)
        return m_out.error(limit.error());
    query.limit = *limit;
    if (query.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput,
                                     QStringLiteral("find needs at least one of --ref, --name, --flight, --date")));

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto found = (*context)->service().search(query);
    if (!found)
        return m_out.error(found.error());
    const bool more = found->size() > query.limit;
    if (more)
        found->resize(query.limit);
    QJsonArray list;
    for (const BookingSummary &summary : std::as_const(*found))
        list.append(JsonFormat::bookingSummary(summary));
    const QString tail = more ? QStringLiteral("first %1 booking(s); narrow the search to see the rest").arg(found->size())
                              : QStringLiteral("%1 booking(s)").arg(found->size());
    return m_out.result(QJsonObject{{QStringLiteral("bookings"), list}, {QStringLiteral("more"), more}},
                        (found->isEmpty() ? QString() : HumanFormat::bookingTable(*found)) + tail);
}

int DeskCommands::changeSeat(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    auto from = InputParser::seatList(arguments.positional(1));
    if (!from)
        return m_out.error(from.error());
    auto to = InputParser::seatList(arguments.positional(2));
    if (!to)
        return m_out.error(to.error());
    if (from->size() != 1 || to->size() != 1)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("change-seat moves one passenger: give one "
                                                                          "seat for FROM and one for TO")));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto booking = (*context)->service().changeSeat(*reference, from->first(), to->first());
    if (!booking)
        return m_out.error(booking.error());
    const QDateTime now = (*context)->serverNow();
    return m_out.result(JsonFormat::booking(*booking, now),
                        QStringLiteral("moved %1 to %2 on booking %3\n")
                                .arg(from->first().toString(), to->first().toString(), booking->reference)
                            + HumanFormat::booking(*booking, now));
}

} // namespace kiosk::ctl
