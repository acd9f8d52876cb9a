#pragma once

#include "PagedDocument.h"
#include "ReceiptDocument.h"

namespace kiosk {

// A receipt as a PDF on A4 or the 80 mm roll: what a kiosk without a printer (or in demo
// mode) shows and keeps, and `kioskctl receipt --pdf`. Written all or nothing through
// PagedDocument::writePdf, like boarding passes and bag tags.
class ReceiptPdf {
public:
    static constexpr int DotsPerInch = PagedDocument::PdfDotsPerInch;
    static Status write(const Receipt &receipt, ReceiptPaper paper, const QString &path);
    // The same PDF in memory (the confirmation e-mail's attachment).
    static Result<QByteArray> bytes(const Receipt &receipt, ReceiptPaper paper);
};

} // namespace kiosk
