#pragma once

#include "MailAttachment.h"
#include "domain/OutboxEntry.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace kiosk {

// A message ready to send: one subject, the same words as plain text and as HTML, and the
// documents it carries (attached by the dispatcher, not the renderer).
struct RenderedMessage {
    QString subject;
    QString text;
    QString html;
    QList<MailAttachment> attachments;
};

// Turns an outbox row into the traveller's message. The words come from the row's details
// (as the booking was when it changed), so a later change or purge cannot alter them.
class MessageRenderer {
    Q_DECLARE_TR_FUNCTIONS(MessageRenderer)
public:
    // BadInput for a row whose details cannot be read (a bug or a hand-edited row).
    static Result<RenderedMessage> render(const OutboxEntry &entry);
};

} // namespace kiosk
