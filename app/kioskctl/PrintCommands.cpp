#include "PrintCommands.h"

#include "BoardingPassPdf.h"
#include "CtlContext.h"
#include "InputParser.h"
#include "checkin/CheckInService.h"
#include "notify/DocumentMailer.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cstring>

namespace kiosk::ctl {

bool PrintCommands::paints(int argc, char **argv)
{
    bool outbox = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "boarding-pass") == 0 || std::strcmp(argv[i], "bags") == 0
            || std::strcmp(argv[i], "receipt") == 0)
            return true;
        // The dispatcher attaches receipts and boarding passes to its messages.
        if (outbox && std::strcmp(argv[i], "run") == 0)
            return true;
        outbox = outbox || std::strcmp(argv[i], "outbox") == 0;
    }
    return false;
}

int PrintCommands::boardingPass(const CommandArguments &arguments)
{
    auto reference = InputParser::booking(arguments.positional(0));
    if (!reference)
        return m_out.error(reference.error());
    const QString pdf = arguments.value(QStringLiteral("pdf"));
    const bool email = arguments.isSet(QStringLiteral("email"));
    if (pdf.trimmed().isEmpty() && !email)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("boarding-pass needs --pdf FILE or --email")));
    BoardingPassPaper paper = BoardingPassPaper::A4;
    if (arguments.isSet(QStringLiteral("paper"))) {
        auto chosen = BoardingPassPdf::parsePaper(arguments.value(QStringLiteral("paper")));
        if (!chosen)
            return m_out.error(chosen.error());
        paper = *chosen;
    }
    auto seats = InputParser::seatListIfGiven(arguments.isSet(QStringLiteral("passenger")),
                                              arguments.value(QStringLiteral("passenger")));
    if (!seats)
        return m_out.error(seats.error());
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    CheckInService checkIns((*context)->db(), (*context)->actor());
    auto passes = checkIns.boardingPasses(*reference, arguments.value(QStringLiteral("surname")), *seats);
    if (!passes)
        return m_out.error(passes.error());
    QJsonArray seatList;
    for (const BoardingPass &pass : std::as_const(*passes))
        seatList.append(pass.seat.toString());
    QJsonObject result{{QStringLiteral("reference"), *reference}, {QStringLiteral("seats"), seatList}};
    QStringList said;
    if (!pdf.trimmed().isEmpty()) {
        if (auto written = BoardingPassPdf::write(*passes, pdf, paper); !written)
            return m_out.error(written.error());
        const QString file = QFileInfo(pdf).absoluteFilePath();
        result.insert(QStringLiteral("pdf"), file);
        result.insert(QStringLiteral("pages"), int(passes->size()));
        result.insert(QStringLiteral("paper"), BoardingPassPdf::paperName(paper));
        said << QStringLiteral("wrote %1 boarding pass(es) of %2 to %3").arg(passes->size()).arg(*reference, file);
    }
    if (email) {
        DocumentMailRequest request;
        request.document = DocumentMailRequest::Document::BoardingPasses;
        request.reference = *reference;
        request.surname = arguments.value(QStringLiteral("surname"));
        request.seats = *seats;
        auto sent = DocumentMailer((*context)->service(), (*context)->db()).send(request);
        if (!sent)
            return m_out.error(sent.error());
        result.insert(QStringLiteral("emailed_to"), *sent);
        said << QStringLiteral("queued %1 boarding pass(es) of %2 for e-mail to %3").arg(passes->size()).arg(*reference, *sent);
    }
    return m_out.result(result, said.join(QLatin1Char('\n')));
}

} // namespace kiosk::ctl
