#include "OutboxDispatcher.h"

#include "MessageRenderer.h"
#include "SmtpSender.h"
#include "common/Failpoint.h"
#include "common/Logging.h"
#include "storage/OutboxRepository.h"

#include <algorithm>

namespace kiosk {

QString Delivery::outcomeName() const
{
    switch (outcome) {
    case Outcome::Sent:
        return QStringLiteral("sent");
    case Outcome::Retry:
        return QStringLiteral("retry");
    case Outcome::Dead:
        return QStringLiteral("dead");
    }
    return QString();
}

int OutboxDispatcher::backoffAfter(int attempt, const Policy &policy)
{
    qint64 delay = std::max(1, policy.backoffSeconds);
    for (int i = 1; i < attempt && delay < policy.backoffMaxSeconds; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, std::max(1, policy.backoffMaxSeconds)));
}

int OutboxDispatcher::leaseSeconds() const
{
    return 2 * m_sender.settings().timeoutSeconds;
}

void OutboxDispatcher::attach(Delivery &delivery, RenderedMessage &message)
{
    auto documents = m_attachments->attachmentsFor(delivery.entry);
    if (!documents) {
        // The words matter more than the documents: the message goes without them.
        delivery.attachmentError = documents.error().message;
        qCWarning(lcNotify) << "outbox message" << delivery.entry.id << "goes without its documents:"
                            << delivery.attachmentError;
        return;
    }
    message.attachments = *documents;
    delivery.attachments = int(documents->size());
}

Result<std::optional<Delivery>> OutboxDispatcher::deliverNext()
{
    OutboxRepository outbox(m_db);
    auto claimed = outbox.claimDue(leaseSeconds());
    if (!claimed)
        return claimed.error();
    if (!*claimed)
        return std::optional<Delivery>();
    Delivery delivery;
    delivery.entry = **claimed;
    delivery.messageId = m_sender.settings().messageIdFor(delivery.entry.id);

    auto message = MessageRenderer::render(delivery.entry);
    if (message && m_attachments)
        attach(delivery, *message);
    Status sent = message ? m_sender.send(delivery.entry.recipient, delivery.messageId, *message) : Status(message.error());
    if (sent) {
        // A crash here (after the server's 250, before the row says so) is the documented
        // duplicate: the lease ends, the row is sent again with the same Message-ID.
        Failpoint::hit("outbox.after_send");
        if (auto marked = outbox.markSent(delivery.entry.id, delivery.messageId); !marked)
            return marked.error();
        return std::optional<Delivery>(delivery);
    }
    delivery.error = sent.error().message;
    const bool dead = !message || delivery.entry.attempts >= m_policy.maxAttempts;
    delivery.outcome = dead ? Delivery::Outcome::Dead : Delivery::Outcome::Retry;
    if (!dead)
        delivery.retryInSeconds = backoffAfter(delivery.entry.attempts, m_policy);
    if (auto marked = outbox.markFailed(delivery.entry.id, delivery.error,
                                        dead ? std::nullopt : std::optional<int>(delivery.retryInSeconds));
        !marked)
        return marked.error();
    return std::optional<Delivery>(delivery);
}

} // namespace kiosk
