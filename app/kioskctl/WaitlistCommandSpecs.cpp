#include "WaitlistCommandSpecs.h"

#include "CommandSpecParts.h"
#include "WaitlistCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendWaitlistCommandSpecs(QList<CommandSpec> &table)
{
    table.append(
        {QStringLiteral("waitlist"),
         QStringLiteral("waitlist join FLIGHT --cabin C --name NAME... [--seats N] --email ADDR [--phone NUMBER] | "
                        "waitlist list FLIGHT | waitlist show ID | waitlist leave ID | waitlist claim BOOKING --surname "
                        "NAME | waitlist offer [FLIGHT] | waitlist settings [--offer-minutes N]"),
         QStringLiteral("wait for seats of a full cabin; offers when seats come free"),
         QStringLiteral("join puts a party (one --name per seat, 1 to 9) on the flight's waitlist for the cabin, first\n"
                        "come first served; only when the cabin has fewer free seats than the party needs (exit 3\n"
                        "wrong_state, details seats_available: hold them instead). The e-mail address is required:\n"
                        "the offer is sent there; one place per address, flight and cabin.\n"
                        "When seats come free (a hold lapses, a booking or passenger is cancelled, a seat is\n"
                        "unblocked), the first entry that fits is offered them: they are held for it as an\n"
                        "ordinary booking until the offer time ends (settings; standard 120 minutes, never past\n"
                        "the sales cut-off), and the outbox e-mails the reference. A party that does not fit keeps\n"
                        "its place while a smaller one behind it is served. An offer that lapses or is cancelled\n"
                        "passes the seats on. Terminals make offers as they free seats; 'outbox run' makes those\n"
                        "no terminal saw; 'waitlist offer [FLIGHT]' does it now (after expiring lapsed holds).\n"
                        "claim makes an offer this terminal's booking, proven by its reference and a passenger's\n"
                        "surname (as check-in; a kiosk has few wrong tries), so 'pay BOOKING' pays it here.\n"
                        "Agents pay any offer directly. list and show are for agents (names, addresses); a\n"
                        "terminal may show and leave the entries it took. leave cancels an open offer too.\n"
                        "settings shows or (admin) sets how long an offer holds its seats, 5 to 4320 minutes.\n"
                        "Exit 2 bad input, 3 seats available / already waiting / ended, 4 unknown, 6 forbidden.\n"
                        "JSON: join/show/leave: an entry {\"id\", \"flight\", \"cabin\", \"seats\", \"passengers\",\n"
                        "  \"contact\", \"state\" (waiting, offered, accepted, lapsed, left), \"position\", \"offer\",\n"
                        "  \"offer_deadline\", \"terminal\", \"joined\"}; list: {\"entries\": [...]}; claim: the booking;\n"
                        "  offer: {\"offers\": [{\"entry\", \"reference\", \"seats\", \"deadline\"}]};\n"
                        "  settings: {\"offer_minutes\"}"),
         {{QStringLiteral("ACTION"), QStringLiteral("join, list, show, leave, claim, offer or settings.")},
          {QStringLiteral("TARGET"), QStringLiteral("The flight (join, list, offer), entry id (show, leave) or booking (claim)."),
           true}},
         {option(QStringLiteral("cabin"), QStringLiteral("join: the cabin, F, J, W or Y."), QStringLiteral("C")),
          option(QStringLiteral("name"), QStringLiteral("join: a passenger's name; repeat once per seat."), QStringLiteral("NAME")),
          option(QStringLiteral("seats"), QStringLiteral("join: how many seats (must match the names)."), QStringLiteral("N")),
          option(QStringLiteral("email"), QStringLiteral("join: where the offer is sent."), QStringLiteral("ADDR")),
          option(QStringLiteral("phone"), QStringLiteral("join: a phone number, +country code."), QStringLiteral("NUMBER")),
          option(QStringLiteral("surname"), QStringLiteral("claim: a passenger's surname as booked."), QStringLiteral("NAME")),
          option(QStringLiteral("offer-minutes"), QStringLiteral("settings: how long an offer holds its seats."),
                 QStringLiteral("N"))},
         handledBy<WaitlistCommands, &WaitlistCommands::run>});
}

} // namespace kiosk::ctl
