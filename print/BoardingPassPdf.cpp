#include "BoardingPassPdf.h"

#include "BoardingPassLayout.h"

namespace kiosk {

Result<BoardingPassPaper> BoardingPassPdf::parsePaper(const QString &text)
{
    for (BoardingPassPaper paper : {BoardingPassPaper::A4, BoardingPassPaper::Atb}) {
        if (text.trimmed().compare(paperName(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("'%1' is not a boarding pass paper: use a4 or atb (203.2 x 82.55 mm card)").arg(text));
}

QString BoardingPassPdf::paperName(BoardingPassPaper paper)
{
    return paper == BoardingPassPaper::Atb ? QStringLiteral("atb") : QStringLiteral("a4");
}

QPageSize BoardingPassPdf::pageSize(BoardingPassPaper paper)
{
    if (paper == BoardingPassPaper::Atb)
        return QPageSize(QSizeF(AtbWidthMm, AtbHeightMm), QPageSize::Millimeter, QStringLiteral("ATB"),
                         QPageSize::ExactMatch);
    return QPageSize(QPageSize::A4);
}

QPointF BoardingPassPdf::passOrigin(BoardingPassPaper paper)
{
    // The pass centred across the page; on the card centred both ways, on A4 at the top.
    const double pageWidth = paper == BoardingPassPaper::Atb ? AtbWidthMm : 210.0;
    const double top = paper == BoardingPassPaper::Atb ? (AtbHeightMm - BoardingPassLayout::PassHeightMm) / 2 : 12.0;
    return {(pageWidth - BoardingPassLayout::PassWidthMm) / 2, top};
}

PagedDocument::Render BoardingPassPdf::render(const QList<BoardingPass> &passes, BoardingPassPaper paper)
{
    return PagedDocument::pages(pageSize(paper), passes.size(),
                                [passes, origin = passOrigin(paper)](QPainter &painter, qsizetype page, double dotsPerMm) {
                                    return BoardingPassLayout::paint(painter, passes.at(page), origin, dotsPerMm);
                                });
}

namespace {

Result<QString> titleOf(const QList<BoardingPass> &passes)
{
    if (passes.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no boarding pass to write"));
    return QStringLiteral("Boarding pass %1").arg(passes.first().reference);
}

} // namespace

Status BoardingPassPdf::write(const QList<BoardingPass> &passes, const QString &path, BoardingPassPaper paper)
{
    auto title = titleOf(passes);
    if (!title)
        return title.error();
    return PagedDocument::writePdf(path, *title, render(passes, paper));
}

Result<QByteArray> BoardingPassPdf::bytes(const QList<BoardingPass> &passes, BoardingPassPaper paper)
{
    auto title = titleOf(passes);
    if (!title)
        return title.error();
    return PagedDocument::pdf(*title, render(passes, paper));
}

} // namespace kiosk
