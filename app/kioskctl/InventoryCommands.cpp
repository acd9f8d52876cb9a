#include "InventoryCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "booking/SeatBlocker.h"

#include <QJsonArray>

namespace kiosk::ctl {

int InventoryCommands::block(const CommandArguments &arguments)
{
    return run(arguments, true);
}

int InventoryCommands::unblock(const CommandArguments &arguments)
{
    return run(arguments, false);
}

int InventoryCommands::run(const CommandArguments &arguments, bool blocking)
{
    auto ref = InputParser::flight(arguments.positional(0));
    if (!ref)
        return m_out.error(ref.error());
    auto seats = InputParser::seatList(arguments.positional(1));
    if (!seats)
        return m_out.error(seats.error());
    SeatBlockRequest request{*seats, arguments.value(QStringLiteral("reason")), false};
    if (blocking && arguments.isSet(QStringLiteral("channel"))) {
        const QString channel = arguments.value(QStringLiteral("channel")).trimmed().toLower();
        if (channel != QLatin1String("desk"))
            return m_out.error(makeError(ErrorCode::BadInput,
                                         QStringLiteral("--channel must be desk (agents at the desk may still sell "
                                                        "the seat), not '%1'; without it nobody sells it")
                                             .arg(arguments.value(QStringLiteral("channel")))));
        request.deskOnly = true;
    }

    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    SeatBlocker blocker((*context)->db(), (*context)->service().events(), (*context)->actor());
    auto flight = blocking ? blocker.block(*ref, request) : blocker.unblock(*ref, *seats);
    if (!flight)
        return m_out.error(flight.error());

    QStringList codes;
    for (const SeatCode &code : std::as_const(*seats))
        codes << code.toString();
    QJsonObject json{{QStringLiteral("flight"), flight->key()},
                     {QStringLiteral("seats"), QJsonArray::fromStringList(codes)},
                     {QStringLiteral("blocked"), blocking}};
    QString text;
    if (blocking) {
        const QString reason = request.reason.simplified();
        json.insert(QStringLiteral("desk_only"), request.deskOnly);
        json.insert(QStringLiteral("reason"), reason);
        text = request.deskOnly ? QStringLiteral("%1 on %2 kept for the desk (agents only): %3")
                                : QStringLiteral("%1 on %2 blocked: %3");
        text = text.arg(codes.join(QStringLiteral(", ")), flight->key(), reason);
    } else {
        text = QStringLiteral("%1 on %2 for sale again").arg(codes.join(QStringLiteral(", ")), flight->key());
    }
    return m_out.result(json, text);
}

} // namespace kiosk::ctl
