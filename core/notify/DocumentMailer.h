#pragma once

#include "domain/Result.h"
#include "domain/SeatCode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiosk {

class BookingService;
class Database;

// A traveller's "E-mail it to me" on the kiosk's receipt or boarding pass screen (and
// `kioskctl receipt|boarding-pass REF --email`).
struct DocumentMailRequest {
    enum class Document { Receipt, BoardingPasses };
    Document document = Document::Receipt;
    QString reference;
    QString surname;       // boarding passes: a passenger's surname or booked name; agents may leave it out
    QList<SeatCode> seats; // boarding passes: whose; empty: all of the booking's (each must be checked in)
};

// Queues a document of a booking as an outbox message (kind documents_requested), which the
// dispatcher sends with the document attached (print/MailDocuments, as for the confirmation
// and the check-in messages). The rules, once for every front end:
//   - the booking is proven as for the document itself: the receipt as ReceiptBuilder shows
//     it (a kiosk its own bookings, agents and up any; a paid booking), boarding passes as
//     CheckInService prints them again (reference and surname, checked-in passengers);
//   - the message goes to the booking's stored contact address only: no address is taken
//     from the caller, so a kiosk cannot send someone's documents elsewhere;
//   - the same document of the same booking at most MaxPerWindow times per WindowSeconds.
// Refusals change nothing: NotFound (unknown reference), WrongState (no address: detail
// "no_address"; a booking never paid; nobody checked in), LimitReached.
class DocumentMailer {
    Q_DECLARE_TR_FUNCTIONS(DocumentMailer)
public:
    static constexpr int MaxPerWindow = 3;
    static constexpr int WindowSeconds = 3600;

    DocumentMailer(BookingService &service, Database &db) : m_service(service), m_db(db) {}

    // Where the document would go, masked (ContactDetails::masked); empty when the booking
    // has no address: what the screens show, and whether they offer the e-mail at all.
    Result<QString> maskedAddress(const DocumentMailRequest &request);
    // Queues the message; returns the masked address it goes to.
    Result<QString> send(const DocumentMailRequest &request);

    // "receipt", "boarding_pass": the document's name in the database and the message.
    static QString documentName(DocumentMailRequest::Document document);

private:
    struct Proven {
        QString reference;
        QStringList seats;
    };
    Result<Proven> prove(const DocumentMailRequest &request);

    BookingService &m_service;
    Database &m_db;
};

} // namespace kiosk
