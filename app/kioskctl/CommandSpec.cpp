#include "CommandSpec.h"

#include "AdminCommands.h"
#include "BookingCommandSpecs.h"
#include "CheckInCommandSpecs.h"
#include "CommandSpecParts.h"
#include "FlightCommands.h"
#include "InventoryCommandSpecs.h"
#include "LayoutCommands.h"
#include "PricingCommandSpecs.h"
#include "NotificationCommandSpecs.h"
#include "PolicyCommands.h"
#include "ReportCommand.h"
#include "ScheduleCommandSpecs.h"
#include "SettingsCommandSpecs.h"
#include "UserCommands.h"
#include "VoucherCommandSpecs.h"
#include "WaitlistCommandSpecs.h"
#include "WatchCommand.h"

namespace kiosk::ctl {

using namespace specparts;

namespace {

QList<CommandSpec> buildTable()
{
    QList<CommandSpec> table;

    table.append({QStringLiteral("migrate"), QStringLiteral("migrate"),
                  QStringLiteral("apply every missing schema migration"),
                  QStringLiteral("Brings the schema to the version this program was built for. Refuses (exit 5) a\n"
                                 "database migrated by a newer program. Safe to run from several terminals at once.\n"
                                 "JSON: {\"database\", \"previous_version\", \"version\", \"applied\"}"),
                  {},
                  {},
                  handledBy<AdminCommands, &AdminCommands::migrate>});

    table.append({QStringLiteral("seed-demo"), QStringLiteral("seed-demo [--seed N] [--days N] [--start-date YYYY-MM-DD]"),
                  QStringLiteral("fill an empty database with generated sample flights"),
                  QStringLiteral("Migrates the database if needed, then stores the deterministic demo schedule: the\n"
                                 "same --seed always gives the same flights. Refuses (exit 2, nothing changed) a\n"
                                 "database that already has flights, so running it twice is safe.\n"
                                 "JSON: {\"database\", \"seed\", \"days\", \"start_date\", \"airports\", \"flights\", \"seats\"}"),
                  {},
                  {option(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."), QStringLiteral("N"),
                          QStringLiteral("1")),
                   option(QStringLiteral("days"), QStringLiteral("Days of departures, 1 to 60 (default 3)."),
                          QStringLiteral("N"), QStringLiteral("3")),
                   option(QStringLiteral("start-date"),
                          QStringLiteral("First departure date (default: today by the database server's clock)."),
                          QStringLiteral("YYYY-MM-DD"))},
                  handledBy<AdminCommands, &AdminCommands::seedDemo>});

    table.append({QStringLiteral("flights"), QStringLiteral("flights [--from IATA] [--to IATA] [--date YYYY-MM-DD]"),
                  QStringLiteral("list flights, in departure order"),
                  QStringLiteral("Lists flights (at most 500), filtered by origin, destination and local departure date.\n"
                                 "JSON: {\"flights\": [{\"id\", \"key\", \"designator\", \"carrier\", \"number\", \"date\",\n"
                                 "  \"origin\", \"destination\", \"departure\", \"arrival\", \"aircraft\", \"currency\"}]}"),
                  {},
                  {option(QStringLiteral("from"), QStringLiteral("Origin airport, e.g. DUB."), QStringLiteral("IATA")),
                   option(QStringLiteral("to"), QStringLiteral("Destination airport, e.g. LHR."), QStringLiteral("IATA")),
                   option(QStringLiteral("date"), QStringLiteral("Local departure date."), QStringLiteral("YYYY-MM-DD"))},
                  handledBy<FlightCommands, &FlightCommands::flights>});

    table.append({QStringLiteral("seats"), QStringLiteral("seats FLIGHT"),
                  QStringLiteral("show a flight's seat map with prices and status"),
                  QStringLiteral("Shows every seat with its cabin, characteristics, price and current status as the\n"
                                 "database sees it now (a hold past its deadline counts as free); a row's seat\n"
                                 "surcharges (kioskctl surcharge) are named after its price.\n"
                                 "JSON: {\"flight\": {...}, \"seats\": [{\"code\": \"12A\", \"row\", \"letter\",\n"
                                 "  \"cabin\": \"F|J|W|Y\", \"characteristics\": [\"window\", \"aisle\", \"middle\", \"exit_row\",\n"
                                 "  \"extra_legroom\", \"blocked\"], \"price\": {\"amount\": 4900, \"currency\": \"EUR\",\n"
                                 "  \"display\": \"EUR 49.00\"}, \"surcharge\": {...} (the part of the price the seat's\n"
                                 "  characteristics add; the fare is the rest), \"status\": \"free|held|sold|blocked\"}],\n"
                                 "  \"counts\": {\"free\", \"held\", \"sold\", \"blocked\"}}"),
                  {{QStringLiteral("FLIGHT"), flightArgument()}},
                  {},
                  handledBy<FlightCommands, &FlightCommands::seats>});

    table.append({QStringLiteral("watch"), QStringLiteral("watch FLIGHT [--for SECONDS]"),
                  QStringLiteral("follow a flight's seats live, one line per change"),
                  QStringLiteral("Runs until Ctrl-C, SIGTERM or --for SECONDS, printing every seat change made by any\n"
                                 "terminal (PostgreSQL: LISTEN/NOTIFY; SQLite: polling PRAGMA data_version), and\n"
                                 "releases holds at their deadline like any running terminal. Survives a database\n"
                                 "restart: reports the loss, retries with backoff, re-reads the seats when back.\n"
                                 "JSON: JSON Lines, one object per line, flushed at once. First\n"
                                 "  {\"event\": \"watching\", \"flight\", \"seats\", \"at\"}, then per change\n"
                                 "  {\"flight\", \"seat\", \"from\", \"to\": \"free|held|sold|blocked\", \"reference\"\n"
                                 "  (null when free), \"at\" (server time)}, and {\"event\": \"connection_lost\",\n"
                                 "  \"reason\", \"at\"} / {\"event\": \"connection_restored\", \"at\"}."),
                  {{QStringLiteral("FLIGHT"), flightArgument()}},
                  {option(QStringLiteral("for"), QStringLiteral("Stop after this many seconds."),
                          QStringLiteral("SECONDS"))},
                  handledBy<WatchCommand, &WatchCommand::run>});

    appendBookingCommandSpecs(table);
    appendInventoryCommandSpecs(table);
    appendPricingCommandSpecs(table);
    appendCheckInCommandSpecs(table);

    table.append({QStringLiteral("report"),
                  QStringLiteral("report [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--section NAME]"),
                  QStringLiteral("sales report: funnel, states, payments, holds, flights, days"),
                  QStringLiteral("The sales and operations report over UTC days, both ends included (default: the\n"
                                 "last 30 days up to today by the database server's clock; --from alone runs to\n"
                                 "today, --to alone covers the 30 days up to it). Bookings count by the day they\n"
                                 "were made, flights by departure, money by the day it was captured (confirmation)\n"
                                 "or refunded. Supervisors and up. --csv prints CSV (every table after a row with\n"
                                 "its name; with --section only that table, for import).\n"
                                 "JSON: {\"period\", \"generated\", \"funnel\", \"states\", \"payments\", \"holds\",\n"
                                 "  \"revenue\", \"flights\": [...], \"days\": [...]}"),
                  {},
                  {option(QStringLiteral("from"), QStringLiteral("First day (UTC)."), QStringLiteral("YYYY-MM-DD")),
                   option(QStringLiteral("to"), QStringLiteral("Last day (UTC), included."), QStringLiteral("YYYY-MM-DD")),
                   option(QStringLiteral("csv"), QStringLiteral("CSV instead of text tables.")),
                   option(QStringLiteral("section"),
                          QStringLiteral("Only this table: summary, funnel, states, flights or days."),
                          QStringLiteral("NAME"))},
                  handledBy<ReportCommand, &ReportCommand::run>});

    table.append({QStringLiteral("user"), QStringLiteral("user add NAME --role ROLE | user passwd NAME | user disable NAME | user list"),
                  QStringLiteral("manage the users who sign in (admin)"),
                  QStringLiteral("add creates a user with a role (kiosk, agent, supervisor, admin); passwd sets a new\n"
                                 "password and lifts a lockout; disable stops a user signing in; list shows them all.\n"
                                 "The new password comes from $KIOSK_PASSWORD, else a prompt (at least 8 characters).\n"
                                 "Admins only, except that anyone may set their own password. Passwords are stored as\n"
                                 "salted PBKDF2-SHA256 hashes, never in clear.\n"
                                 "JSON: {\"user\": {\"name\", \"role\", \"disabled\", \"locked_until\", \"failed_attempts\",\n"
                                 "  \"last_sign_in\", \"created\"}} or, for list, {\"users\": [...]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("add, passwd, disable or list.")},
                   {QStringLiteral("NAME"), QStringLiteral("The user name (not for list)."), true}},
                  {option(QStringLiteral("role"), QStringLiteral("For add: kiosk, agent, supervisor or admin."),
                          QStringLiteral("ROLE"))},
                  handledBy<UserCommands, &UserCommands::run>});

    table.append({QStringLiteral("policy"), QStringLiteral("policy show | policy set CABIN TIERS | policy reset CABIN"),
                  QStringLiteral("the cancellation refund tiers per cabin (set: admin)"),
                  QStringLiteral("show lists each cabin's tiers (standard or set by whom, when). set gives a cabin\n"
                                 "(F, J, W, Y or first, business, premium, economy) its own tiers, HOURS:PERCENT from\n"
                                 "the longest notice down: '168:100,48:50,0:10' refunds 100 % more than 168 h before\n"
                                 "departure, 50 % more than 48 h, else 10 %. More notice never refunds less. reset\n"
                                 "returns the cabin to the standard 72:100,24:50,0:0. Every terminal uses the new\n"
                                 "tiers from its next cancellation. Changes are admin-only and in the access log.\n"
                                 "JSON: {\"cabins\": [{\"cabin\", \"name\", \"tiers\", \"policy\", \"standard\",\n"
                                 "  \"updated_by\", \"updated_at\"}]}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("show, set or reset.")},
                   {QStringLiteral("CABIN"), QStringLiteral("For set and reset: F, J, W, Y or the cabin's name."), true},
                   {QStringLiteral("TIERS"), QStringLiteral("For set: HOURS:PERCENT[,HOURS:PERCENT...]."), true}},
                  {},
                  handledBy<PolicyCommands, &PolicyCommands::run>});

    appendScheduleCommandSpecs(table);
    appendLayoutCommandSpecs(table);
    appendSettingsCommandSpecs(table);
    appendNotificationCommandSpecs(table);
    appendVoucherCommandSpecs(table);
    appendWaitlistCommandSpecs(table);
    return table;
}

} // namespace

const QList<CommandSpec> &CommandSpec::all()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

const CommandSpec *CommandSpec::find(const QString &name)
{
    for (const CommandSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QStringList CommandSpec::names()
{
    QStringList list;
    for (const CommandSpec &spec : all())
        list << spec.name;
    return list;
}

} // namespace kiosk::ctl
