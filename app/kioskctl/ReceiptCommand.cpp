#include "ReceiptCommand.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "ReceiptPdf.h"
#include "booking/ReceiptBuilder.h"
#include "notify/DocumentMailer.h"

#include <QFileInfo>

namespace kiosk::ctl {

int ReceiptCommand::run(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    const QString pdf = arguments.value(QStringLiteral("pdf"));
    const bool email = arguments.isSet(QStringLiteral("email"));
    if (pdf.trimmed().isEmpty() && !email)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("receipt needs --pdf FILE or --email")));
    auto paper = ReceiptDocument::parsePaper(arguments.isSet(QStringLiteral("paper")) ? arguments.value(QStringLiteral("paper"))
                                                                                         : QStringLiteral("a4"));
    if (!paper)
        return m_out.error(paper.error());
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    auto receipt = ReceiptBuilder((*context)->service(), (*context)->db()).build(*reference);
    if (!receipt)
        return m_out.error(receipt.error());
    QJsonObject result{{QStringLiteral("reference"), receipt->booking.reference},
                       {QStringLiteral("total"), receipt->booking.total.toString()}};
    QStringList said;
    if (!pdf.trimmed().isEmpty()) {
        if (auto written = ReceiptPdf::write(*receipt, *paper, pdf); !written)
            return m_out.error(written.error());
        const QString file = QFileInfo(pdf).absoluteFilePath();
        result.insert(QStringLiteral("pdf"), file);
        result.insert(QStringLiteral("paper"), *paper == ReceiptPaper::A4 ? QStringLiteral("a4") : QStringLiteral("80mm"));
        said << QStringLiteral("wrote the receipt of %1 to %2").arg(receipt->booking.reference, file);
    }
    if (email) {
        DocumentMailRequest request;
        request.document = DocumentMailRequest::Document::Receipt;
        request.reference = receipt->booking.reference;
        auto sent = DocumentMailer((*context)->service(), (*context)->db()).send(request);
        if (!sent)
            return m_out.error(sent.error());
        result.insert(QStringLiteral("emailed_to"), *sent);
        said << QStringLiteral("queued the receipt of %1 for e-mail to %2").arg(receipt->booking.reference, *sent);
    }
    return m_out.result(result, said.join(QLatin1Char('\n')));
}

} // namespace kiosk::ctl
