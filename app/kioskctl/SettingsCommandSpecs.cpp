#include "SettingsCommandSpecs.h"

#include "AirlineCommands.h"
#include "CommandSpecParts.h"

namespace kiosk::ctl {

using namespace specparts;

void appendSettingsCommandSpecs(QList<CommandSpec> &table)
{
    table.append({QStringLiteral("airline"),
                  QStringLiteral("airline show | airline set CODE [--numeric-code NNN] [--name NAME] [--address LINE]..."),
                  QStringLiteral("the airlines on file: numeric code, name, address (set: admin)"),
                  QStringLiteral("show lists the airlines on file. set adds or changes one: CODE is its designator\n"
                                 "(2 or 3 letters or digits), --numeric-code its 3-digit code (bag tags' licence\n"
                                 "plates, the boarding pass), --name what receipts and boarding passes print,\n"
                                 "--address one line of the receipt's address each (given once with \"\" clears it).\n"
                                 "A new airline needs --numeric-code and --name; what is not given stays. Admins\n"
                                 "only (exit 6), in the access log with the old and new values; exit 2 for bad input.\n"
                                 "JSON: {\"airlines\": [{\"designator\", \"numeric_code\", \"name\", \"address\": [...]}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show or set.")},
                   {QStringLiteral("CODE"), QStringLiteral("For set: the airline designator (KX)."), true}},
                  {QCommandLineOption(QStringLiteral("numeric-code"), QStringLiteral("The airline's 3-digit code (999)."),
                                      QStringLiteral("NNN")),
                   QCommandLineOption(QStringLiteral("name"), QStringLiteral("The airline's name."), QStringLiteral("NAME")),
                   QCommandLineOption(QStringLiteral("address"), QStringLiteral("One line of its address (repeat for more)."),
                                      QStringLiteral("LINE"))},
                  handledBy<AirlineCommands, &AirlineCommands::airline>});

    table.append({QStringLiteral("checkin-window"),
                  QStringLiteral("checkin-window show | checkin-window set CARRIER OPENS CLOSES [--route FROM-TO] | "
                                 "checkin-window reset CARRIER [--route FROM-TO]"),
                  QStringLiteral("when check-in opens and closes, per airline or route (set: admin)"),
                  QStringLiteral("show lists the standard window (opens 24 h, closes 45 min before departure) and\n"
                                 "every airline's and route's own. set gives CARRIER (or its --route, which wins over\n"
                                 "the airline's) a window: OPENS and CLOSES are times before departure, 24h, 45m,\n"
                                 "1h30m or minutes; it must close after it opens. reset removes it (the route falls\n"
                                 "back to the airline's window, the airline to the standard). Kiosks, desks and\n"
                                 "kioskctl use it from their next check-in. Admins only (exit 6), in the access log;\n"
                                 "exit 2 for bad input, nothing changed.\n"
                                 "JSON: {\"standard\": {\"opens_minutes\", \"closes_minutes\"}, \"windows\": [{\"carrier\",\n"
                                 "  \"route\", \"opens_minutes\", \"closes_minutes\"}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show, set or reset.")},
                   {QStringLiteral("CARRIER"), QStringLiteral("For set and reset: the airline designator (KX)."), true},
                   {QStringLiteral("OPENS"), QStringLiteral("For set: how long before departure it opens (24h)."), true},
                   {QStringLiteral("CLOSES"), QStringLiteral("For set: how long before departure it closes (45m)."), true}},
                  {QCommandLineOption(QStringLiteral("route"), QStringLiteral("Only this route, e.g. DUB-LHR."),
                                      QStringLiteral("FROM-TO"))},
                  handledBy<AirlineCommands, &AirlineCommands::window>});

    table.append({QStringLiteral("sales-cutoff"),
                  QStringLiteral("sales-cutoff show | sales-cutoff set CARRIER CLOSES [--route FROM-TO] | "
                                 "sales-cutoff reset CARRIER [--route FROM-TO]"),
                  QStringLiteral("when a flight stops being sold, per airline or route (set: admin)"),
                  QStringLiteral("show lists the standard cut-off (sales close 60 min before departure) and every\n"
                                 "airline's and route's own. set gives CARRIER (or its --route, which wins over the\n"
                                 "airline's) a cut-off: CLOSES is a time before departure, 45m, 2h, 1h30m or minutes\n"
                                 "(0 to 7 days). reset removes it (the route falls back to the airline's cut-off, the\n"
                                 "airline to the standard). A hold on a flight past its cut-off is refused (exit 3)\n"
                                 "on every terminal and in kioskctl; kiosks show the flight as Closed. Admins only\n"
                                 "(exit 6), in the access log; exit 2 for bad input, nothing changed.\n"
                                 "JSON: {\"standard\": {\"closes_minutes\"}, \"cutoffs\": [{\"carrier\", \"route\",\n"
                                 "  \"closes_minutes\"}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show, set or reset.")},
                   {QStringLiteral("CARRIER"), QStringLiteral("For set and reset: the airline designator (KX)."), true},
                   {QStringLiteral("CLOSES"), QStringLiteral("For set: how long before departure sales close (60m)."), true}},
                  {QCommandLineOption(QStringLiteral("route"), QStringLiteral("Only this route, e.g. DUB-LHR."),
                                      QStringLiteral("FROM-TO"))},
                  handledBy<AirlineCommands, &AirlineCommands::salesCutoff>});

    table.append({QStringLiteral("bag-allowance"),
                  QStringLiteral("bag-allowance show | bag-allowance set CARRIER CABIN N | bag-allowance reset CARRIER CABIN"),
                  QStringLiteral("how many checked bags a passenger may declare, per airline and cabin (set: admin)"),
                  QStringLiteral("show lists the standard allowance (2 bags in first and business, 1 otherwise) and\n"
                                 "each airline's own. set gives CARRIER's CABIN (F, J, W, Y or first, business,\n"
                                 "premium, economy) an allowance of N bags (0-9); reset returns it to the standard.\n"
                                 "Bags already tagged stay. Admins only (exit 6), in the access log; exit 2 for bad\n"
                                 "input, nothing changed.\n"
                                 "JSON: {\"standard\": {\"F\", \"J\", \"W\", \"Y\"}, \"allowances\": [{\"carrier\", \"cabin\",\n"
                                 "  \"max_bags\"}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show, set or reset.")},
                   {QStringLiteral("CARRIER"), QStringLiteral("For set and reset: the airline designator (KX)."), true},
                   {QStringLiteral("CABIN"), QStringLiteral("For set and reset: F, J, W, Y or the cabin's name."), true},
                   {QStringLiteral("N"), QStringLiteral("For set: the number of bags, 0 to 9."), true}},
                  {},
                  handledBy<AirlineCommands, &AirlineCommands::allowance>});

    table.append({QStringLiteral("hold-limits"),
                  QStringLiteral("hold-limits show | hold-limits set ROLE [--unpaid N|none] [--per-minute N|none] "
                                 "[--decline-extension SECONDS]"),
                  QStringLiteral("how much a terminal of each role may hold, and the hold's extension after a decline (set: admin)"),
                  QStringLiteral("show lists, per role (kiosk, agent, supervisor, admin), how many unpaid holds one\n"
                                 "terminal may have at once, how many holds it may place per minute, and by how many\n"
                                 "seconds a hold is extended, once, after a declined payment. Standard: kiosk 2 unpaid\n"
                                 "and 10 a minute, agent 10 and 60, supervisor 20 and 120, admin no limit; 300 s after\n"
                                 "a decline. set changes what is given (none: no limit; extension 0 to 3600 s, 0 for\n"
                                 "none). A hold beyond a limit is refused with exit 3, saying which limit and until\n"
                                 "when, and is in the access log. Every terminal applies them from its next hold.\n"
                                 "Admins only (exit 6), in the access log; exit 2 for bad input, nothing changed.\n"
                                 "JSON: {\"limits\": [{\"role\", \"max_unpaid_holds\", \"max_holds_per_minute\",\n"
                                 "  \"decline_extension_seconds\"}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show or set.")},
                   {QStringLiteral("ROLE"), QStringLiteral("For set: kiosk, agent, supervisor or admin."), true}},
                  {QCommandLineOption(QStringLiteral("unpaid"), QStringLiteral("Unpaid holds one terminal may have at once."),
                                      QStringLiteral("N|none")),
                   QCommandLineOption(QStringLiteral("per-minute"), QStringLiteral("Holds one terminal may place per minute."),
                                      QStringLiteral("N|none")),
                   QCommandLineOption(QStringLiteral("decline-extension"),
                                      QStringLiteral("Seconds a hold is extended, once, after a declined payment."),
                                      QStringLiteral("SECONDS"))},
                  handledBy<AirlineCommands, &AirlineCommands::holdLimits>});
}

} // namespace kiosk::ctl
