#include "ReceiptScreen.h"

#include "ReceiptPdf.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QLabel>
#include <QPrinter>
#include <QPrinterInfo>
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
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("receiptDone"));
    done->setDefault(true);
    for (QPushButton *button : {m_output, done})
        button->setMinimumSize(240, 72);
    connect(m_output, &QPushButton::clicked, this, &ReceiptScreen::deliver);
    connect(done, &QPushButton::clicked, this, &ReceiptScreen::doneRequested);
    buttons->addStretch();
    buttons->addWidget(m_output);
    buttons->addWidget(done);
    layout->addLayout(buttons);
}

void ReceiptScreen::showReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_savedPdf.clear();
    m_preview->setHtml(ReceiptDocument::html(receipt, m_settings.paper));
    showLabelMessage(m_message, QString(), false);
}

QString ReceiptScreen::previewText() const
{
    return m_preview->toPlainText();
}

QString ReceiptScreen::message() const
{
    return m_message->text();
}

void ReceiptScreen::deliver()
{
    if (m_settings.printer.isEmpty())
        return saveAsPdf(QString());
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_settings.printer);
    if (info.isNull())
        return saveAsPdf(tr("The receipt printer %1 is not available.").arg(m_settings.printer));
    if (info.state() == QPrinter::Error)
        return saveAsPdf(tr("The receipt printer %1 reports an error (paper or connection).").arg(m_settings.printer));
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(tr("Receipt %1").arg(m_receipt.booking.reference));
    if (auto printed = ReceiptDocument::render(m_receipt, m_settings.paper, printer); !printed)
        return saveAsPdf(tr("The receipt could not be printed: %1.").arg(printed.error().message));
    showLabelMessage(m_message, tr("Your receipt is printing. Please take it from the printer."), false);
}

void ReceiptScreen::saveAsPdf(const QString &why)
{
    const QString folder = QDir(m_settings.documentFolder).filePath(QStringLiteral("receipts"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("receipt-%1-%2.pdf")
                                                   .arg(m_receipt.booking.reference,
                                                        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
    auto written = ReceiptPdf::write(m_receipt, m_settings.paper, path);
    const QString prefix = why.isEmpty() ? QString() : why + QLatin1Char(' ') + tr("Your booking is confirmed.") + QLatin1Char(' ');
    if (!written)
        return showLabelMessage(m_message, prefix + sentence(written.error().message), true);
    m_savedPdf = path;
    showLabelMessage(m_message, prefix + tr("Your receipt was saved as %1").arg(QDir::toNativeSeparators(path)),
                     !why.isEmpty());
}

} // namespace kiosk::ui
