#include "CommandSpec.h"

#include "NotificationCommandSpecs.h"
#include "SettingsCommandSpecs.h"
#include "booking/HoldRequest.h"

namespace kiosk::ctl {

namespace {

QCommandLineOption option(const QString &name, const QString &description, const QString &valueName = QString(),
                          const QString &defaultValue = QString())
{
    QCommandLineOption o(name, description, valueName, defaultValue);
    return o;
}

// An option that is recognised only to be refused with a message of its own (instead of
// "unknown option", after which its value would be taken for an argument and quoted back).
QCommandLineOption refused(const QString &name)
{
    QCommandLineOption o(name, QStringLiteral("Refused."), QStringLiteral("VALUE"));
    o.setFlags(QCommandLineOption::HiddenFromHelp);
    return o;
}

QList<CommandSpec> buildTable()
{
    const QString flightArg = QStringLiteral("A flight id (42) or CARRIER+NUMBER/DATE (KX101/2026-12-01).");
    const QString bookingArg = QStringLiteral("A booking reference (ABC234) or numeric id.");
    QList<CommandSpec> table;

    table.append({QStringLiteral("migrate"), QStringLiteral("migrate"),
                  QStringLiteral("apply every missing schema migration"),
                  QStringLiteral("Brings the schema to the version this program was built for. Refuses (exit 5) a\n"
                                 "database migrated by a newer program. Safe to run from several terminals at once.\n"
                                 "JSON: {\"database\", \"previous_version\", \"version\", \"applied\"}"),
                  {},
                  {}});

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
                          QStringLiteral("YYYY-MM-DD"))}});

    table.append({QStringLiteral("flights"), QStringLiteral("flights [--from IATA] [--to IATA] [--date YYYY-MM-DD]"),
                  QStringLiteral("list flights, in departure order"),
                  QStringLiteral("Lists flights (at most 500), filtered by origin, destination and local departure date.\n"
                                 "JSON: {\"flights\": [{\"id\", \"key\", \"designator\", \"carrier\", \"number\", \"date\",\n"
                                 "  \"origin\", \"destination\", \"departure\", \"arrival\", \"aircraft\", \"currency\"}]}"),
                  {},
                  {option(QStringLiteral("from"), QStringLiteral("Origin airport, e.g. DUB."), QStringLiteral("IATA")),
                   option(QStringLiteral("to"), QStringLiteral("Destination airport, e.g. LHR."), QStringLiteral("IATA")),
                   option(QStringLiteral("date"), QStringLiteral("Local departure date."), QStringLiteral("YYYY-MM-DD"))}});

    table.append({QStringLiteral("seats"), QStringLiteral("seats FLIGHT"),
                  QStringLiteral("show a flight's seat map with prices and status"),
                  QStringLiteral("Shows every seat with its cabin, characteristics, price and current status as the\n"
                                 "database sees it now (a hold past its deadline counts as free).\n"
                                 "JSON: {\"flight\": {...}, \"seats\": [{\"code\": \"12A\", \"row\", \"letter\",\n"
                                 "  \"cabin\": \"F|J|W|Y\", \"characteristics\": [\"window\", \"aisle\", \"middle\", \"exit_row\",\n"
                                 "  \"extra_legroom\", \"blocked\"], \"price\": {\"amount\": 4900, \"currency\": \"EUR\",\n"
                                 "  \"display\": \"EUR 49.00\"}, \"status\": \"free|held|sold|blocked\"}],\n"
                                 "  \"counts\": {\"free\", \"held\", \"sold\", \"blocked\"}}"),
                  {{QStringLiteral("FLIGHT"), flightArg}},
                  {}});

    table.append({QStringLiteral("hold"),
                  QStringLiteral("hold FLIGHT SEAT[,SEAT...] [--passenger NAME]... [--ttl SECONDS] [--idempotency-key KEY] "
                                 "[--email ADDR] [--phone NUMBER]"),
                  QStringLiteral("hold one or more seats of a flight, all or nothing"),
                  QStringLiteral("Holds the seats in one transaction until the deadline (by the database server's\n"
                                 "clock). Give one --passenger per seat, in seat order, or none. Retrying with the same\n"
                                 "--idempotency-key returns the same booking and never holds twice. --email and\n"
                                 "--phone are the traveller's contact (the confirmation is mailed to the address); a\n"
                                 "malformed one is refused (exit 2) before anything is held.\n"
                                 "Exit 3 if a seat is taken or blocked, 4 for an unknown flight or seat, 2 for bad input.\n"
                                 "JSON: the booking (see 'show'): {\"reference\", \"state\": \"SEAT_HELD\", \"flight\",\n"
                                 "  \"seats\", \"passengers\", \"total\", \"deadline\": \"2026-12-01T07:10:00Z\",\n"
                                 "  \"seconds_left\": 600, ...}"),
                  {{QStringLiteral("FLIGHT"), flightArg},
                   {QStringLiteral("SEATS"), QStringLiteral("Comma-separated seat codes, e.g. 12A,12B.")}},
                  {option(QStringLiteral("passenger"), QStringLiteral("A passenger name; repeat once per seat."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("ttl"),
                          QStringLiteral("Hold duration in seconds, %1 to %2 (default 600).")
                              .arg(HoldRequest::MinTtlSeconds)
                              .arg(HoldRequest::MaxTtlSeconds),
                          QStringLiteral("SECONDS")),
                   option(QStringLiteral("idempotency-key"), QStringLiteral("Makes retries safe: same key, same booking."),
                          QStringLiteral("KEY")),
                   option(QStringLiteral("email"), QStringLiteral("The traveller's e-mail address."), QStringLiteral("ADDR")),
                   option(QStringLiteral("phone"), QStringLiteral("The traveller's phone number, with country code."),
                          QStringLiteral("NUMBER"))}});

    const QString gatewayHelp = QStringLiteral("Payment gateway: the URL of a gateway such as paygate-sim, or mock / "
                                               "mock?approve=0.8&seed=7 (default $KIOSK_GATEWAY; the mock is the "
                                               "default only on the SQLite demo).");
    table.append({QStringLiteral("pay"),
                  QStringLiteral("pay BOOKING [--card-fd N] [--expiry MM/YY] [--gateway mock|URL] "
                                 "[--attempt-timeout SECONDS]"),
                  QStringLiteral("pay for a held booking and confirm it"),
                  QStringLiteral("Records the attempt, authorizes the booking's total, confirms the booking, captures.\n"
                                 "The card number and the security code are read as two lines: asked for on the\n"
                                 "terminal with echo off, or from standard input or --card-fd N (never from the\n"
                                 "command line, which every user of the machine can read).\n"
                                 "Test cards: 4242424242424242 approves, 4000000000000002 declines, 4000000000009995\n"
                                 "insufficient funds, 4000000000000069 expired card (exit 3 payment_declined, the hold\n"
                                 "stays for another card); an invalid number or date exits 2, nothing changed. No clear\n"
                                 "answer from the gateway exits 5: nothing was charged or the reservation is released\n"
                                 "by 'reconcile'. The card number is never stored or printed: brand and last four only.\n"
                                 "JSON: the booking (state CONFIRMED) plus \"card\": {\"brand\", \"last4\"}"),
                  {{QStringLiteral("BOOKING"), bookingArg}},
                  {option(QStringLiteral("card-fd"), QStringLiteral("Read the card number and code from this file "
                                                                    "descriptor (default 0, standard input)."),
                          QStringLiteral("N")),
                   option(QStringLiteral("expiry"), QStringLiteral("Expiry month/year (default 12/30)."),
                          QStringLiteral("MM/YY"), QStringLiteral("12/30")),
                   refused(QStringLiteral("card")),
                   refused(QStringLiteral("cvc")),
                   option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL")),
                   option(QStringLiteral("attempt-timeout"),
                          QStringLiteral("Seconds before an unfinished attempt is left to 'reconcile' (1 to 3600, "
                                         "default 120)."),
                          QStringLiteral("SECONDS"))}});

    table.append({QStringLiteral("cancel"),
                  QStringLiteral("cancel BOOKING [--reason TEXT] [--refund] [--passenger SEAT] "
                                 "[--override-refund AMOUNT --override-reason TEXT] [--gateway mock|URL]"),
                  QStringLiteral("cancel a booking (or one passenger), refunding by the cancellation policy"),
                  QStringLiteral("Releases the seats. Exit 3 if the booking is already expired, cancelled or refunded.\n"
                                 "A confirmed (paid) booking is always cancelled with its refund, as with --refund.\n"
                                 "--refund (agents and up): a confirmed booking is refunded what the cancellation\n"
                                 "policy allows: more than 72 h before departure 100 %, 24 to 72 h 50 %, less nothing\n"
                                 "(per cabin; rounded down to the cent). --passenger SEAT cancels only that passenger\n"
                                 "(implies --refund). --override-refund (supervisors) refunds AMOUNT instead, with a\n"
                                 "mandatory --override-reason for the audit trail.\n"
                                 "JSON: the booking (state CANCELLED, REFUNDED, or CONFIRMED for one passenger); with\n"
                                 "a refund also \"refund\": {\"amount\", \"policy_amount\", \"percent\", \"policy\",\n"
                                 "  \"hours_before_departure\", \"overridden\"}"),
                  {{QStringLiteral("BOOKING"), bookingArg}},
                  {option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT")),
                   option(QStringLiteral("refund"), QStringLiteral("Refund a confirmed booking by the cancellation policy.")),
                   option(QStringLiteral("passenger"), QStringLiteral("Cancel only the passenger in this seat."),
                          QStringLiteral("SEAT")),
                   option(QStringLiteral("override-refund"), QStringLiteral("Supervisors: refund this amount instead."),
                          QStringLiteral("AMOUNT")),
                   option(QStringLiteral("override-reason"), QStringLiteral("Why the policy is overridden."),
                          QStringLiteral("TEXT")),
                   option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL"))}});

    table.append({QStringLiteral("refund"),
                  QStringLiteral("refund BOOKING [--amount AMOUNT] [--idempotency-key KEY] [--reason TEXT] "
                                 "[--gateway mock|URL]"),
                  QStringLiteral("refund a cancelled booking's captured payment, in full or in part, once"),
                  QStringLiteral("Pays back --amount (default: everything captured and not yet refunded); never more\n"
                                 "than was captured. Retrying with the same --idempotency-key answers again without\n"
                                 "paying twice. Exit 3 if the booking is not cancelled, was never paid, or was already\n"
                                 "refunded; exit 2 for an amount that is malformed or more than is left; exit 5 if the\n"
                                 "gateway did not answer (the refund is recorded and 'reconcile' finishes it).\n"
                                 "JSON: the booking (state REFUNDED, \"refunded\" amount set)"),
                  {{QStringLiteral("BOOKING"), bookingArg}},
                  {option(QStringLiteral("amount"), QStringLiteral("Amount to pay back, e.g. 25.00."),
                          QStringLiteral("AMOUNT")),
                   option(QStringLiteral("idempotency-key"), QStringLiteral("Makes retries safe: same key, one refund."),
                          QStringLiteral("KEY")),
                   option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT")),
                   option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL"))}});

    table.append({QStringLiteral("show"), QStringLiteral("show BOOKING"),
                  QStringLiteral("show a booking, its passengers and its audit history"),
                  QStringLiteral("JSON: {\"id\", \"reference\", \"state\", \"flight\": \"KX101/2026-12-01\", \"flight_id\",\n"
                                 "  \"seats\": [\"12A\"], \"passengers\": [{\"name\", \"seat\", \"price\", \"active\"}],\n"
                                 "  \"total\", \"captured\", \"refunded\" (money), \"deadline\", \"seconds_left\" (null\n"
                                 "  unless SEAT_HELD or PAYMENT_PENDING), \"server_time\", \"created\", \"terminal\",\n"
                                 "  \"idempotency_key\", \"history\": [{\"from\", \"to\", \"at\", \"terminal\", \"actor\",\n"
                                 "  \"reason\"}]}"),
                  {{QStringLiteral("BOOKING"), bookingArg}},
                  {}});

    table.append({QStringLiteral("expire"), QStringLiteral("expire"),
                  QStringLiteral("release every hold past its deadline now"),
                  QStringLiteral("Moves every SEAT_HELD booking whose deadline has passed (server clock) to EXPIRED.\n"
                                 "JSON: {\"released\": 2, \"references\": [\"ABC234\", \"XYZ789\"]}"),
                  {},
                  {}});

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
                  {{QStringLiteral("FLIGHT"), flightArg}},
                  {option(QStringLiteral("for"), QStringLiteral("Stop after this many seconds."),
                          QStringLiteral("SECONDS"))}});

    table.append({QStringLiteral("reconcile"), QStringLiteral("reconcile [--gateway mock|URL] [--attempt-timeout SECONDS]"),
                  QStringLiteral("settle payments that a crash or timeout left unfinished"),
                  QStringLiteral("Asks the gateway about every payment attempt past its deadline and every unfinished\n"
                                 "refund, by idempotency key, and finishes each: a confirmed booking's authorization\n"
                                 "is captured; any other authorization is voided, a stray capture refunded, and the\n"
                                 "seats are released. Kiosks run this at start and every minute. Exit 5 if some could\n"
                                 "not be settled because the gateway did not answer (they are tried again next time).\n"
                                 "JSON: {\"resolved\", \"left\", \"actions\": [{\"booking\", \"payment_key\",\n"
                                 "  \"outcome\": \"captured|voided|refunded|declined|left\", \"state\", \"detail\"}]}"),
                  {},
                  {option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL")),
                   option(QStringLiteral("attempt-timeout"),
                          QStringLiteral("Seconds an unfinished refund is left to the terminal that started it before "
                                         "it is taken over (1 to 3600, default 120)."),
                          QStringLiteral("SECONDS"))}});

    table.append({QStringLiteral("change-seat"), QStringLiteral("change-seat BOOKING FROM TO"),
                  QStringLiteral("move a passenger of a confirmed booking to another seat"),
                  QStringLiteral("Moves the passenger in seat FROM to seat TO of the same cabin, in one transaction:\n"
                                 "the new seat is taken and the old one released together, or nothing changes. The\n"
                                 "fare paid stays. Agents and up. Exit 3 if TO is taken or blocked or the booking is\n"
                                 "not confirmed, 4 if the flight has no seat TO, 2 for another cabin.\n"
                                 "JSON: the booking"),
                  {{QStringLiteral("BOOKING"), bookingArg},
                   {QStringLiteral("FROM"), QStringLiteral("The passenger's seat now, e.g. 12A.")},
                   {QStringLiteral("TO"), QStringLiteral("The new seat, e.g. 14C.")}},
                  {}});

    table.append({QStringLiteral("checkin"),
                  QStringLiteral("checkin REF --surname NAME [--passenger SEAT[,SEAT...] [--new-seat SEAT]] | checkin --scan BCBP"),
                  QStringLiteral("check passengers in and print their boarding passes (BCBP)"),
                  QStringLiteral("Checks in the passengers of a confirmed booking, proven by its reference and a\n"
                                 "passenger's surname as booked (case and accents do not matter; Mueller finds\n"
                                 "M\u00fcller), or by a scanned boarding pass barcode. All passengers of the booking, or\n"
                                 "those in the seats given. Each gets the flight's next boarding number; one already\n"
                                 "checked in gets the same pass again. Only inside the check-in window (default: opens\n"
                                 "24 h, closes 45 min before departure). The BCBP string is IATA Resolution 792\n"
                                 "(docs/boarding-pass.md). --new-seat first moves the one passenger of --passenger\n"
                                 "to another free seat of the same cabin (before they are checked in). Kiosks and up.\n"
                                 "Exit 4 for an unknown reference or a surname that does not match (the same\n"
                                 "message), 3 outside the window, for a cancelled or unpaid booking, or after too\n"
                                 "many failed tries at one kiosk, 2 for a malformed reference or barcode.\n"
                                 "JSON: {\"passes\": [{\"reference\", \"passenger\", \"name_on_pass\", \"seat\", \"cabin\",\n"
                                 "  \"sequence\", \"flight\", \"from\", \"to\", \"departure\", \"checked_in\", \"new\",\n"
                                 "  \"bcbp\"}]}"),
                  {{QStringLiteral("REF"), QStringLiteral("The booking reference (ABC234)."), true}},
                  {option(QStringLiteral("surname"), QStringLiteral("A passenger's surname as booked."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("passenger"), QStringLiteral("Only the passengers in these seats."),
                          QStringLiteral("SEAT[,SEAT...]")),
                   option(QStringLiteral("new-seat"), QStringLiteral("Move the passenger to this seat first."),
                          QStringLiteral("SEAT")),
                   option(QStringLiteral("scan"), QStringLiteral("A boarding pass barcode's text instead of REF and --surname."),
                          QStringLiteral("BCBP"))}});

    table.append({QStringLiteral("boarding-pass"),
                  QStringLiteral("boarding-pass REF [--surname NAME] [--passenger SEAT[,SEAT...]] --pdf FILE"),
                  QStringLiteral("write checked-in passengers' boarding passes as a PDF"),
                  QStringLiteral("One A4 page per checked-in passenger (all of the booking's, or those in the seats\n"
                                 "given): name, flight, date, from/to, departure in local time, seat, boarding\n"
                                 "number, and the PDF417 barcode of the BCBP string. --surname proves the booking\n"
                                 "as at a kiosk; agents and up may leave it out. Exit 3 if a passenger is not\n"
                                 "checked in, 2 if FILE cannot be written (no file is left behind).\n"
                                 "JSON: {\"reference\", \"pdf\", \"pages\", \"seats\"}"),
                  {{QStringLiteral("REF"), bookingArg}},
                  {option(QStringLiteral("surname"), QStringLiteral("A passenger's surname as booked."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("passenger"), QStringLiteral("Only the passengers in these seats."),
                          QStringLiteral("SEAT[,SEAT...]")),
                   option(QStringLiteral("pdf"), QStringLiteral("Where to write the PDF."), QStringLiteral("FILE"))}});

    table.append({QStringLiteral("bags"),
                  QStringLiteral("bags REF --passenger SEAT [--count N] [--surname NAME] [--pdf FILE]"),
                  QStringLiteral("declare a checked-in passenger's checked bags and print their tags"),
                  QStringLiteral("--count N: the passenger checks N bags in all (0-9, at most the cabin's allowance:\n"
                                 "bag_allowances, else 2 in first and business, 1 otherwise); each new bag gets the\n"
                                 "airline's next 10-digit licence plate (0, its numeric code, a 6-digit serial).\n"
                                 "The same count again prints the same tags; fewer than tagged is refused (a tag is\n"
                                 "taken back at the desk). Without --count: the bags tagged so far. --pdf writes one\n"
                                 "bag tag page per bag (destination, flight, name, the licence plate as Interleaved\n"
                                 "2 of 5). Proof of the booking as for checkin. Exit 3 if the passenger is not\n"
                                 "checked in or check-in has closed, 2 over the allowance or if FILE cannot be\n"
                                 "written (checked before anything is tagged).\n"
                                 "JSON: {\"reference\", \"seat\", \"bags\": [{\"tag\", \"destination\"}], \"pdf\"?}"),
                  {{QStringLiteral("REF"), QStringLiteral("The booking reference (ABC234)."), true}},
                  {option(QStringLiteral("passenger"), QStringLiteral("The passenger's seat."), QStringLiteral("SEAT")),
                   option(QStringLiteral("count"), QStringLiteral("How many bags the passenger checks in all."),
                          QStringLiteral("N")),
                   option(QStringLiteral("surname"), QStringLiteral("A passenger's surname as booked."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("pdf"), QStringLiteral("Where to write the bag tags."), QStringLiteral("FILE"))}});

    table.append({QStringLiteral("receipt"), QStringLiteral("receipt REF --pdf FILE [--paper a4|80mm]"),
                  QStringLiteral("write a paid booking's receipt and itinerary as a PDF"),
                  QStringLiteral("Airline name and address (table airlines), booking reference, the flight with local\n"
                                 "departure and arrival times, each passenger with seat, cabin and price, the total,\n"
                                 "the card charged (brand and last four digits only), refunds, the cancellation\n"
                                 "policy in force for the booking's cabins. --paper 80mm lays it out for a kiosk\n"
                                 "receipt roll (one page as long as the receipt); default a4. Kiosks for their own\n"
                                 "bookings, agents and up for any. Exit 3 for a booking never paid, 2 if FILE cannot\n"
                                 "be written (no file is left behind).\n"
                                 "JSON: {\"reference\", \"pdf\", \"total\", \"paper\"}"),
                  {{QStringLiteral("REF"), bookingArg}},
                  {option(QStringLiteral("pdf"), QStringLiteral("Where to write the PDF."), QStringLiteral("FILE")),
                   option(QStringLiteral("paper"), QStringLiteral("a4 (default) or 80mm."), QStringLiteral("PAPER"))}});

    table.append({QStringLiteral("offload"), QStringLiteral("offload BOOKING --passenger SEAT --reason TEXT"),
                  QStringLiteral("undo a passenger's check-in (agents)"),
                  QStringLiteral("Takes the passenger in SEAT off the flight's checked-in list; their boarding number\n"
                                 "is not given out again, and checking in later gives a new one. The reason goes\n"
                                 "into the booking's audit trail. Agents and up. Exit 3 if the passenger is not\n"
                                 "checked in, 2 without a reason.\n"
                                 "JSON: {\"reference\", \"seat\", \"checked_in\": false}"),
                  {{QStringLiteral("BOOKING"), bookingArg}},
                  {option(QStringLiteral("passenger"), QStringLiteral("The passenger's seat."), QStringLiteral("SEAT")),
                   option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT"))}});

    table.append({QStringLiteral("find"),
                  QStringLiteral("find [--ref R] [--name NAME] [--flight FLIGHT] [--date YYYY-MM-DD] [--limit N]"),
                  QStringLiteral("find bookings by reference, passenger name, flight and date"),
                  QStringLiteral("Every criterion given must match; at least one is required. --name matches the\n"
                                 "start of a passenger's name or surname regardless of case, accents and\n"
                                 "apostrophes (obrien-muller finds O'Brien-Müller). Newest first. Agents and up.\n"
                                 "JSON: {\"bookings\": [{\"id\", \"reference\", \"state\", \"flight\", \"departure\",\n"
                                 "  \"passengers\": [\"Ada Lovelace\"], \"seats\": [\"12A\"], \"total\", \"created\"}],\n"
                                 "  \"more\": false}"),
                  {},
                  {option(QStringLiteral("ref"), QStringLiteral("Booking reference."), QStringLiteral("R")),
                   option(QStringLiteral("name"), QStringLiteral("Start of a passenger's name or surname."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("flight"),
                          QStringLiteral("Flight designator (KX101) or designator and date (KX101/2026-12-01)."),
                          QStringLiteral("FLIGHT")),
                   option(QStringLiteral("date"), QStringLiteral("Departure date."), QStringLiteral("YYYY-MM-DD")),
                   option(QStringLiteral("limit"), QStringLiteral("At most this many bookings, 1 to 1000 (default 200)."),
                          QStringLiteral("N"), QStringLiteral("200"))}});

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
                          QStringLiteral("NAME"))}});

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
                          QStringLiteral("ROLE"))}});

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
                  {}});
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
                                 "the built-in layout of the IATA type with the same seats per cabin, else from a\n"
                                 "generated layout (listed). Importing the same file again changes nothing and says\n"
                                 "so. A malformed file exits 2 naming the line and columns; nothing is changed.\n"
                                 "New flights are priced by the standard fare rule in --currency (default EUR).\n"
                                 "import feed FILE|URL --source NAME reads a JSON feed (docs/feeds.md); its flights\n"
                                 "belong to feed:NAME and carry their own fares. A URL is fetched with TLS verified,\n"
                                 "--timeout (default 30 s; no answer exits 5, nothing changed), gzip, a 256 MB limit\n"
                                 "and If-None-Match with the last ETag (304: nothing changed); --every SECONDS polls\n"
                                 "until stopped, one summary line per fetch.\n"
                                 "JSON: {\"file\", \"source\", \"dry_run\", \"legs_in_schedule\", \"added\", \"updated\",\n"
                                 "  \"cancelled\", \"unchanged\", \"changed\", \"flights_with_bookings_affected\": [...],\n"
                                 "  \"disruptions\", \"generated_layouts\": [...], \"conflicts\": [...], \"errors\": []}"),
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
                          QStringLiteral("MINUTES"))}});

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
                          QStringLiteral("TEXT"))}});
    appendSettingsCommandSpecs(table);
    appendNotificationCommandSpecs(table);
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
