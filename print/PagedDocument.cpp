#include "PagedDocument.h"

#include <QPageLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace kiosk {

PagedDocument::Render PagedDocument::pages(const QPageSize &pageSize, qsizetype pageCount, PagePainter paintPage)
{
    return [pageSize, pageCount, paintPage = std::move(paintPage)](QPagedPaintDevice &device) -> Status {
        if (pageCount < 1)
            return makeError(ErrorCode::BadInput, QStringLiteral("nothing to print"));
        if (!device.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
            return makeError(ErrorCode::Internal, QStringLiteral("the device does not take a page of %1")
                                                      .arg(pageSize.name()));
        QPainter painter;
        if (!painter.begin(&device))
            return makeError(ErrorCode::WrongState, QStringLiteral("the printer or file did not start the document"));
        // A printer's resolution is its own; a PDF's is PdfDotsPerInch.
        const double dotsPerMm = device.logicalDpiX() / 25.4;
        for (qsizetype page = 0; page < pageCount; ++page) {
            if (page > 0 && !device.newPage()) {
                painter.end();
                return makeError(ErrorCode::WrongState, QStringLiteral("the printer or file refused page %1").arg(page + 1));
            }
            if (auto painted = paintPage(painter, page, dotsPerMm); !painted) {
                painter.end();
                return painted;
            }
        }
        if (!painter.end())
            return makeError(ErrorCode::WrongState, QStringLiteral("the printer or file did not finish the document"));
        return Done{};
    };
}

namespace {

// The one way a document becomes a PDF, to a file or to memory.
Status renderPdf(QIODevice &out, const QString &title, const PagedDocument::Render &render)
{
    QPdfWriter writer(&out);
    writer.setResolution(PagedDocument::PdfDotsPerInch);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("booking-kiosk"));
    return render(writer);
}

} // namespace

Status PagedDocument::writePdf(const QString &path, const QString &title, const Render &render)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    if (auto rendered = renderPdf(file, title, render); !rendered) {
        file.cancelWriting();
        return rendered;
    }
    if (!file.commit())
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    return Done{};
}

Result<QByteArray> PagedDocument::pdf(const QString &title, const Render &render)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot open a buffer for the PDF"));
    if (auto rendered = renderPdf(buffer, title, render); !rendered)
        return rendered.error();
    buffer.close();
    return bytes;
}

} // namespace kiosk
