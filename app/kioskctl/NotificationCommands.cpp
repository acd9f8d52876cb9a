#include "NotificationCommands.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "MailDocuments.h"
#include "StopSignals.h"
#include "TextTable.h"
#include "auth/AccessControl.h"
#include "booking/BookingService.h"
#include "booking/WaitlistOfferer.h"
#include "common/Logging.h"
#include "notify/OutboxDispatcher.h"
#include "notify/SmtpSender.h"
#include "storage/ContactRepository.h"
#include "storage/OutboxRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace kiosk::ctl {

namespace {

constexpr int PollMs = 1000; // how often a running dispatcher looks for new messages

Error bad(const QString &message)
{
    return makeError(ErrorCode::BadInput, message);
}

QJsonValue timeOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject deliveryObject(const Delivery &delivery)
{
    return {{QStringLiteral("id"), delivery.entry.id},
            {QStringLiteral("reference"), delivery.entry.reference},
            {QStringLiteral("recipient"), delivery.entry.recipient},
            {QStringLiteral("outcome"), delivery.outcomeName()},
            {QStringLiteral("attempts"), delivery.entry.attempts},
            {QStringLiteral("message_id"), delivery.messageId},
            {QStringLiteral("error"), textOrNull(delivery.error)},
            {QStringLiteral("retry_in_seconds"),
             delivery.outcome == Delivery::Outcome::Retry ? QJsonValue(delivery.retryInSeconds) : QJsonValue()},
            {QStringLiteral("attachments"), delivery.attachments},
            {QStringLiteral("attachment_error"), textOrNull(delivery.attachmentError)}};
}

QString deliveryText(const Delivery &delivery)
{
    QString text = QStringLiteral("%1 %2 %3 to %4 (attempt %5)")
                       .arg(delivery.outcomeName())
                       .arg(delivery.entry.id)
                       .arg(delivery.entry.reference, delivery.entry.recipient)
                       .arg(delivery.entry.attempts);
    if (delivery.outcome == Delivery::Outcome::Retry)
        text += QStringLiteral(", retry in %1 s").arg(delivery.retryInSeconds);
    if (!delivery.error.isEmpty())
        text += QStringLiteral(": ") + delivery.error;
    if (!delivery.attachmentError.isEmpty())
        text += QStringLiteral("; without its documents: ") + delivery.attachmentError;
    return text;
}

} // namespace

int NotificationCommands::outbox(const CommandArguments &arguments)
{
    const QString action = arguments.positional(0);
    if (action != QLatin1String("retry") && !arguments.positional(1).isEmpty())
        return m_out.error(bad(QStringLiteral("outbox %1 takes no argument '%2'").arg(action, arguments.positional(1))));
    if (action == QLatin1String("run"))
        return dispatch(arguments);
    if (action == QLatin1String("list"))
        return list(arguments);
    if (action == QLatin1String("retry"))
        return retry(arguments);
    return m_out.error(bad(QStringLiteral("outbox: unknown action '%1'; use list, retry or run").arg(action)));
}

Result<std::unique_ptr<CtlContext>> NotificationCommands::openForOperations(const QString &target)
{
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return context.error();
    // Travellers' addresses and their retention are for operations. A signed-in staff user
    // must be an admin (refused with exit 6, in the access log). Without --user the login
    // decides: the database's owner (SQLite too) is the operator; of the PostgreSQL terminal
    // logins only the ops class may read the outbox (the dispatcher's service runs on one),
    // and the database refuses the others (exit 6 as well).
    if (m_global.user.isEmpty())
        return context;
    if (auto allowed = AccessControl((*context)->db()).require((*context)->actor(), Permission::HandleNotifications, target);
        !allowed)
        return allowed.error();
    return context;
}

