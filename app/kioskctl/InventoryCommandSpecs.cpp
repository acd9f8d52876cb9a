#include "InventoryCommandSpecs.h"

#include "CommandSpecParts.h"
#include "InventoryCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendInventoryCommandSpecs(QList<CommandSpec> &table)
{
    table.append({QStringLiteral("block"), QStringLiteral("block FLIGHT SEATS --reason TEXT [--channel desk]"),
                  QStringLiteral("take seats out of sale, or keep them for the desk (agents and up)"),
                  QStringLiteral("Blocks SEATS (12A or 12A,12B) of FLIGHT with a reason: nobody sells them, or with\n"
                                 "--channel desk only agents signed in at the desk (kiosk --agent, kioskctl --user);\n"
                                 "the self-service kiosk shows them not available, the agent's seat map free with the\n"
                                 "reason. Blocking a blocked seat replaces its reason and channel. A seat held or sold\n"
                                 "is refused (exit 3) naming its booking: move that passenger first. Exit 4 for a seat\n"
                                 "the flight does not have, 2 for bad input (no reason, one over 500 characters,\n"
                                 "another channel), 6 for a kiosk user; nothing changed. Agents and up, in the access\n"
                                 "log with who, where and why.\n"
                                 "JSON: {\"flight\", \"seats\": [\"12A\"], \"blocked\": true, \"desk_only\", \"reason\"}"),
                  {{QStringLiteral("FLIGHT"), flightArgument()},
                   {QStringLiteral("SEATS"), QStringLiteral("Comma-separated seat codes, e.g. 12A,12B.")}},
                  {option(QStringLiteral("reason"), QStringLiteral("Why the seats are not sold (required)."),
                          QStringLiteral("TEXT")),
                   option(QStringLiteral("channel"), QStringLiteral("desk: agents at the desk still sell them."),
                          QStringLiteral("desk"))},
                  handledBy<InventoryCommands, &InventoryCommands::block>});

    table.append({QStringLiteral("unblock"), QStringLiteral("unblock FLIGHT SEATS"),
                  QStringLiteral("put blocked seats on sale again (agents and up)"),
                  QStringLiteral("Gives blocked SEATS of FLIGHT back to every channel. A seat that is not blocked is\n"
                                 "refused (exit 3), a seat the flight does not have exit 4, a kiosk user exit 6;\n"
                                 "nothing changed. Agents and up, in the access log with the block it ended.\n"
                                 "JSON: {\"flight\", \"seats\": [\"12A\"], \"blocked\": false}"),
                  {{QStringLiteral("FLIGHT"), flightArgument()},
                   {QStringLiteral("SEATS"), QStringLiteral("Comma-separated seat codes, e.g. 12A,12B.")}},
                  {},
                  handledBy<InventoryCommands, &InventoryCommands::unblock>});
}

} // namespace kiosk::ctl
