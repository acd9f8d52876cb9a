#pragma once

#include "notify/MailAttachment.h"

namespace kiosk {

class BookingService;
class Database;

// The documents the outbox's messages carry, painted by the same code as on paper: the
// confirmation carries the receipt (ReceiptPdf, A4), the check-in message the boarding
// passes of the passengers it names, a document asked for by e-mail (documents_requested)
// that document (BoardingPassPdf, one A4 page each: printed at home). Made from the booking
// as it is at send time, acting as `service`'s actor, which must be allowed to look up any
// booking (the dispatcher's program gives it an agent's role).
class MailDocuments : public AttachmentProvider {
public:
    MailDocuments(BookingService &service, Database &db) : m_service(service), m_db(db) {}

    Result<QList<MailAttachment>> attachmentsFor(const OutboxEntry &entry) override;

private:
    Result<QList<MailAttachment>> receipt(const OutboxEntry &entry);
    Result<QList<MailAttachment>> boardingPasses(const OutboxEntry &entry);

    BookingService &m_service;
    Database &m_db;
};

} // namespace kiosk
