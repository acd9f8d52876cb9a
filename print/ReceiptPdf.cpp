#include "ReceiptPdf.h"

#include <QPagedPaintDevice>

namespace kiosk {

namespace {

QString titleOf(const Receipt &receipt)
{
    return QStringLiteral("Receipt %1").arg(receipt.booking.reference);
}

PagedDocument::Render renderOf(const Receipt &receipt, ReceiptPaper paper)
{
    return [&receipt, paper](QPagedPaintDevice &device) { return ReceiptDocument::render(receipt, paper, device); };
}

} // namespace

Status ReceiptPdf::write(const Receipt &receipt, ReceiptPaper paper, const QString &path)
{
    return PagedDocument::writePdf(path, titleOf(receipt), renderOf(receipt, paper));
}

Result<QByteArray> ReceiptPdf::bytes(const Receipt &receipt, ReceiptPaper paper)
{
    return PagedDocument::pdf(titleOf(receipt), renderOf(receipt, paper));
}

} // namespace kiosk
