#include "BoardingPassPdf.h"

#include "BoardingPassLayout.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kiosk {

Status BoardingPassPdf::write(const QList<BoardingPass> &passes, const QString &path)
{
    if (passes.isEmpty())
        return makeError(ErrorCode::BadInput, QStringLiteral("no boarding pass to write"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(DotsPerInch);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QStringLiteral("Boarding pass %1").arg(passes.first().reference));
        writer.setCreator(QStringLiteral("booking-kiosk"));
        QPainter painter(&writer);
        const double dotsPerMm = DotsPerInch / 25.4;
        const double left = (210.0 - BoardingPassLayout::PassWidthMm) / 2;
        for (qsizetype i = 0; i < passes.size(); ++i) {
            if (i > 0)
                writer.newPage();
            if (auto painted = BoardingPassLayout::paint(painter, passes.at(i), QPointF(left, 12), dotsPerMm); !painted) {
                painter.end();
                file.cancelWriting();
                return painted;
            }
        }
        painter.end();
    }
    if (!file.commit())
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace kiosk
