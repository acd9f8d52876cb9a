#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace kiosk::ctl {

namespace {

const QString DbOption = QStringLiteral("db");
const QString ReadDbOption = QStringLiteral("read-db");
const QString TerminalOption = QStringLiteral("terminal");
const QString JsonOption = QStringLiteral("json");
const QString UserOption = QStringLiteral("user");
const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");

Error usage(const QString &message)
{
    return makeError(ErrorCode::BadInput, message + QStringLiteral(" (see 'kioskctl --help')"));
}

// A negative number ("-10") is an argument, such as an amount refused with a message of its
// own, not the short options 1 and 0: it passes the parser behind a mark taken off after.
const QString NegativeMark = QStringLiteral("\u0001");

QStringList shieldNegativeNumbers(const QStringList &arguments)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9.]"));
    QStringList shielded;
    for (const QString &argument : arguments)
        shielded << (negative.match(argument).hasMatch() ? NegativeMark + argument : argument);
    return shielded;
}

QStringList unshielded(QStringList arguments)
{
    for (QString &argument : arguments) {
        if (argument.startsWith(NegativeMark))
            argument.remove(0, NegativeMark.size());
    }
    return arguments;
}

// QCommandLineParser's messages end with a period and name options without dashes.
QString tidy(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.isEmpty() ? text : text.at(0).toLower() + text.mid(1);
}

void readGlobals(const QCommandLineParser &parser, GlobalOptions &global)
{
    if (parser.isSet(DbOption))
        global.db = parser.value(DbOption);
    if (parser.isSet(ReadDbOption))
        global.readDb = parser.value(ReadDbOption);
    if (parser.isSet(TerminalOption))
        global.terminal = parser.value(TerminalOption);
    if (parser.isSet(JsonOption))
        global.json = true;
    if (parser.isSet(UserOption))
        global.user = parser.value(UserOption);
}

} // namespace

QList<QCommandLineOption> CommandLine::globalOptions()
{
    return {
        QCommandLineOption(DbOption,
                           QStringLiteral("postgresql://... (libpq URI) or sqlite:PATH (default: $KIOSK_DB, else "
                                          "the demo file)."),
                           QStringLiteral("URL")),
        QCommandLineOption(ReadDbOption,
                           QStringLiteral("Where 'report' reads, e.g. a standby (default: $KIOSK_READ_DB, else --db)."),
                           QStringLiteral("URL")),
        QCommandLineOption(TerminalOption,
                           QStringLiteral("Terminal name for the audit trail (default: the host name)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(JsonOption, QStringLiteral("Print exactly one JSON object on stdout; errors as JSON on stderr.")),
        QCommandLineOption(UserOption,
                           QStringLiteral("Act as this user, with that user's role (password from $KIOSK_PASSWORD or "
                                          "a prompt). Default: the built-in operator identity (admin)."),
                           QStringLiteral("NAME")),
    };
}

bool CommandLine::jsonRequested(const QStringList &arguments)
{
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("--json"))
            return true;
    }
    return false;
}

Result<CommandLine::Invocation> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions(globalOptions());
    parser.addOption(QCommandLineOption({QStringLiteral("h"), HelpOption}, QStringLiteral("Show this help.")));
    parser.addOption(QCommandLineOption({QStringLiteral("v"), VersionOption}, QStringLiteral("Show the version.")));
    if (!parser.parse(arguments))
        return usage(tidy(parser.errorText()));

    Invocation invocation;
    readGlobals(parser, invocation.global);
    if (parser.isSet(HelpOption)) {
        invocation.action = Action::Help;
        return invocation;
    }
    if (parser.isSet(VersionOption)) {
        invocation.action = Action::Version;
        return invocation;
    }

    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usage(QStringLiteral("no command given; commands are: %1").arg(CommandSpec::names().join(QStringLiteral(", "))));
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help")) {
        invocation.action = Action::Help;
        if (!rest.isEmpty()) {
            invocation.command = CommandSpec::find(rest.first());
            if (!invocation.command)
                return usage(QStringLiteral("unknown command '%1'").arg(rest.first()));
        }
        return invocation;
    }
    invocation.command = CommandSpec::find(name);
    if (!invocation.command)
        return usage(QStringLiteral("unknown command '%1'; commands are: %2")
                         .arg(name, CommandSpec::names().join(QStringLiteral(", "))));

    auto parsed = parseCommand(*invocation.command, rest, invocation.global);
    if (!parsed)
        return parsed.error();
    invocation.arguments = *parsed;
    if (invocation.arguments.helpRequested())
        invocation.action = Action::Help;
    return invocation;
}

