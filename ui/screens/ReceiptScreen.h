#pragma once

#include "ReceiptDocument.h"
#include "booking/Receipt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kiosk {
class DocumentMailer;
}

namespace kiosk::ui {

class DocumentMailButton;

// Where a terminal's receipts go (settings print/printer and print/paper).
struct ReceiptOutput {
    QString printer;        // a printer's name; empty: no printer, receipts are PDFs
    ReceiptPaper paper = ReceiptPaper::Roll80mm;
    QString documentFolder; // where the PDFs go
};

// What became of a receipt sent to the terminal's printer, in the traveller's words.
struct ReceiptDelivered {
    QString text;
    bool error = false;         // not printed as asked (the PDF stands in, or nothing was written)
    QString pdfPath;            // where the PDF went; empty when printed
    bool printerFailed = false; // a printer was asked and failed: the e-mail is the way to the receipt now
};
// Prints `receipt` on `output`'s printer, or keeps it as a PDF when there is none or it fails
// (the receipt screen's and the confirmation's Print).
ReceiptDelivered deliverReceipt(const ReceiptOutput &output, const Receipt &receipt);

// The receipt's preview and its actions: printed on the terminal's printer, or kept as a
// PDF when there is none (demo mode, no printer configured), and "E-mail it to me" when
// the booking has an address (DocumentMailButton). A printer that is missing, offline or
// fails mid-way does not lose anything: the booking is confirmed already, the receipt is
// written as a PDF instead, the screen says so and puts the e-mail forward.
class ReceiptScreen : public QWidget {
    Q_OBJECT
public:
    ReceiptScreen(ReceiptOutput output, QWidget *parent = nullptr);

    void showReceipt(const Receipt &receipt);
    QPushButton *outputButton() const { return m_output; }
    DocumentMailButton *mailButton() const { return m_mail; }
    // "E-mail it to me" through `mailer` (the kiosk's); without one it is not offered.
    void setMailer(DocumentMailer *mailer);
    QString previewText() const;
    QString message() const;
    // Where the last PDF went; empty when none was written.
    QString savedPdf() const { return m_savedPdf; }

Q_SIGNALS:
    void doneRequested();

private:
    void deliver();

    ReceiptOutput m_settings;
    Receipt m_receipt;
    QTextBrowser *m_preview;
    QLabel *m_message;
    QPushButton *m_output;
    DocumentMailButton *m_mail;
    QPushButton *m_done;
    QString m_savedPdf;
};

} // namespace kiosk::ui
