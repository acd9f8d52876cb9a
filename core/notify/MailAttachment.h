#pragma once

#include "domain/OutboxEntry.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kiosk {

// A document a message carries beside its text (the receipt, the boarding passes).
struct MailAttachment {
    QString fileName;   // as the traveller sees it: "receipt-ABC234.pdf"
    QByteArray mimeType; // "application/pdf"
    QByteArray data;
};

// Makes the documents an outbox message carries, at send time, from the booking as it is
// then. core cannot paint (no QtGui here): the implementation lives with the print code and
// is handed to the dispatcher by its program.
class AttachmentProvider {
public:
    virtual ~AttachmentProvider() = default;
    // None for a kind that carries nothing. An error means the documents cannot be made (the
    // booking is gone or changed, the renderer failed): the message then goes without them.
    virtual Result<QList<MailAttachment>> attachmentsFor(const OutboxEntry &entry) = 0;
};

} // namespace kiosk