Result<CommandArguments> CommandLine::parseCommand(const CommandSpec &spec, const QStringList &arguments,
                                                   GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(spec.options);
    parser.addOption(QCommandLineOption({QStringLiteral("h"), HelpOption}, QStringLiteral("Show this help.")));
    if (!parser.parse(QStringList{QStringLiteral("kioskctl")} + shieldNegativeNumbers(arguments)))
        return usage(QStringLiteral("%1: %2").arg(spec.name, tidy(parser.errorText())));

    CommandArguments parsed;
    if (parser.isSet(HelpOption)) {
        parsed.m_help = true;
        return parsed;
    }
    readGlobals(parser, global);

    const QStringList positionals = unshielded(parser.positionalArguments());
    const qsizetype required = std::count_if(spec.positionals.cbegin(), spec.positionals.cend(),
                                             [](const CommandSpec::Positional &p) { return !p.optional; });
    if (positionals.size() < required)
        return usage(QStringLiteral("%1: missing %2; usage: kioskctl %3")
                         .arg(spec.name, spec.positionals.at(positionals.size()).name, spec.synopsis));
    if (positionals.size() > spec.positionals.size())
        return usage(QStringLiteral("%1: unexpected argument '%2'; usage: kioskctl %3")
                         .arg(spec.name, positionals.at(spec.positionals.size()), spec.synopsis));
    parsed.m_positionals = positionals;

    for (const QCommandLineOption &option : spec.options) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name))
            parsed.m_set.insert(name);
        if (!option.valueName().isEmpty())
            parsed.m_values.insert(name, unshielded(parser.values(name)));
    }
    return parsed;
}

namespace {
// "  --gateway URL             The payment gateway ...": one line per option that help shows.
QString optionLines(const QList<QCommandLineOption> &options, int indent, int flagWidth)
{
    QString text;
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QString flag = QStringLiteral("--") + option.names().constFirst();
        if (!option.valueName().isEmpty())
            flag += QLatin1Char(' ') + option.valueName();
        text += QString(indent, QLatin1Char(' ')) + flag.leftJustified(flagWidth) + QStringLiteral("  ") +
                option.description() + QLatin1Char('\n');
    }
    return text;
}
} // namespace

QString CommandLine::commandHelp(const CommandSpec &spec)
{
    QString text = QStringLiteral("Usage: kioskctl [global options] %1\n\n%2.\n").arg(spec.synopsis, spec.summary);
    if (!spec.positionals.isEmpty()) {
        text += QStringLiteral("\nArguments:\n");
        for (const auto &positional : spec.positionals)
            text += QStringLiteral("  %1  %2\n").arg(positional.name.leftJustified(24), positional.description);
    }
    if (!spec.options.isEmpty()) {
        text += QStringLiteral("\nOptions:\n");
        text += optionLines(spec.options, 2, 24);
    }
    text += QLatin1Char('\n') + spec.details + QLatin1Char('\n');
    return text;
}

