#pragma once

#include "ReceiptDocument.h"
#include "booking/Receipt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace kiosk::ui {

// Where a terminal's receipts go (settings print/printer and print/paper).
struct ReceiptOutput {
    QString printer;        // a printer's name; empty: no printer, receipts are PDFs
    ReceiptPaper paper = ReceiptPaper::Roll80mm;
    QString documentFolder; // where the PDFs go
};

// The receipt's preview and its one action: printed on the terminal's printer, or kept
// as a PDF when there is none (demo mode, no printer configured). A printer that is
// missing, offline or fails mid-way does not lose anything: the booking is confirmed
// already, the receipt is written as a PDF instead and the screen says so.
class ReceiptScreen : public QWidget {
    Q_OBJECT
public:
    ReceiptScreen(ReceiptOutput output, QWidget *parent = nullptr);

    void showReceipt(const Receipt &receipt);
    QPushButton *outputButton() const { return m_output; }
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
    QString m_savedPdf;
};

} // namespace kiosk::ui
