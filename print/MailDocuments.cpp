#include "MailDocuments.h"

#include "BoardingPassPdf.h"
#include "ReceiptPdf.h"
#include "booking/BookingService.h"
#include "booking/ReceiptBuilder.h"
#include "checkin/CheckInService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kiosk {

namespace {

const QByteArray Pdf = QByteArrayLiteral("application/pdf");

} // namespace

Result<QList<MailAttachment>> MailDocuments::attachmentsFor(const OutboxEntry &entry)
{
    if (entry.kind == QLatin1String("booking_confirmed"))
        return receipt(entry);
    if (entry.kind == QLatin1String("booking_checked_in"))
        return boardingPasses(entry);
    // A document asked for by e-mail (DocumentMailer): the same documents, made the same way.
    if (entry.kind == QLatin1String("documents_requested")) {
        const QString document = QJsonDocument::fromJson(entry.details.toUtf8()).object().value(QLatin1String("document")).toString();
        return document == QLatin1String("receipt") ? receipt(entry) : boardingPasses(entry);
    }
    return QList<MailAttachment>();
}

Result<QList<MailAttachment>> MailDocuments::receipt(const OutboxEntry &entry)
{
    auto built = ReceiptBuilder(m_service, m_db).build(entry.reference);
    if (!built)
        return built.error();
    auto pdf = ReceiptPdf::bytes(*built, ReceiptPaper::A4);
    if (!pdf)
        return pdf.error();
    return QList<MailAttachment>{{QStringLiteral("receipt-%1.pdf").arg(entry.reference), Pdf, *pdf}};
}

Result<QList<MailAttachment>> MailDocuments::boardingPasses(const OutboxEntry &entry)
{
    // The passengers this check-in named, not whoever of the booking is checked in by now.
    const QJsonArray passengers =
        QJsonDocument::fromJson(entry.details.toUtf8()).object().value(QLatin1String("passengers")).toArray();
    QList<SeatCode> seats;
    for (const QJsonValue &passenger : passengers) {
        if (auto seat = SeatCode::parse(passenger[QLatin1String("seat")].toString()))
            seats << *seat;
    }
    if (seats.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("outbox message %1 names no passenger").arg(entry.id));
    // A booked name proves its own booking, whatever the actor's role.
    const QString name = passengers.first()[QLatin1String("name")].toString();
    auto passes = CheckInService(m_db, m_service.actor()).boardingPasses(entry.reference, name, seats);
    if (!passes)
        return passes.error();
    auto pdf = BoardingPassPdf::bytes(*passes, BoardingPassPaper::A4);
    if (!pdf)
        return pdf.error();
    return QList<MailAttachment>{{QStringLiteral("boarding-pass-%1.pdf").arg(entry.reference), Pdf, *pdf}};
}

} // namespace kiosk
