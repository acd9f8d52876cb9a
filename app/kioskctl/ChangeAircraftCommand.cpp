// kioskctl change-aircraft FLIGHT LAYOUT [--dry-run]: one flight onto the newest version of a
// layout, its passengers reseated as by a schedule's change of equipment (AircraftChange).
#include "CtlContext.h"
#include "InputParser.h"
#include "ScheduleCommands.h"
#include "TextTable.h"
#include "schedule/AircraftChange.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kiosk::ctl {

namespace {

QJsonObject changeJson(const AircraftChangeOutcome &o)
{
    QJsonArray moves;
    for (const SeatMove &move : o.moves)
        moves.append(QJsonObject{{QStringLiteral("booking"), move.reference},
                                 {QStringLiteral("passenger"), move.passenger},
                                 {QStringLiteral("old_seat"), move.oldSeat},
                                 {QStringLiteral("new_seat"), move.newSeat.isEmpty() ? QJsonValue() : QJsonValue(move.newSeat)}});
    return QJsonObject{{QStringLiteral("flight"), o.flight.key()},
                       {QStringLiteral("from"), o.fromType},
                       {QStringLiteral("to"), o.toType},
                       {QStringLiteral("to_name"), o.toName},
                       {QStringLiteral("dry_run"), o.dryRun},
                       {QStringLiteral("changed"), o.changed},
                       {QStringLiteral("on_sale"), o.onSale},
                       {QStringLiteral("moved"), o.moved()},
                       {QStringLiteral("without_seat"), o.withoutSeat()},
                       {QStringLiteral("disruptions"), o.disruptions},
                       {QStringLiteral("moves"), moves}};
}

QString changeText(const AircraftChangeOutcome &o)
{
    const QString flight = o.flight.key();
    if (!o.changed)
        return QStringLiteral("%1 flies %2 already; nothing changed").arg(flight, o.fromType);
    QStringList lines;
    const QString counts = o.dryRun
        ? QStringLiteral("%1 passenger(s) would move, %2 would be left without a seat for an agent")
        : QStringLiteral("%1 passenger(s) moved, %2 left without a seat for an agent");
    lines << (o.dryRun ? QStringLiteral("dry run, nothing changed: %1 would fly %2 (%3) instead of %4: %5")
                       : QStringLiteral("%1 now flies %2 (%3) instead of %4: %5"))
                 .arg(flight, o.toType, o.toName, o.fromType, counts.arg(o.moved()).arg(o.withoutSeat()));
    if (!o.onSale)
        lines << QStringLiteral("  not on sale yet: nobody to move; its seats are made from %1 when it opens").arg(o.toType);
    if (!o.moves.isEmpty()) {
        TextTable table({QStringLiteral("BOOKING"), QStringLiteral("PASSENGER"), QStringLiteral("OLD SEAT"),
                         QStringLiteral("NEW SEAT")});
        for (const SeatMove &move : o.moves)
            table.addRow({move.reference, move.passenger, move.oldSeat,
                          move.newSeat.isEmpty() ? QStringLiteral("no seat: left for an agent") : move.newSeat});
        lines << table.toString().trimmed();
    }
    if (!o.dryRun && o.disruptions > 0)
        lines << QStringLiteral("%1 disruption(s) recorded: see 'kioskctl disruptions --flight %2 --open'")
                     .arg(o.disruptions)
                     .arg(flight);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int ScheduleCommands::changeAircraft(const CommandArguments &arguments)
{
    auto ref = InputParser::flight(arguments.positional(0));
    if (!ref)
        return m_out.error(ref.error());
    const QString layout = arguments.positional(1).trimmed();
    if (layout.isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("change-aircraft: missing LAYOUT, e.g. A321neo; "
                                                                          "see kioskctl help change-aircraft")));
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto outcome = AircraftChange((*context)->db(), (*context)->actor())
                       .change(*ref, layout, arguments.isSet(QStringLiteral("dry-run")));
    if (!outcome)
        return m_out.error(outcome.error());
    return m_out.result(changeJson(*outcome), changeText(*outcome));
}

} // namespace kiosk::ctl