QString CommandLine::fullHelp()
{
    QString text = QStringLiteral(
        "Usage: kioskctl [--db URL] [--terminal NAME] [--user NAME] [--json] COMMAND [ARGUMENTS...]\n\n"
        "The scripting and operations CLI of the booking kiosk. Every rule (seat locking, hold\n"
        "deadlines by the database server's clock, the booking state table, audit rows) is the\n"
        "same as at the kiosk: the CLI is one more terminal.\n\n"
        "Global options (accepted before or after COMMAND):\n");
    text += optionLines(globalOptions(), 2, 16);
    text += QStringLiteral("  %1  %2\n").arg(QStringLiteral("-h, --help").leftJustified(16),
                                             QStringLiteral("Show this help ('kioskctl help COMMAND' for one "
                                                            "command)."));
    text += QStringLiteral("  %1  %2\n").arg(QStringLiteral("-v, --version").leftJustified(16),
                                             QStringLiteral("Show the version."));
    text += QStringLiteral("\nCommands:\n");
    for (const CommandSpec &spec : CommandSpec::all())
        text += QStringLiteral("  %1  %2\n").arg(spec.name.leftJustified(10), spec.summary);
    for (const CommandSpec &spec : CommandSpec::all()) {
        text += QStringLiteral("\n%1\n").arg(QStringLiteral("kioskctl ") + spec.synopsis);
        text += optionLines(spec.options, 4, 24);
        for (const QString &line : spec.details.split(QLatin1Char('\n')))
            text += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    text += QStringLiteral(
        "\nArguments:\n"
        "  FLIGHT    a flight id (42) or CARRIER+NUMBER/DATE, e.g. KX101/2026-12-01\n"
        "  BOOKING   a booking reference (6 characters, e.g. ABC234) or numeric id\n"
        "  SEAT      row number and letter, e.g. 12A; several seats separated by commas\n"
        "\nOutput:\n"
        "  Text for people by default. With --json, stdout carries exactly one JSON object.\n"
        "  Times are ISO 8601 UTC (\"2026-12-01T07:10:00Z\"); money is {\"amount\": minor units,\n"
        "  \"currency\": \"EUR\", \"display\": \"EUR 49.00\"}; seconds_left is computed from the\n"
        "  database server's clock. A card number is never printed, only brand and last four.\n"
        "  Errors go to stderr; with --json as one object: {\"error\": \"<code>\", \"message\": \"...\"}\n"
        "  Error codes: bad_input, not_found, seat_taken, wrong_state, hold_expired,\n"
        "  payment_declined, busy, database_unavailable, schema_too_new, forbidden,\n"
        "  sign_in_failed, voucher_refused, limit_reached, internal.\n"
        "\nExit codes:\n"
        "  0  success\n"
        "  1  internal error (a bug or an unexpected database error)\n"
        "  2  bad input or usage: unknown command or option, missing argument, malformed seat\n"
        "     list, flight, booking, date or URL, invalid card; nothing was changed\n"
        "  3  conflict: seat taken or blocked, wrong booking state, hold expired, payment\n"
        "     declined (the hold stays), a voucher that cannot be used (nothing charged),\n"
        "     the terminal's hold limits reached, database busy (nothing changed: try again)\n"
        "  4  not found: unknown flight, seat or booking\n"
        "  5  database unreachable, or its schema is newer or older than this program\n"
        "  6  forbidden: the --user's role may not do this (nothing changed; it is logged)\n"
        "  7  sign-in failed: unknown user, wrong password, disabled or locked out\n"
        "\nDatabase:\n"
        "  --db, else $KIOSK_DB, else sqlite:<data dir>/demo.sqlite (the directory is created).\n"
        "  'report' reads from --read-db, else $KIOSK_READ_DB, else the same database: a\n"
        "  standby may serve it (it may lag the primary by a moment); everything else, and the\n"
        "  access log of a refused report, uses --db. An unreachable --read-db falls back to --db.\n"
        "  Every command except migrate and seed-demo requires the current schema; a SQLite\n"
        "  database that is new or older is migrated automatically (demo convenience), a\n"
        "  PostgreSQL one needs 'kioskctl migrate'. seed-demo migrates any database it seeds.\n"
        "\nEnvironment:\n"
        "  KIOSK_DB           default database URL\n"
        "  KIOSK_READ_DB      default URL for reading reports (a standby)\n"
        "  KIOSK_PASSWORD     the --user's password, and the new password of 'user add/passwd'\n"
        "                     (else kioskctl prompts on the terminal)\n"
        "  PGSERVICE, PGHOST, PGUSER, ~/.pgpass ...  honoured by libpq for PostgreSQL URLs\n"
        "  QT_LOGGING_RULES   e.g. \"kiosk.*=true\" to see the core's log on stderr\n");
    return text;
}

} // namespace kiosk::ctl
