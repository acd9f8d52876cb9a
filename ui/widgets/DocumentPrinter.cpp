#include "DocumentPrinter.h"

#include <QDateTime>
#include <QDir>
#include <QPrinter>
#include <QPrinterInfo>

namespace kiosk::ui {

Result<DocumentPrinter::Delivery> DocumentPrinter::deliver(const QString &title, const QString &fileStem,
                                                           const PagedDocument::Render &render) const
{
    if (m_printer.isEmpty())
        return saveAsPdf(title, fileStem, render, QString());
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_printer);
    if (info.isNull())
        return saveAsPdf(title, fileStem, render, tr("The printer %1 is not available.").arg(m_printer));
    if (info.state() == QPrinter::Error)
        return saveAsPdf(title, fileStem, render,
                         tr("The printer %1 reports an error (paper or connection).").arg(m_printer));
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(title);
    if (auto printed = render(printer); !printed)
        return saveAsPdf(title, fileStem, render, tr("The printer %1 failed: %2.").arg(m_printer, printed.error().message));
    Delivery delivery;
    delivery.printed = true;
    return delivery;
}

Result<DocumentPrinter::Delivery> DocumentPrinter::saveAsPdf(const QString &title, const QString &fileStem,
                                                             const PagedDocument::Render &render, const QString &problem) const
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::BadInput, QStringLiteral("cannot create the folder %1").arg(m_folder));
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("%1-%2.pdf").arg(fileStem, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
    if (auto written = PagedDocument::writePdf(path, title, render); !written)
        return written.error();
    Delivery delivery;
    delivery.pdfPath = path;
    delivery.problem = problem;
    return delivery;
}

} // namespace kiosk::ui
