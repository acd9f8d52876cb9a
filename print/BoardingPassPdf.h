#pragma once

#include "PagedDocument.h"
#include "checkin/BoardingPass.h"

#include <QPointF>

namespace kiosk {

// What boarding passes are printed on (setting print/boarding-pass-paper, `kioskctl
// boarding-pass --paper`): an A4 page per passenger with the pass at the top (the way a pass
// printed at home is folded; e-mails carry this one), or the ATB card stock of kiosk
// boarding-pass printers (IATA: 203.2 x 82.55 mm, 8 x 3.25 inch, landscape).
enum class BoardingPassPaper { A4, Atb };

// Boarding passes on paper, one page per passenger. The same document goes to a printer
// (render) or a PDF (write: all or nothing, a path that cannot be written is BadInput
// naming it).
class BoardingPassPdf {
public:
    static constexpr double AtbWidthMm = 203.2;
    static constexpr double AtbHeightMm = 82.55;

    // "a4" or "atb" (case does not matter); anything else is BadInput naming both.
    static Result<BoardingPassPaper> parsePaper(const QString &text);
    static QString paperName(BoardingPassPaper paper);
    static QPageSize pageSize(BoardingPassPaper paper);
    // Where the pass's top left corner goes on the page, in millimetres.
    static QPointF passOrigin(BoardingPassPaper paper);

    static PagedDocument::Render render(const QList<BoardingPass> &passes, BoardingPassPaper paper);
    static Status write(const QList<BoardingPass> &passes, const QString &path, BoardingPassPaper paper);
    // The same PDF in memory (the check-in e-mail's attachment).
    static Result<QByteArray> bytes(const QList<BoardingPass> &passes, BoardingPassPaper paper);
};

} // namespace kiosk
