#include "ReceiptScreen.h"

#include "ReceiptDocument.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/DocumentPrinter.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QLabel>
#include <QPagedPaintDevice>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace kiosk::ui {

ReceiptScreen::ReceiptScreen(ReceiptOutput output, QWidget *parent) : QWidget(parent), m_settings(std::move(output))
{
    setObjectName(QStringLiteral("receiptScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    auto *title = new QLabel(tr("Your receipt"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setAccessibleName(tr("Receipt preview"));
    layout->addWidget(m_preview, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    m_output = new QPushButton(m_settings.printer.isEmpty() ? tr("Save as PDF") : tr("Print receipt"), this);
    m_output->setObjectName(QStringLiteral("receiptOutput"));
    m_mail = new DocumentMailButton(this);
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("receiptDone"));
    m_done->setDefault(true);
    for (QPushButton *button : {m_output, m_done})
        button->setMinimumSize(240, 72);
    connect(m_output, &QPushButton::clicked, this, &ReceiptScreen::deliver);
    connect(m_done, &QPushButton::clicked, this, &ReceiptScreen::doneRequested);
    connect(m_mail, &DocumentMailButton::reported, this,
            [this](const QString &text, bool error) { showLabelMessage(m_message, text, error); });
    buttons->addStretch();
    buttons->addWidget(m_mail);
    buttons->addWidget(m_output);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
}

void ReceiptScreen::setMailer(DocumentMailer *mailer)
{
    m_mail->setMailer(mailer);
}

void ReceiptScreen::showReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_savedPdf.clear();
    m_preview->setHtml(ReceiptDocument::html(receipt, m_settings.paper));
    showLabelMessage(m_message, QString(), false);
    DocumentMailRequest request;
    request.document = DocumentMailRequest::Document::Receipt;
    request.reference = receipt.booking.reference;
    m_mail->offer(request);
    m_done->setDefault(true);
}

QString ReceiptScreen::previewText() const
{
    return m_preview->toPlainText();
}

QString ReceiptScreen::message() const
{
    return m_message->text();
}

ReceiptDelivered deliverReceipt(const ReceiptOutput &output, const Receipt &receipt)
{
    const DocumentPrinter printer(output.printer, QDir(output.documentFolder).filePath(QStringLiteral("receipts")));
    const ReceiptPaper paper = output.paper;
    auto delivered = printer.deliver(ReceiptScreen::tr("Receipt %1").arg(receipt.booking.reference),
                                     QStringLiteral("receipt-%1").arg(receipt.booking.reference),
                                     [receipt, paper](QPagedPaintDevice &device) {
                                         return ReceiptDocument::render(receipt, paper, device);
                                     });
    if (!delivered)
        return ReceiptDelivered{sentence(delivered.error().message), true, QString(), false};
    if (delivered->printed)
        return ReceiptDelivered{ReceiptScreen::tr("Your receipt is printing. Please take it from the printer."), false,
                                QString(), false};
    // The sale is never lost to a printer: say so before where the receipt went.
    const QString problem = delivered->problem;
    const QString prefix = problem.isEmpty()
        ? QString()
        : problem + QLatin1Char(' ') + ReceiptScreen::tr("Your booking is confirmed.") + QLatin1Char(' ');
    return ReceiptDelivered{
        prefix + ReceiptScreen::tr("Your receipt was saved as %1").arg(QDir::toNativeSeparators(delivered->pdfPath)),
        !problem.isEmpty(), delivered->pdfPath, !problem.isEmpty()};
}

void ReceiptScreen::deliver()
{
    const ReceiptDelivered delivered = deliverReceipt(m_settings, m_receipt);
    m_savedPdf = delivered.pdfPath;
    QString text = delivered.text;
    // Nothing to take away from the kiosk: the e-mail is the traveller's way to the receipt now.
    if (delivered.printerFailed && !m_mail->maskedAddress().isEmpty()) {
        m_done->setDefault(false);
        m_mail->putForward(true);
        text += QStringLiteral(". ") + tr("Touch “E-mail it to me” to have it sent to %1.").arg(m_mail->maskedAddress());
    }
    showLabelMessage(m_message, text, delivered.error);
}

} // namespace kiosk::ui
