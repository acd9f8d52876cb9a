#include "BookingCommandSpecs.h"

#include "BookingCommands.h"
#include "CheckInCommands.h"
#include "CommandSpecParts.h"
#include "DeskCommands.h"
#include "booking/HoldRequest.h"

namespace kiosk::ctl {

using namespace specparts;

void appendBookingCommandSpecs(QList<CommandSpec> &table)
{
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
                  {{QStringLiteral("FLIGHT"), flightArgument()},
                   {QStringLiteral("SEATS"), QStringLiteral("Comma-separated seat codes, e.g. 12A,12B.")}},
                  {option(QStringLiteral("passenger"), QStringLiteral("A passenger name; repeat once per seat."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("ttl"),
                          QStringLiteral("Hold duration in seconds, %1 to %2 (default %3).")
                              .arg(HoldRequest::MinTtlSeconds)
                              .arg(HoldRequest::MaxTtlSeconds)
                              .arg(TerminalSettings::HoldSeconds.fallback),
                          QStringLiteral("SECONDS")),
                   option(QStringLiteral("idempotency-key"), QStringLiteral("Makes retries safe: same key, same booking."),
                          QStringLiteral("KEY")),
                   option(QStringLiteral("email"), QStringLiteral("The traveller's e-mail address."), QStringLiteral("ADDR")),
                   option(QStringLiteral("phone"), QStringLiteral("The traveller's phone number, with country code."),
                          QStringLiteral("NUMBER"))},
                  handledBy<BookingCommands, &BookingCommands::hold>});

    const QString gatewayHelp = QStringLiteral("Payment gateway: the URL of a gateway such as paygate-sim, or mock / "
                                               "mock?approve=0.8&seed=7 (default $KIOSK_GATEWAY; the mock is the "
                                               "default only on the SQLite demo).");

