#pragma once

#include "domain/Result.h"

#include <QPageSize>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace kiosk {

// A document of pages painted in millimetres (boarding passes, bag tags, receipts), and
// the one way it reaches paper or a PDF: the page is set up here (size, no margins: the
// layouts keep their own), every page painted in turn on a QPrinter or a QPdfWriter.
class PagedDocument {
public:
    static constexpr int PdfDotsPerInch = 300;

    // Sets the device's page up and paints the pages; `dotsPerMm` is the device's.
    using Render = std::function<Status(QPagedPaintDevice &device)>;
    using PagePainter = std::function<Status(QPainter &painter, qsizetype page, double dotsPerMm)>;

    // `pageCount` pages of `pageSize`, each painted by `paintPage`.
    static Render pages(const QPageSize &pageSize, qsizetype pageCount, PagePainter paintPage);

    // The document as a PDF at `path`, all or nothing: a path that cannot be written is
    // BadInput naming it, and a failed render leaves no file behind.
    static Status writePdf(const QString &path, const QString &title, const Render &render);
    // The same document as PDF bytes in memory (an e-mail's attachment).
    static Result<QByteArray> pdf(const QString &title, const Render &render);
};

} // namespace kiosk
