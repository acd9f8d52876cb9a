#include "DocumentMailer.h"

#include "booking/BookingService.h"
#include "booking/ReceiptBuilder.h"
#include "checkin/CheckInService.h"
#include "domain/ContactDetails.h"
#include "storage/DocumentRequestRepository.h"

namespace kiosk {

QString DocumentMailer::documentName(DocumentMailRequest::Document document)
{
    return document == DocumentMailRequest::Document::Receipt ? QStringLiteral("receipt")
                                                              : QStringLiteral("boarding_pass");
}

Result<DocumentMailer::Proven> DocumentMailer::prove(const DocumentMailRequest &request)
{
    if (request.document == DocumentMailRequest::Document::Receipt) {
        auto receipt = ReceiptBuilder(m_service, m_db).build(request.reference);
        if (!receipt)
            return receipt.error();
        return Proven{receipt->booking.reference, {}};
    }
    auto passes = CheckInService(m_db, m_service.actor()).boardingPasses(request.reference, request.surname, request.seats);
    if (!passes)
        return passes.error();
    if (passes->isEmpty())
        return makeError(ErrorCode::WrongState,
                         tr("nobody of booking %1 is checked in, so there is no boarding pass to e-mail")
                             .arg(request.reference));
    Proven proven{passes->first().reference, {}};
    for (const BoardingPass &pass : std::as_const(*passes))
        proven.seats << pass.seat.toString();
    return proven;
}

Result<QString> DocumentMailer::maskedAddress(const DocumentMailRequest &request)
{
    auto proven = prove(request);
    if (!proven)
        return proven.error();
    auto address = DocumentRequestRepository(m_db).addressOf(proven->reference, request.surname);
    if (!address)
        return address.error();
    return ContactDetails::masked(*address);
}

Result<QString> DocumentMailer::send(const DocumentMailRequest &request)
{
    auto proven = prove(request);
    if (!proven)
        return proven.error();
    auto address = DocumentRequestRepository(m_db).request(proven->reference, request.surname,
                                                            documentName(request.document),
                                                            proven->seats, MaxPerWindow, WindowSeconds,
                                                            m_service.actor());
    if (!address)
        return address.error();
    return ContactDetails::masked(*address);
}

} // namespace kiosk
