#include "ReceiptPdf.h"

#include <QPagedPaintDevice>

namespace kiosk {

Status ReceiptPdf::write(const Receipt &receipt, ReceiptPaper paper, const QString &path)
{
    return PagedDocument::writePdf(path, QStringLiteral("Receipt %1").arg(receipt.booking.reference),
                                   [&receipt, paper](QPagedPaintDevice &device) {
                                       return ReceiptDocument::render(receipt, paper, device);
                                   });
}

} // namespace kiosk
