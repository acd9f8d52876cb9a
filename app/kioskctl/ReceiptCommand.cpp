#include "ReceiptCommand.h"

#include "CtlContext.h"
#include "InputParser.h"
#include "ReceiptPdf.h"
#include "booking/ReceiptBuilder.h"

#include <QFileInfo>

namespace kiosk::ctl {

bool ReceiptCommand::handles(const QString &command)
{
    return command == QLatin1String("receipt");
}

int ReceiptCommand::run(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    const QString pdf = arguments.value(QStringLiteral("pdf"));
    if (pdf.trimmed().isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("receipt needs --pdf FILE")));
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
    if (auto written = ReceiptPdf::write(*receipt, *paper, pdf); !written)
        return m_out.error(written.error());
    const QString file = QFileInfo(pdf).absoluteFilePath();
    return m_out.result(QJsonObject{{QStringLiteral("reference"), receipt->booking.reference},
                                    {QStringLiteral("pdf"), file},
                                    {QStringLiteral("total"), receipt->booking.total.toString()},
                                    {QStringLiteral("paper"), *paper == ReceiptPaper::A4 ? QStringLiteral("a4")
                                                                                          : QStringLiteral("80mm")}},
                        QStringLiteral("wrote the receipt of %1 to %2").arg(receipt->booking.reference, file));
}

} // namespace kiosk::ctl
