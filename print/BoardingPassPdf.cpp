#include "BoardingPassPdf.h"

#include "BoardingPassLayout.h"

namespace kiosk {

PagedDocument::Render BoardingPassPdf::render(const QList<BoardingPass> &passes)
{
    return PagedDocument::pages(QPageSize(QPageSize::A4), passes.size(),
                                [passes](QPainter &painter, qsizetype page, double dotsPerMm) {
                                    const double left = (210.0 - BoardingPassLayout::PassWidthMm) / 2;
                                    return BoardingPassLayout::paint(painter, passes.at(page), QPointF(left, 12), dotsPerMm);
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

Status BoardingPassPdf::write(const QList<BoardingPass> &passes, const QString &path)
{
    auto title = titleOf(passes);
    if (!title)
        return title.error();
    return PagedDocument::writePdf(path, *title, render(passes));
}

Result<QByteArray> BoardingPassPdf::bytes(const QList<BoardingPass> &passes)
{
    auto title = titleOf(passes);
    if (!title)
        return title.error();
    return PagedDocument::pdf(*title, render(passes));
}

} // namespace kiosk