    table.append({QStringLiteral("pay"),
                  QStringLiteral("pay BOOKING [--voucher CODE] [--card-fd N] [--expiry MM/YY] [--gateway mock|URL] "
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
                                 "--voucher takes the voucher's discount off the amount charged (the booking's total\n"
                                 "stays the price; \"captured\" is what was paid). A voucher that cannot be used (unknown,\n"
                                 "used up, withdrawn, expired or not yet valid, another flight, cabin or currency, a\n"
                                 "booking below its minimum) exits 3 voucher_refused: nothing charged, the hold stays.\n"
                                 "Five unknown codes in 10 minutes refuse this terminal's vouchers for a while (exit 3\n"
                                 "busy). A declined or abandoned payment gives the voucher's use back.\n"
                                 "JSON: the booking (state CONFIRMED) plus \"card\": {\"brand\", \"last4\"} and with a\n"
                                 "voucher \"voucher\": {\"code_hint\", \"benefit\", \"price\", \"discount\", \"paid\"}"),
                  {{QStringLiteral("BOOKING"), bookingArgument()}},
                  {option(QStringLiteral("voucher"), QStringLiteral("A voucher code to take off the price."),
                          QStringLiteral("CODE")),
                   option(QStringLiteral("card-fd"), QStringLiteral("Read the card number and code from this file "
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
                          QStringLiteral("SECONDS"))},
                  handledBy<BookingCommands, &BookingCommands::pay>});

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
                  {{QStringLiteral("BOOKING"), bookingArgument()}},
                  {option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT")),
                   option(QStringLiteral("refund"), QStringLiteral("Refund a confirmed booking by the cancellation policy.")),
                   option(QStringLiteral("passenger"), QStringLiteral("Cancel only the passenger in this seat."),
                          QStringLiteral("SEAT")),
                   option(QStringLiteral("override-refund"), QStringLiteral("Supervisors: refund this amount instead."),
                          QStringLiteral("AMOUNT")),
                   option(QStringLiteral("override-reason"), QStringLiteral("Why the policy is overridden."),
                          QStringLiteral("TEXT")),
                   option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL"))},
                  handledBy<BookingCommands, &BookingCommands::cancel>});

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
                  {{QStringLiteral("BOOKING"), bookingArgument()}},
                  {option(QStringLiteral("amount"), QStringLiteral("Amount to pay back, e.g. 25.00."),
                          QStringLiteral("AMOUNT")),
                   option(QStringLiteral("idempotency-key"), QStringLiteral("Makes retries safe: same key, one refund."),
                          QStringLiteral("KEY")),
                   option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT")),
                   option(QStringLiteral("gateway"), gatewayHelp, QStringLiteral("mock|URL"))},
                  handledBy<BookingCommands, &BookingCommands::refund>});

    table.append({QStringLiteral("show"), QStringLiteral("show BOOKING"),
                  QStringLiteral("show a booking, its passengers, the traveller's contact and its audit history"),
                  QStringLiteral("JSON: {\"id\", \"reference\", \"state\", \"flight\": \"KX101/2026-12-01\", \"flight_id\",\n"
                                 "  \"seats\": [\"12A\"], \"passengers\": [{\"name\", \"seat\", \"price\", \"active\"}],\n"
                                 "  \"total\", \"captured\", \"refunded\" (money), \"deadline\", \"seconds_left\" (null\n"
                                 "  unless SEAT_HELD or PAYMENT_PENDING), \"server_time\", \"created\", \"terminal\",\n"
                                 "  \"idempotency_key\", \"contact\": {\"email\", \"phone\"} (each null when not given),\n"
                                 "  \"history\": [{\"from\", \"to\", \"at\", \"terminal\", \"actor\", \"reason\"}]}"),
                  {{QStringLiteral("BOOKING"), bookingArgument()}},
                  {},
                  handledBy<BookingCommands, &BookingCommands::show>});

    table.append({QStringLiteral("expire"), QStringLiteral("expire"),
                  QStringLiteral("release every hold past its deadline now"),
                  QStringLiteral("Moves every SEAT_HELD booking whose deadline has passed (server clock) to EXPIRED.\n"
                                 "JSON: {\"released\": 2, \"references\": [\"ABC234\", \"XYZ789\"]}"),
                  {},
                  {},
                  handledBy<BookingCommands, &BookingCommands::expire>});

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
                          QStringLiteral("SECONDS"))},
                  handledBy<BookingCommands, &BookingCommands::reconcile>});

    table.append({QStringLiteral("change-seat"), QStringLiteral("change-seat BOOKING FROM TO"),
                  QStringLiteral("move a passenger of a confirmed booking to another seat"),
                  QStringLiteral("Moves the passenger in seat FROM to seat TO of the same cabin, in one transaction:\n"
                                 "the new seat is taken and the old one released together, or nothing changes. The\n"
                                 "fare paid stays. Agents and up. Exit 3 if TO is taken or blocked or the booking is\n"
                                 "not confirmed, 4 if the flight has no seat TO, 2 for another cabin.\n"
                                 "JSON: the booking"),
                  {{QStringLiteral("BOOKING"), bookingArgument()},
                   {QStringLiteral("FROM"), QStringLiteral("The passenger's seat now, e.g. 12A.")},
                   {QStringLiteral("TO"), QStringLiteral("The new seat, e.g. 14C.")}},
                  {},
                  handledBy<DeskCommands, &DeskCommands::changeSeat>});

    table.append({QStringLiteral("offload"), QStringLiteral("offload BOOKING --passenger SEAT --reason TEXT"),
                  QStringLiteral("undo a passenger's check-in (agents)"),
                  QStringLiteral("Takes the passenger in SEAT off the flight's checked-in list; their boarding number\n"
                                 "is not given out again, and checking in later gives a new one. The reason goes\n"
                                 "into the booking's audit trail. Agents and up. Exit 3 if the passenger is not\n"
                                 "checked in, 2 without a reason.\n"
                                 "JSON: {\"reference\", \"seat\", \"checked_in\": false}"),
                  {{QStringLiteral("BOOKING"), bookingArgument()}},
                  {option(QStringLiteral("passenger"), QStringLiteral("The passenger's seat."), QStringLiteral("SEAT")),
                   option(QStringLiteral("reason"), QStringLiteral("Why, for the audit trail."), QStringLiteral("TEXT"))},
                  handledBy<CheckInCommands, &CheckInCommands::offload>});

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
                          QStringLiteral("N"), QStringLiteral("200"))},
                  handledBy<DeskCommands, &DeskCommands::find>});
}

} // namespace kiosk::ctl
