#include "NotificationCommandSpecs.h"

#include "CommandSpecParts.h"
#include "NotificationCommands.h"

namespace kiosk::ctl {

using namespace specparts;

void appendNotificationCommandSpecs(QList<CommandSpec> &table)
{
    table.append({QStringLiteral("outbox"),
                  QStringLiteral("outbox run [--once] [--smtp URL] [--tls none|try|require] [--password-file PATH] "
                                 "[--max-attempts N] [--backoff SECONDS] [--backoff-max SECONDS] [--timeout SECONDS] | "
                                 "outbox list [--failed|--pending] [--limit N] | outbox retry ID"),
                  QStringLiteral("deliver travellers' notifications by e-mail; list and retry them"),
                  QStringLiteral("run sends every due message of the notification outbox (a booking confirmed,\n"
                                 "cancelled or refunded, a waitlist offer, a check-in, a schedule change that\n"
                                 "disrupts it; written in the same transaction as the change) by SMTP, the\n"
                                 "confirmation with the receipt and the check-in with the boarding passes as PDFs,\n"
                                 "then waits for more until Ctrl-C or SIGTERM; --once stops when none is due. The\n"
                                 "server: --smtp, else $KIOSK_SMTP (smtp://HOST:PORT, STARTTLS as --tls says, default\n"
                                 "try; or smtps://HOST:PORT). Sender $KIOSK_SMTP_FROM (default bookings@localhost; its\n"
                                 "domain names the Message-IDs <outbox-ID@DOMAIN>), login $KIOSK_SMTP_USER with the\n"
                                 "password from $KIOSK_SMTP_PASSWORD or --password-file (else\n"
                                 "$KIOSK_SMTP_PASSWORD_FILE), never on the command line. A failed message is retried\n"
                                 "after --backoff seconds (default 30), doubled per failure up to --backoff-max (3600),\n"
                                 "and dead after --max-attempts (8). Several run at once on PostgreSQL; one on SQLite.\n"
                                 "Delivery is at least once: a dispatcher killed between the server's acceptance and\n"
                                 "its own record sends that message again, with the same Message-ID.\n"
                                 "list shows the newest messages (--limit, default 50): --pending those not yet sent,\n"
                                 "--failed the dead ones and those waiting to be retried. retry makes a dead (or\n"
                                 "pending) message due now with its attempts reset; exit 3 if it was sent, 4 unknown.\n"
                                 "JSON: run: one line per message {\"id\", \"reference\", \"recipient\", \"outcome\":\n"
                                 "  \"sent|retry|dead\", \"attempts\", \"message_id\", \"error\", \"retry_in_seconds\",\n"
                                 "  \"attachments\", \"attachment_error\"} (a document that cannot be made: the message\n"
                                 "  goes without it, saying why),\n"
                                 "  with --once then {\"sent\", \"retried\", \"dead\"}; list: {\"messages\": [{\"id\",\n"
                                 "  \"kind\", \"reference\", \"recipient\", \"state\", \"attempts\", \"created\",\n"
                                 "  \"next_attempt\", \"sent\", \"last_error\", \"message_id\"}]}; retry: {\"retried\": ID}"),
                  {{QStringLiteral("ACTION"), QStringLiteral("run, list or retry.")},
                   {QStringLiteral("ID"), QStringLiteral("For retry: the message's id (outbox list)."), true}},
                  {QCommandLineOption(QStringLiteral("once"), QStringLiteral("Stop when no message is due.")),
                   QCommandLineOption(QStringLiteral("smtp"), QStringLiteral("SMTP server URL (default $KIOSK_SMTP)."),
                                      QStringLiteral("URL")),
                   QCommandLineOption(QStringLiteral("tls"),
                                      QStringLiteral("STARTTLS on smtp://: none, try (default) or require."),
                                      QStringLiteral("MODE")),
                   QCommandLineOption(QStringLiteral("password-file"),
                                      QStringLiteral("File whose first line is the SMTP password."), QStringLiteral("PATH")),
                   QCommandLineOption(QStringLiteral("max-attempts"),
                                      QStringLiteral("Attempts before a message is dead, 1 to 100 (default 8)."),
                                      QStringLiteral("N"), QStringLiteral("8")),
                   QCommandLineOption(QStringLiteral("backoff"),
                                      QStringLiteral("Seconds before the first retry, 1 to 86400 (default 30)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("30")),
                   QCommandLineOption(QStringLiteral("backoff-max"),
                                      QStringLiteral("Longest wait between retries, 1 to 86400 (default 3600)."),
                                      QStringLiteral("SECONDS"), QStringLiteral("3600")),
                   QCommandLineOption(QStringLiteral("timeout"),
                                      QStringLiteral("Seconds one message may take, 1 to 600 (default 30); a claim lasts "
                                                     "twice this."),
                                      QStringLiteral("SECONDS"), QStringLiteral("30")),
                   QCommandLineOption(QStringLiteral("failed"), QStringLiteral("list: dead messages and those to retry.")),
                   QCommandLineOption(QStringLiteral("pending"), QStringLiteral("list: messages not sent yet.")),
                   QCommandLineOption(QStringLiteral("limit"), QStringLiteral("list: at most N, 1 to 10000 (default 50)."),
                                      QStringLiteral("N"), QStringLiteral("50"))},
                  handledBy<NotificationCommands, &NotificationCommands::outbox>});

    table.append({QStringLiteral("purge"), QStringLiteral("purge --older-than DAYS"),
                  QStringLiteral("remove travellers' contact details once they have travelled"),
                  QStringLiteral("Removes the e-mail address and phone number of every booking whose flight arrived\n"
                                 "more than DAYS days ago (server clock), and those bookings' notification messages,\n"
                                 "in one transaction. Run it daily (docs/operations.md, retention). Exit 2 for bad\n"
                                 "input, nothing changed.\n"
                                 "JSON: {\"older_than_days\", \"bookings\", \"messages\"}"),
                  {},
                  {QCommandLineOption(QStringLiteral("older-than"),
                                      QStringLiteral("Days since arrival, 1 to 3650."), QStringLiteral("DAYS"))},
                  handledBy<NotificationCommands, &NotificationCommands::purge>});
}

} // namespace kiosk::ctl
