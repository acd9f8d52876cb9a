#pragma once

#include "PagedDocument.h"
#include "checkin/BoardingPass.h"

namespace kiosk {

// Boarding passes on paper: one A4 page per passenger with the pass at the top (the way a
// pass printed at home is folded). The same document goes to a printer (render) or a PDF
// (write: all or nothing, a path that cannot be written is BadInput naming it).
class BoardingPassPdf {
public:
    static PagedDocument::Render render(const QList<BoardingPass> &passes);
    static Status write(const QList<BoardingPass> &passes, const QString &path);
    // The same PDF in memory (the check-in e-mail's attachment).
    static Result<QByteArray> bytes(const QList<BoardingPass> &passes);
};

} // namespace kiosk
