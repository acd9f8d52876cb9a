#include "ReceiptPdf.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace kiosk {

Status ReceiptPdf::write(const Receipt &receipt, ReceiptPaper paper, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(DotsPerInch);
        writer.setTitle(QStringLiteral("Receipt %1").arg(receipt.booking.reference));
        writer.setCreator(QStringLiteral("booking-kiosk"));
        if (auto rendered = ReceiptDocument::render(receipt, paper, writer); !rendered) {
            file.cancelWriting();
            return rendered;
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot write the PDF to %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace kiosk
