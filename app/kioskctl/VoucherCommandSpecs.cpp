#include "VoucherCommandSpecs.h"

#include "CommandSpecParts.h"
#include "VoucherCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendVoucherCommandSpecs(QList<CommandSpec> &table)
{
    table.append(
        {QStringLiteral("voucher"),
         QStringLiteral("voucher create CODE --percent P | --amount A --currency CUR [--min-amount A] "
                        "[--valid-from YYYY-MM-DD] [--valid-to YYYY-MM-DD] [--max-uses N] [--flights KX101,...] "
                        "[--cabins J,W,...] | voucher list [--all] | voucher disable CODE | voucher disable --id N"),
         QStringLiteral("create, list and withdraw discount vouchers"),
         QStringLiteral("create stores a voucher that takes --percent (1 to 100, rounded down to the cent) or\n"
                        "--amount (in --currency) off a booking's price at payment ('pay --voucher CODE', the\n"
                        "kiosk's and the desk's payment screen). The discount never makes a price negative: a\n"
                        "voucher worth more than the booking makes it free (0.00) and the rest is forfeited.\n"
                        "Codes are 4 to 32 letters and digits; case, spaces and hyphens do not count\n"
                        "(\"summer-26\" is SUMMER26). Only the code's SHA-256 digest and a hint (SU…26) are\n"
                        "stored: note the code when you create it. Valid from the start of --valid-from to the\n"
                        "end of --valid-to (UTC days, server clock); --max-uses counts paid bookings and\n"
                        "payments in progress (a declined or abandoned payment gives its use back); --flights\n"
                        "and --cabins restrict it to those flight numbers and cabins (every seat of the\n"
                        "booking); --min-amount to bookings of at least that price.\n"
                        "list shows the vouchers (--all: withdrawn ones too); disable withdraws one at once,\n"
                        "by code or by its id from list. Supervisors and admins only; in the access log.\n"
                        "Exit 2 bad input or a code that exists, 3 already withdrawn, 4 unknown, 6 forbidden.\n"
                        "JSON: create/disable: the voucher; list: {\"vouchers\": [...]}; a voucher is {\"id\",\n"
                        "  \"code_hint\", \"benefit\", \"percent\", \"amount\", \"min_amount\", \"valid_from\",\n"
                        "  \"valid_to\", \"max_uses\", \"uses\", \"flights\", \"cabins\", \"created_by\", \"created\",\n"
                        "  \"disabled\", \"disabled_by\"}"),
         {{QStringLiteral("ACTION"), QStringLiteral("create, list or disable.")},
          {QStringLiteral("CODE"), QStringLiteral("For create and disable: the voucher code."), true}},
         {option(QStringLiteral("percent"), QStringLiteral("Percent off, 1 to 100."), QStringLiteral("P")),
          option(QStringLiteral("amount"), QStringLiteral("Amount off, e.g. 25.00 (with --currency)."), QStringLiteral("A")),
          option(QStringLiteral("currency"), QStringLiteral("Currency of --amount and --min-amount, e.g. EUR."),
                 QStringLiteral("CUR")),
          option(QStringLiteral("min-amount"), QStringLiteral("Smallest booking price it applies to."), QStringLiteral("A")),
          option(QStringLiteral("valid-from"), QStringLiteral("First day (UTC) it may be used."), QStringLiteral("YYYY-MM-DD")),
          option(QStringLiteral("valid-to"), QStringLiteral("Last day (UTC) it may be used."), QStringLiteral("YYYY-MM-DD")),
          option(QStringLiteral("max-uses"), QStringLiteral("How many bookings may use it (default unlimited)."),
                 QStringLiteral("N")),
          option(QStringLiteral("flights"), QStringLiteral("Only these flight numbers, e.g. KX101,KX102."),
                 QStringLiteral("LIST")),
          option(QStringLiteral("cabins"), QStringLiteral("Only these cabins: F, J, W, Y (comma-separated)."),
                 QStringLiteral("LIST")),
          QCommandLineOption(QStringLiteral("all"), QStringLiteral("list: withdrawn vouchers too.")),
          option(QStringLiteral("id"), QStringLiteral("disable: the voucher's id (voucher list)."), QStringLiteral("N"))},
         handledBy<VoucherCommands, &VoucherCommands::run>});
}

} // namespace kiosk::ctl
