#pragma once

#include "ReceiptDocument.h"

namespace kiosk {

// A receipt as a PDF on A4 or the 80 mm roll: what a kiosk without a printer (or in demo
// mode) shows and keeps, and `kioskctl receipt --pdf`. Written all or nothing: a path
// that cannot be written is BadInput naming it, and no file is left behind.
class ReceiptPdf {
public:
    static constexpr int DotsPerInch = 300;
    static Status write(const Receipt &receipt, ReceiptPaper paper, const QString &path);
};

} // namespace kiosk
