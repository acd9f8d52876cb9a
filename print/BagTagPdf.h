#pragma once

#include "PagedDocument.h"
#include "checkin/BagTag.h"

#include <QCoreApplication>

#include <QPointF>

class QPainter;

namespace kiosk {

// Bag tags: one page per bag, the tag as a strip of TagWidthMm x TagHeightMm (the width of
// real tag stock) with the destination in large letters, flight, date, name, the licence
// plate in words and as Interleaved 2 of 5 (libzint). The same document goes to the
// terminal's printer (render) or a PDF (write, all or nothing, like BoardingPassPdf).
class BagTagPdf {
    Q_DECLARE_TR_FUNCTIONS(BagTagPdf) // the words on the paper are in the terminal's language

public:
    static constexpr double TagWidthMm = 54.0;
    static constexpr double TagHeightMm = 200.0;
    // The printed X-dimension of the licence plate's bars: narrow enough that the strip leaves
    // Interleaved 2 of 5 its quiet zone of 10 modules on each side.
    static constexpr double ModuleWidthMm = 0.4;
    static constexpr int DotsPerInch = PagedDocument::PdfDotsPerInch;

    static PagedDocument::Render render(const QList<BagTag> &tags);
    static Status write(const QList<BagTag> &tags, const QString &path);
    static Status paint(QPainter &painter, const BagTag &tag, QPointF topLeftMm, double dotsPerMm);
};

} // namespace kiosk
