#pragma once

#include "BoardingPassPdf.h"
#include "PagedDocument.h"

#include <QCoreApplication>
#include <QString>

namespace kiosk::ui {

// Where a terminal's documents (receipts, boarding passes, bag tags) go: the printer named
// in the setting print/printer, or — none configured (demo mode), missing, reporting an
// error, or failing mid-way — a PDF in a folder, so a printer never loses a traveller's
// document. The page setup is the document's own (PagedDocument), the same for both.
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    struct Delivery {
        bool printed = false;
        QString pdfPath;  // where the PDF went when it was not printed
        QString problem;  // why a configured printer was not used; empty otherwise
    };

    DocumentPrinter(QString printer, QString folder, BoardingPassPaper boardingPassPaper = BoardingPassPaper::A4)
        : m_printer(std::move(printer)), m_folder(std::move(folder)), m_boardingPassPaper(boardingPassPaper)
    {
    }

    bool hasPrinter() const { return !m_printer.isEmpty(); }
    // The same printer, its PDFs in `subfolder` of this one's folder ("boarding-passes").
    DocumentPrinter inFolder(const QString &subfolder) const
    {
        return DocumentPrinter(m_printer, m_folder + QLatin1Char('/') + subfolder, m_boardingPassPaper);
    }
    const QString &printer() const { return m_printer; }
    // The stock its boarding passes go on (setting print/boarding-pass-paper): A4 or ATB cards.
    BoardingPassPaper boardingPassPaper() const { return m_boardingPassPaper; }

    // Prints `render` as `title`, or writes it as <folder>/<fileStem>-<UTC time>.pdf; an
    // error only when even the PDF cannot be written.
    Result<Delivery> deliver(const QString &title, const QString &fileStem, const PagedDocument::Render &render) const;

private:
    Result<Delivery> saveAsPdf(const QString &title, const QString &fileStem, const PagedDocument::Render &render,
                               const QString &problem) const;

    QString m_printer;
    QString m_folder;
    BoardingPassPaper m_boardingPassPaper;
};

} // namespace kiosk::ui
