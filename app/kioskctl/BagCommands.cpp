#include "BagCommands.h"

#include "BagTagPdf.h"
#include "CtlContext.h"
#include "InputParser.h"
#include "checkin/BagTagger.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace kiosk::ctl {

namespace {

// Refused before anything is tagged, so a PDF path that cannot be written changes nothing.
Status writableTarget(const QString &pdf)
{
    const QFileInfo target(pdf);
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir() || !folder.isWritable() || target.isDir())
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("cannot write the PDF to %1: no writable folder %2").arg(pdf, folder.filePath()));
    return Done{};
}

} // namespace

int BagCommands::run(const CommandArguments &arguments)
{
    const QString reference = arguments.positional(0);
    if (reference.trimmed().isEmpty())
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("bags needs a booking reference")));
    auto seats = InputParser::seatList(arguments.value(QStringLiteral("passenger")));
    if (!seats)
        return m_out.error(seats.error());
    if (seats->size() != 1)
        return m_out.error(makeError(ErrorCode::BadInput, QStringLiteral("bags takes one passenger: --passenger SEAT")));
    std::optional<int> count;
    if (arguments.isSet(QStringLiteral("count"))) {
        auto parsed = InputParser::integer(arguments.value(QStringLiteral("count")), QStringLiteral("--count"), 0,
                                           BagTagger::MaxBags);
        if (!parsed)
            return m_out.error(parsed.error());
        count = *parsed;
    }
    const QString pdf = arguments.value(QStringLiteral("pdf"));
    if (arguments.isSet(QStringLiteral("pdf"))) {
        if (auto writable = writableTarget(pdf); !writable)
            return m_out.error(writable.error());
    }
    auto context = CtlContext::open(m_global, CtlContext::Schema::RequireCurrent);
    if (!context)
        return m_out.error(context.error());
    BagTagger tagger((*context)->db(), (*context)->actor());
    const QString surname = arguments.value(QStringLiteral("surname"));
    auto tags = count ? tagger.declare(reference, surname, seats->first(), *count)
                      : tagger.tags(reference, surname, seats->first());
    if (!tags)
        return m_out.error(tags.error());
    QJsonObject result{{QStringLiteral("reference"), reference.trimmed().toUpper()},
                       {QStringLiteral("seat"), seats->first().toString()}};
    if (!pdf.isEmpty()) {
        if (tags->isEmpty())
            return m_out.error(makeError(ErrorCode::WrongState, QStringLiteral("the passenger in %1 has no bags to tag")
                                                                    .arg(seats->first().toString())));
        if (auto written = BagTagPdf::write(*tags, pdf); !written)
            return m_out.error(written.error());
        result.insert(QStringLiteral("pdf"), QFileInfo(pdf).absoluteFilePath());
    }
    QJsonArray list;
    QStringList plates;
    for (const BagTag &tag : std::as_const(*tags)) {
        list.append(QJsonObject{{QStringLiteral("tag"), tag.tagNumber}, {QStringLiteral("destination"), tag.flight.destination}});
        plates << tag.tagNumber;
    }
    result.insert(QStringLiteral("bags"), list);
    return m_out.result(result, plates.isEmpty()
                                    ? QStringLiteral("no bags for the passenger in %1").arg(seats->first().toString())
                                    : QStringLiteral("%1 bag(s) for the passenger in %2: %3")
                                          .arg(plates.size())
                                          .arg(seats->first().toString(), plates.join(QStringLiteral(", "))));
}

} // namespace kiosk::ctl