int NotificationCommands::dispatch(const CommandArguments &arguments)
{
    auto smtp = SmtpSettings::resolve(arguments.value(QStringLiteral("smtp")), arguments.value(QStringLiteral("tls")),
                                      arguments.value(QStringLiteral("password-file")));
    if (!smtp)
        return m_out.error(smtp.error());
    auto timeout = InputParser::integer(arguments.value(QStringLiteral("timeout")), QStringLiteral("timeout"), 1, 600);
    auto attempts = InputParser::integer(arguments.value(QStringLiteral("max-attempts")), QStringLiteral("max-attempts"), 1, 100);
    auto backoff = InputParser::integer(arguments.value(QStringLiteral("backoff")), QStringLiteral("backoff"), 1, 86400);
    auto backoffMax = InputParser::integer(arguments.value(QStringLiteral("backoff-max")), QStringLiteral("backoff-max"), 1, 86400);
    for (const auto *checked : {&timeout, &attempts, &backoff, &backoffMax})
        if (!*checked)
            return m_out.error(checked->error());
    smtp->timeoutSeconds = *timeout;

    auto context = openForOperations(QStringLiteral("outbox run"));
    if (!context)
        return m_out.error(context.error());
    SmtpSender sender(*smtp);
    // The documents are the traveller's own, read for the address the booking gave: with an
    // agent's right to look up any booking, whatever login reads the outbox (ops, or the owner).
    BookingService mailer((*context)->db(), (*context)->gateway(),
                          Actor{(*context)->actor().terminal, QStringLiteral("outbox"), Role::Agent});
    MailDocuments documents(mailer, (*context)->db());
    OutboxDispatcher dispatcher((*context)->db(), sender, {*attempts, *backoff, *backoffMax}, &documents);
    const bool once = arguments.isSet(QStringLiteral("once"));
    StopSignals stop;
    bool stopping = false;
    QObject::connect(&stop, &StopSignals::stopRequested, &stop, [&stopping] { stopping = true; });
    int counts[3] = {0, 0, 0}; // sent, retried, dead
    bool idle = true;
    while (!stopping) {
        // When idle: waitlist offers for seats no terminal saw come free, so their messages
        // go out with the rest (a lapsed hold nobody expired, a seat unblocked).
        if (idle)
            offerFreedSeats(**context);
        auto delivered = dispatcher.deliverNext();
        idle = delivered && !*delivered;
        if (!delivered)
            return m_out.error(delivered.error());
        if (*delivered) {
            ++counts[static_cast<int>((*delivered)->outcome)];
            m_out.line(deliveryObject(**delivered), deliveryText(**delivered));
        } else if (once) {
            break;
        } else {
            QThread::msleep(PollMs);
        }
        QCoreApplication::processEvents(); // SIGINT / SIGTERM
    }
    if (!once)
        return 0;
    return m_out.result({{QStringLiteral("sent"), counts[0]}, {QStringLiteral("retried"), counts[1]},
                         {QStringLiteral("dead"), counts[2]}},
                        QStringLiteral("outbox: %1 sent, %2 to retry, %3 dead").arg(counts[0]).arg(counts[1]).arg(counts[2]));
}

void NotificationCommands::offerFreedSeats(CtlContext &context)
{
    auto expired = context.service().expireDue();
    auto offered = expired ? WaitlistOfferer(context.db(), &context.service().events()).sweep()
                           : Result<QList<WaitlistOffer>>(expired.error());
    if (!offered)
        qCWarning(lcBooking) << "waitlist offers:" << offered.error().message;
}

