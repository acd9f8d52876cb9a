#include "ScheduleCommandSpecs.h"

#include "CommandSpecParts.h"
#include "ScheduleCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendScheduleCommandSpecs(QList<CommandSpec> &table)
{
    table.append({QStringLiteral("import"),
                  QStringLiteral("import ssim FILE | import feed FILE|URL --source NAME [--every SECONDS] "
                                 "[--timeout SECONDS] [--dry-run] [--currency CODE] [--retime-threshold MINUTES]"),
                  QStringLiteral("load an SSIM schedule or a JSON feed: add, retime, re-equip, cancel flights (admin)"),
                  QStringLiteral("Reads an SSIM Chapter 7 file (200-byte records, LF, CRLF or none) and makes the\n"
                                 "flights of each carrier in it match, in one transaction: every operated date of a\n"
                                 "leg record is one flight; a leg no longer in the file within the dates it covers\n"
                                 "is CANCELLED (holds and payments in progress on it are cancelled, confirmed\n"
                                 "bookings stay for an agent); a retimed leg is updated; a new aircraft is fitted\n"
                                 "and its passengers reseated (same seat, else the best free seat of the cabin,\n"
                                 "else left for an agent). Each booking touched gets a disruption. Seats come from\n"
                                 "the newest layout of the IATA type with the same seats per cabin, else from a\n"
                                 "generated layout (listed). Importing the same file again changes nothing and says\n"
                                 "so. A malformed file exits 2 naming the line and columns; nothing is changed.\n"
                                 "New flights are priced by the standard fare rule in --currency (default EUR).\n"
                                 "import feed FILE|URL --source NAME reads a JSON feed (docs/feeds.md); its flights\n"
                                 "belong to feed:NAME and carry their own fares. A URL is fetched with TLS verified,\n"
                                 "--timeout (default 30 s; no answer exits 5, nothing changed), gzip, a 256 MB limit\n"
                                 "and If-None-Match with the last ETag (304: nothing changed); --every SECONDS polls\n"
                                 "until stopped, one summary line per fetch.\n"
                                 "New flights go on sale (their seats are made) only when they depart within the\n"
                                 "sales horizon (28 days); the rest open with 'kioskctl open-sales'.\n"
                                 "JSON: {\"file\", \"source\", \"dry_run\", \"legs_in_schedule\", \"added\", \"updated\",\n"
                                 "  \"cancelled\", \"unchanged\", \"changed\", \"flights_with_bookings_affected\": [...],\n"
                                 "  \"disruptions\", \"generated_layouts\": [...], \"conflicts\": [...], \"opened_for_sale\",\n"
                                 "  \"seats_made\", \"errors\": []}"),
                  {{QStringLiteral("KIND"), QStringLiteral("ssim or feed.")},
                   {QStringLiteral("FILE"), QStringLiteral("The schedule file.")}},
                  {option(QStringLiteral("source"), QStringLiteral("For feeds: the source's name (partner-x)."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("every"), QStringLiteral("For a feed URL: fetch again every SECONDS until stopped."),
                          QStringLiteral("SECONDS")),
                   option(QStringLiteral("timeout"), QStringLiteral("For a feed URL: give up after SECONDS (default 30)."),
                          QStringLiteral("SECONDS")),
                   option(QStringLiteral("dry-run"), QStringLiteral("Work out and report the changes; write nothing.")),
                   option(QStringLiteral("currency"), QStringLiteral("Currency of new flights' fares (default EUR)."),
                          QStringLiteral("CODE")),
                   option(QStringLiteral("retime-threshold"),
                          QStringLiteral("Minutes a booked flight may move before it is a disruption (default 60)."),
                          QStringLiteral("MINUTES"))},
                  handledBy<ScheduleCommands, &ScheduleCommands::importSchedule>});

    table.append({QStringLiteral("open-sales"),
                  QStringLiteral("open-sales [--flight FLIGHT] [--every SECONDS]"),
                  QStringLiteral("put imported flights on sale when they enter the sales horizon (admin; --flight: agents)"),
                  QStringLiteral("An imported flight is stored with its fares and goes on sale, its seats made from\n"
                                 "its aircraft's layout, 28 days before departure (the sales horizon); until then the\n"
                                 "departures board does not list it and a hold, waitlist or seat map on it is refused\n"
                                 "(exit 3). Without options: opens every flight that has entered the horizon. --every\n"
                                 "SECONDS does so until stopped, one line per round (booking-kiosk-open-sales.service).\n"
                                 "--flight FLIGHT opens that one flight now, for a customer asking further ahead;\n"
                                 "a flight on sale already is left as it is (exit 0), a cancelled one is refused\n"
                                 "(exit 3), an unknown one exits 4. Opening twice, or two openers at once, make one\n"
                                 "set of seats.\n"
                                 "JSON: {\"opened\", \"seats\", \"opens_days\"} or, with --flight, {\"flight\",\n"
                                 "  \"flight_id\", \"already_open\", \"seats\", \"opened_at\"}"),
                  {},
                  {option(QStringLiteral("flight"), QStringLiteral("Open this flight now (KX101/2026-12-01 or an id)."),
                          QStringLiteral("FLIGHT")),
                   option(QStringLiteral("every"), QStringLiteral("Open the flights entering the horizon every SECONDS "
                                                                  "until stopped."),
                          QStringLiteral("SECONDS"))},
                  handledBy<ScheduleCommands, &ScheduleCommands::openSales>});

    table.append({QStringLiteral("change-aircraft"),
                  QStringLiteral("change-aircraft FLIGHT LAYOUT [--dry-run]"),
                  QStringLiteral("put one flight on another aircraft layout, reseating its passengers (admin)"),
                  QStringLiteral("Gives FLIGHT the newest version of LAYOUT (its type, e.g. A321neo, or its IATA type\n"
                                 "code, e.g. 32Q) with the rules of a schedule's change of aircraft: a passenger keeps\n"
                                 "the same seat if the new aircraft has it in the same cabin, else gets the best free\n"
                                 "seat of the cabin (a party side by side where possible), else stays put, left for an\n"
                                 "agent. Each passenger moved or left gets a disruption (see disruptions), an audit\n"
                                 "row and a notice, in one transaction. The flight keeps its fare per cabin; a cabin\n"
                                 "new to it gets the standard fare rule; free seats are re-priced with the surcharges.\n"
                                 "--dry-run prints who would move where and changes nothing. The layout the flight\n"
                                 "has already: exit 0, nothing changed. Unknown layout (the known ones are listed) or\n"
                                 "departed flight exit 2, cancelled flight 3, unknown flight 4, below admin 6 (in the\n"
                                 "access log); nothing changed.\n"
                                 "JSON: {\"flight\", \"from\", \"to\", \"to_name\", \"dry_run\", \"changed\", \"on_sale\",\n"
                                 "  \"moved\", \"without_seat\", \"disruptions\", \"moves\": [{\"booking\", \"passenger\",\n"
                                 "  \"old_seat\", \"new_seat\"}]} (new_seat null: no seat, left for an agent)"),
                  {{QStringLiteral("FLIGHT"), flightArgument()},
                   {QStringLiteral("LAYOUT"), QStringLiteral("A layout's type (A321neo) or IATA type code "
                                                             "(32Q); an unknown one lists them.")}},
                  {option(QStringLiteral("dry-run"), QStringLiteral("Print who would move where; change nothing."))},
                  handledBy<ScheduleCommands, &ScheduleCommands::changeAircraft>});

    table.append({QStringLiteral("disruptions"),
                  QStringLiteral("disruptions [--flight FLIGHT] [--open] [--handle ID [--note TEXT]]"),
                  QStringLiteral("bookings a schedule change touched; mark one handled (agents and up)"),
                  QStringLiteral("Lists disruptions, newest first: CANCELLED (the flight), RETIMED (beyond the\n"
                                 "import's threshold), SEAT_MOVED (new aircraft, other seat in the cabin), NO_SEAT\n"
                                 "(no free seat in the cabin: rebook, reseat or refund). --handle ID marks one\n"
                                 "handled, with --note, audited on the booking and in the access log; exit 3 if\n"
                                 "it was handled already.\n"
                                 "JSON: {\"disruptions\": [{\"id\", \"booking\", \"booking_state\", \"flight\", \"flight_id\",\n"
                                 "  \"kind\", \"detail\", \"passenger\", \"old_seat\", \"new_seat\", \"source\", \"created\",\n"
                                 "  \"handled\", \"handled_by\", \"note\"}]} or, with --handle, {\"disruption\": {...}}"),
                  {},
                  {option(QStringLiteral("flight"), QStringLiteral("Only this flight."), QStringLiteral("FLIGHT")),
                   option(QStringLiteral("open"), QStringLiteral("Only those not handled yet.")),
                   option(QStringLiteral("handle"), QStringLiteral("Mark this disruption handled."), QStringLiteral("ID")),
                   option(QStringLiteral("note"), QStringLiteral("What was done, for the audit trail."),
                          QStringLiteral("TEXT"))},
                  handledBy<ScheduleCommands, &ScheduleCommands::disruptions>});
}

} // namespace kiosk::ctl
