#include "PricingCommandSpecs.h"

#include "CommandSpecParts.h"
#include "PricingCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendPricingCommandSpecs(QList<CommandSpec> &table)
{
    table.append({QStringLiteral("fare"),
                  QStringLiteral("fare list FLIGHT | fare list --route FROM-TO --from DATE --to DATE | "
                                 "fare set FLIGHT CABIN AMOUNT [--currency XXX] | "
                                 "fare set --route FROM-TO --from DATE --to DATE CABIN AMOUNT [--currency XXX]"),
                  QStringLiteral("a flight's fares per cabin, or a route's between two dates (set: admin)"),
                  QStringLiteral("list shows each cabin's fare of FLIGHT, or of every flight of the route departing\n"
                                 "from --from to --to (local dates, inclusive). set gives CABIN (F, J, W, Y or first,\n"
                                 "business, premium, economy) the fare AMOUNT (120 or 120.50; 0 to 1,000,000.00) on\n"
                                 "those flights, for seats with and without extra legroom alike (extra legroom is a\n"
                                 "seat surcharge), and re-prices their free seats at once: price = fare + the seat's\n"
                                 "surcharges (see surcharge). Seats held or sold keep their price, and a booking its\n"
                                 "lines' prices. --currency states the currency AMOUNT is in (ISO 4217); it must be\n"
                                 "the one the flight is sold in (the default). A route's flights without CABIN are\n"
                                 "left alone, cancelled ones too. Exit 2 for bad input (negative, above 1,000,000.00,\n"
                                 "not ISO 4217, not the flight's currency, unknown cabin letter), 4 for an unknown\n"
                                 "flight, a route without flights in the dates or a cabin the flight does not have, 3\n"
                                 "for a cancelled flight, 6 for a user below admin (in the access log); nothing\n"
                                 "changed. Admins only, in the access log with the old and the new fare.\n"
                                 "JSON (set): {\"cabin\", \"fare\": {\"amount\", \"currency\", \"display\"}, \"flights\":\n"
                                 "  [\"KX101/2026-12-01\"], \"repriced_seats\", \"kept_seats\"}\n"
                                 "JSON (list): {\"flights\": [{\"flight\", \"currency\", \"cabins\": [{\"cabin\", \"seats\",\n"
                                 "  \"fares\": [{\"extra_legroom\", \"fare\"}]}]}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("list or set.")},
                   {QStringLiteral("FLIGHT"), flightArgument() + QStringLiteral(" Not with --route."), true},
                   {QStringLiteral("CABIN"), QStringLiteral("For set: F, J, W, Y or first, business, premium, economy."), true},
                   {QStringLiteral("AMOUNT"), QStringLiteral("For set: the fare, 120 or 120.50."), true}},
                  {option(QStringLiteral("route"), QStringLiteral("Every flight of this route (DUB-JFK) instead of one."),
                          QStringLiteral("FROM-TO")),
                   option(QStringLiteral("from"), QStringLiteral("With --route: the first departure date."), QStringLiteral("DATE")),
                   option(QStringLiteral("to"), QStringLiteral("With --route: the last departure date."), QStringLiteral("DATE")),
                   option(QStringLiteral("currency"), QStringLiteral("For set: the currency of AMOUNT (the flight's)."),
                          QStringLiteral("XXX"))},
                  handledBy<PricingCommands, &PricingCommands::fare>});

    table.append({QStringLiteral("surcharge"),
                  QStringLiteral("surcharge list [AIRLINE[/ROUTE]] | surcharge set AIRLINE[/ROUTE] CHARACTERISTIC AMOUNT "
                                 "[--currency XXX] | surcharge remove AIRLINE[/ROUTE] CHARACTERISTIC"),
                  QStringLiteral("seat surcharges by characteristic, per airline or route (set, remove: admin)"),
                  QStringLiteral("A seat's price is its cabin's fare plus a surcharge for each characteristic it has:\n"
                                 "extra_legroom, exit_row, front_rows (the first 3 rows of economy), window, aisle.\n"
                                 "set gives AIRLINE (KX) or one of its routes (KX/DUB-JFK, which wins over the\n"
                                 "airline's for that characteristic) a surcharge of AMOUNT (0 to 1,000,000.00) in\n"
                                 "--currency (ISO 4217; default: the currency its flights are sold in; a flight in\n"
                                 "another currency is not charged it), and re-prices the free seats of its flights to\n"
                                 "come; remove takes it away again. Seats held or sold keep their price. A\n"
                                 "characteristic no seat of those flights has is stored with a warning. list shows\n"
                                 "them all, or an airline's (with a route: the route's and the airline's). Exit 2 for\n"
                                 "bad input, 6 for a user below admin (in the access log); nothing changed. Admins\n"
                                 "only, in the access log with the old and the new amount.\n"
                                 "JSON: {\"surcharges\": [{\"carrier\", \"route\", \"characteristic\", \"amount\":\n"
                                 "  {\"amount\", \"currency\", \"display\"}}]}, and for set and remove also \"carrier\",\n"
                                 "  \"route\", \"characteristic\", \"amount\" (set), \"removed\" (remove), \"flights\",\n"
                                 "  \"seats_with_characteristic\", \"repriced_seats\", \"kept_seats\", \"warning\""),
                  {{QStringLiteral("ACTION"), QStringLiteral("list, set or remove.")},
                   {QStringLiteral("AIRLINE[/ROUTE]"), QStringLiteral("KX, or KX/DUB-JFK for one route."), true},
                   {QStringLiteral("CHARACTERISTIC"),
                    QStringLiteral("extra_legroom, exit_row, front_rows, window or aisle."), true},
                   {QStringLiteral("AMOUNT"), QStringLiteral("For set: the surcharge, 25 or 25.50."), true}},
                  {option(QStringLiteral("currency"), QStringLiteral("For set: the currency of AMOUNT."),
                          QStringLiteral("XXX"))},
                  handledBy<PricingCommands, &PricingCommands::surcharge>});
}

} // namespace kiosk::ctl
