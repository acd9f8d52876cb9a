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

Status BoardingPassPdf::write(const QList<BoardingPass> &passes, const QString &path)
{
    if (passes.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no boarding pass to write"));
    return PagedDocument::writePdf(path, QStringLiteral("Boarding pass %1").arg(passes.first().reference), render(passes));
}

} // namespace kiosk
