#include "CheckInCommandSpecs.h"

#include "BagCommands.h"
#include "CheckInCommands.h"
#include "CommandSpecParts.h"
#include "PrintCommands.h"
#include "ReceiptCommand.h"
#include "notify/DocumentMailer.h"

namespace kiosk::ctl {

using namespace specparts;

void appendCheckInCommandSpecs(QList<CommandSpec> &table)
{
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
                          QStringLiteral("BCBP"))},
                  handledBy<CheckInCommands, &CheckInCommands::checkIn>});

    table.append({QStringLiteral("boarding-pass"),
                  QStringLiteral("boarding-pass REF [--surname NAME] [--passenger SEAT[,SEAT...]] [--pdf FILE [--paper a4|atb]] [--email]"),
                  QStringLiteral("write checked-in passengers' boarding passes as a PDF, or e-mail them"),
                  QStringLiteral("One page per checked-in passenger (all of the booking's, or those in the seats\n"
                                 "given): name, flight, date, from/to, departure in local time, seat, boarding\n"
                                 "number, and the PDF417 barcode of the BCBP string. The page is A4, or with\n"
                                 "--paper atb the ATB boarding pass card (203.2 x 82.55 mm). --surname proves the\n"
                                 "booking as at a kiosk; agents and up may leave it out. Exit 3 if a passenger is\n"
                                 "not checked in, 2 if FILE cannot be written (no file is left behind) or for\n"
                                 "another paper.\n"
                                 "--email queues them (one A4 page each) for the booking's own e-mail address, never\n"
                                 "another, at most %1 times an hour per booking (then exit 3, limit_reached), and exit 3\n"
                                 "for a booking without an address. `outbox run` sends the message.\n"
                                 "JSON: {\"reference\", \"seats\", \"pdf\"?, \"pages\"?, \"paper\"?, \"emailed_to\"?}")
                      .arg(DocumentMailer::MaxPerWindow),
                  {{QStringLiteral("REF"), bookingArgument()}},
                  {option(QStringLiteral("surname"), QStringLiteral("A passenger's surname as booked."),
                          QStringLiteral("NAME")),
                   option(QStringLiteral("passenger"), QStringLiteral("Only the passengers in these seats."),
                          QStringLiteral("SEAT[,SEAT...]")),
                   option(QStringLiteral("pdf"), QStringLiteral("Where to write the PDF."), QStringLiteral("FILE")),
                   option(QStringLiteral("paper"), QStringLiteral("a4 (the default) or atb (boarding pass card)."),
                          QStringLiteral("a4|atb")),
                   option(QStringLiteral("email"), QStringLiteral("E-mail them to the booking's address on file."))},
                  handledBy<PrintCommands, &PrintCommands::boardingPass>});

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
                   option(QStringLiteral("pdf"), QStringLiteral("Where to write the bag tags."), QStringLiteral("FILE"))},
                  handledBy<BagCommands, &BagCommands::run>});

    table.append({QStringLiteral("receipt"), QStringLiteral("receipt REF [--pdf FILE [--paper a4|80mm]] [--email]"),
                  QStringLiteral("write a paid booking's receipt and itinerary as a PDF, or e-mail it"),
                  QStringLiteral("Airline name and address (table airlines), booking reference, the flight with local\n"
                                 "departure and arrival times, each passenger with seat, cabin and price, the total,\n"
                                 "the card charged (brand and last four digits only), refunds, the cancellation\n"
                                 "policy in force for the booking's cabins. --paper 80mm lays it out for a kiosk\n"
                                 "receipt roll (one page as long as the receipt); default a4. Kiosks for their own\n"
                                 "bookings, agents and up for any. Exit 3 for a booking never paid, 2 if FILE cannot\n"
                                 "be written (no file is left behind).\n"
                                 "--email queues it (A4) for the booking's own e-mail address, never another, at\n"
                                 "most %1 times an hour per booking (then exit 3, limit_reached), and exit 3 for a\n"
                                 "booking without an address. `outbox run` sends the message.\n"
                                 "JSON: {\"reference\", \"total\", \"pdf\"?, \"paper\"?, \"emailed_to\"?}")
                      .arg(DocumentMailer::MaxPerWindow),
                  {{QStringLiteral("REF"), bookingArgument()}},
                  {option(QStringLiteral("pdf"), QStringLiteral("Where to write the PDF."), QStringLiteral("FILE")),
                   option(QStringLiteral("paper"), QStringLiteral("a4 (default) or 80mm."), QStringLiteral("PAPER")),
                   option(QStringLiteral("email"), QStringLiteral("E-mail it to the booking's address on file."))},
                  handledBy<ReceiptCommand, &ReceiptCommand::run>});
}

} // namespace kiosk::ctl