int NotificationCommands::list(const CommandArguments &arguments)
{
    const bool failed = arguments.isSet(QStringLiteral("failed"));
    const bool pending = arguments.isSet(QStringLiteral("pending"));
    if (failed && pending)
        return m_out.error(bad(QStringLiteral("outbox list: give --failed or --pending, not both")));
    auto limit = InputParser::integer(arguments.value(QStringLiteral("limit")), QStringLiteral("limit"), 1, 10000);
    if (!limit)
        return m_out.error(limit.error());
    auto context = openForOperations(QStringLiteral("outbox list"));
    if (!context)
        return m_out.error(context.error());
    const auto filter = failed ? OutboxRepository::Filter::Failed
                               : (pending ? OutboxRepository::Filter::Pending : OutboxRepository::Filter::All);
    auto entries = OutboxRepository((*context)->db()).list(filter, *limit);
    if (!entries)
        return m_out.error(entries.error());
    QJsonArray messages;
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("KIND"), QStringLiteral("BOOKING"),
                     QStringLiteral("TO"), QStringLiteral("TRIES"), QStringLiteral("NEXT / SENT"), QStringLiteral("LAST ERROR")});
    for (const OutboxEntry &entry : *entries) {
        messages.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("kind"), entry.kind},
                                    {QStringLiteral("reference"), entry.reference},
                                    {QStringLiteral("recipient"), entry.recipient},
                                    {QStringLiteral("state"), entry.state},
                                    {QStringLiteral("attempts"), entry.attempts},
                                    {QStringLiteral("created"), timeOrNull(entry.createdUtc)},
                                    {QStringLiteral("next_attempt"),
                                     entry.state == QLatin1String("pending") ? timeOrNull(entry.nextAttemptUtc) : QJsonValue()},
                                    {QStringLiteral("sent"), timeOrNull(entry.sentUtc)},
                                    {QStringLiteral("last_error"), textOrNull(entry.lastError)},
                                    {QStringLiteral("message_id"), textOrNull(entry.messageId)}});
        const QDateTime when = entry.state == QLatin1String("sent") ? entry.sentUtc : entry.nextAttemptUtc;
        table.addRow({QString::number(entry.id), entry.state, entry.kind, entry.reference, entry.recipient,
                      QString::number(entry.attempts),
                      entry.state == QLatin1String("dead") ? QString() : when.toString(Qt::ISODate), entry.lastError});
    }
    return m_out.result({{QStringLiteral("messages"), messages}},
                        entries->isEmpty() ? QStringLiteral("no messages") : table.toString());
}

int NotificationCommands::retry(const CommandArguments &arguments)
{
    bool numeric = false;
    const qint64 id = arguments.positional(1).toLongLong(&numeric);
    if (!numeric || id <= 0)
        return m_out.error(bad(QStringLiteral("outbox retry: '%1' is not a message id (see outbox list)")
                                   .arg(arguments.positional(1))));
    auto context = openForOperations(QStringLiteral("outbox retry %1").arg(id));
    if (!context)
        return m_out.error(context.error());
    if (auto retried = OutboxRepository((*context)->db()).retry(id); !retried)
        return m_out.error(retried.error());
    return m_out.result({{QStringLiteral("retried"), id}}, QStringLiteral("message %1 is due now").arg(id));
}

int NotificationCommands::purge(const CommandArguments &arguments)
{
    if (!arguments.isSet(QStringLiteral("older-than")))
        return m_out.error(bad(QStringLiteral("purge: give --older-than DAYS (days since the flight arrived)")));
    auto days = InputParser::integer(arguments.value(QStringLiteral("older-than")), QStringLiteral("older-than"), 1, 3650);
    if (!days)
        return m_out.error(days.error());
    auto context = openForOperations(QStringLiteral("purge --older-than %1").arg(*days));
    if (!context)
        return m_out.error(context.error());
    auto purged = ContactRepository((*context)->db()).purgeTravelled(*days);
    if (!purged)
        return m_out.error(purged.error());
    return m_out.result({{QStringLiteral("older_than_days"), *days},
                         {QStringLiteral("bookings"), purged->bookings},
                         {QStringLiteral("messages"), purged->outboxMessages},
                         {QStringLiteral("waitlist_entries"), purged->waitlistEntries}},
                        QStringLiteral("removed the contact details of %1 booking(s), %2 message(s) and %3 waitlist "
                                       "entr(ies) of flights that arrived more than %4 day(s) ago")
                            .arg(purged->bookings)
                            .arg(purged->outboxMessages)
                            .arg(purged->waitlistEntries)
                            .arg(*days));
}

} // namespace kiosk::ctl
