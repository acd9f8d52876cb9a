#pragma once

#include "MessageRenderer.h"
#include "domain/OutboxEntry.h"
#include "domain/Result.h"

#include <optional>

namespace kiosk {

class AttachmentProvider;
class Database;
class SmtpSender;

// What became of one claimed message.
struct Delivery {
    enum class Outcome { Sent, Retry, Dead };
    OutboxEntry entry;        // as claimed (attempts counts this one)
    Outcome outcome = Outcome::Sent;
    QString messageId;
    QString error;            // why it failed (Retry, Dead)
    int retryInSeconds = 0;   // Retry only
    int attachments = 0;      // documents the message carried
    QString attachmentError;  // why it went without its documents (empty: it has them, or needs none)

    QString outcomeName() const;
};

// Delivers the notification outbox: claims the oldest due row (PostgreSQL: several
// dispatchers at once, FOR UPDATE SKIP LOCKED; SQLite: one), renders and sends it, marks it
// sent; a failure is retried with capped exponential backoff and dead-lettered after
// maxAttempts. At least once: the claim is a lease of twice the send timeout, so a
// dispatcher that dies after the server accepted a message but before marking it sent lets
// the row fall due again, and the duplicate carries the same Message-ID. Documents (receipt,
// boarding passes) come from an AttachmentProvider at send time; a message whose documents
// cannot be made is sent without them, never held back.
class OutboxDispatcher {
public:
    struct Policy {
        int maxAttempts = 8;
        int backoffSeconds = 30;     // after the first failure; doubled per failure
        int backoffMaxSeconds = 3600;
    };

    // `attachments` may be null: every message goes as text only.
    OutboxDispatcher(Database &db, SmtpSender &sender, Policy policy, AttachmentProvider *attachments = nullptr)
        : m_db(db), m_sender(sender), m_policy(policy), m_attachments(attachments)
    {
    }

    // Claims and delivers one due message; nullopt when none is due. An error is the
    // database's (the message then stays claimed until its lease ends).
    Result<std::optional<Delivery>> deliverNext();
    // The wait after the n-th failed attempt (n >= 1): backoff * 2^(n-1), at most the cap.
    static int backoffAfter(int attempt, const Policy &policy);
    int leaseSeconds() const;

private:
    void attach(Delivery &delivery, RenderedMessage &message);

    Database &m_db;
    SmtpSender &m_sender;
    Policy m_policy;
    AttachmentProvider *m_attachments;
};

} // namespace kiosk
