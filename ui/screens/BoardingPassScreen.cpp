#include "BoardingPassScreen.h"

#include "BoardingPassPdf.h"
#include "checkin/BarcodeSymbol.h"
#include "widgets/BarcodeWidget.h"
#include "widgets/DocumentMailButton.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kiosk::ui {

BoardingPassScreen::BoardingPassScreen(DocumentPrinter printer, ScreenBarcode::Symbology symbology, QWidget *parent)
    : QWidget(parent), m_printer(std::move(printer)), m_symbology(symbology)
{
    setObjectName(QStringLiteral("boardingPassScreen"));
    auto *layout = new QVBoxLayout(this);
    // The title with the way between the party's passes; the document's actions below.
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    header->addWidget(m_title);
    header->addStretch();
    layout->addLayout(header);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("boardingPassDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    layout->addWidget(m_details);
    m_barcode = new BarcodeWidget(this);
    m_barcode->setObjectName(QStringLiteral("boardingPassBarcode"));
    m_barcode->setAccessibleName(tr("Boarding pass barcode"));
    layout->addWidget(m_barcode, 1);
    m_saved = new QLabel(this);
    m_saved->setWordWrap(true);
    layout->addWidget(m_saved);

    auto *buttons = new QHBoxLayout;
    m_previous = new QPushButton(tr("Previous passenger"), this);
    m_next = new QPushButton(tr("Next passenger"), this);
    m_save = new QPushButton(m_printer.hasPrinter() ? tr("Print boarding pass") : tr("Save as PDF"), this);
    m_save->setObjectName(QStringLiteral("boardingPassSave"));
    m_bags = new QPushButton(tr("Add checked bags"), this);
    m_bags->setObjectName(QStringLiteral("boardingPassBags"));
    connect(m_bags, &QPushButton::clicked, this, [this] { Q_EMIT bagsRequested(m_passes); });
    m_mail = new DocumentMailButton(this);
    connect(m_mail, &DocumentMailButton::reported, this,
            [this](const QString &text, bool error) { showLabelMessage(m_saved, text, error); });
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("boardingPassDone"));
    m_done->setDefault(true);
    m_saved->setObjectName(QStringLiteral("boardingPassMessage"));
    for (QPushButton *button : {m_previous, m_next, m_bags, m_save, m_done})
        button->setMinimumSize(200, 64);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        --m_index;
        showCurrent();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_index;
        showCurrent();
    });
    connect(m_save, &QPushButton::clicked, this, &BoardingPassScreen::save);
    connect(m_done, &QPushButton::clicked, this, &BoardingPassScreen::doneRequested);
    header->addWidget(m_previous);
    header->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(m_bags);
    buttons->addWidget(m_mail);
    buttons->addWidget(m_save);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
}

void BoardingPassScreen::setMailer(DocumentMailer *mailer)
{
    m_mail->setMailer(mailer);
}

void BoardingPassScreen::showPasses(const QList<BoardingPass> &passes)
{
    m_passes = passes;
    m_index = 0;
    showLabelMessage(m_saved, QString(), false);
    showCurrent();
    m_done->setDefault(true);
    if (passes.isEmpty())
        return;
    // The passes on screen, proven by a booked name as the check-in proved them.
    DocumentMailRequest request;
    request.document = DocumentMailRequest::Document::BoardingPasses;
    request.reference = passes.first().reference;
    request.surname = passes.first().passengerName;
    for (const BoardingPass &pass : passes)
        request.seats << pass.seat;
    m_mail->offer(request);
}

QString BoardingPassScreen::details() const
{
    return m_details->text();
}

QString BoardingPassScreen::savedMessage() const
{
    return m_saved->text();
}

void BoardingPassScreen::showCurrent()
{
    if (m_passes.isEmpty())
        return;
    m_index = qBound(0, m_index, int(m_passes.size()) - 1);
    const BoardingPass &pass = m_passes.at(m_index);
    m_title->setText(tr("Boarding pass %1 of %2").arg(m_index + 1).arg(m_passes.size()));
    const QTimeZone zone(pass.originTimeZone.toUtf8());
    const QDateTime departs = zone.isValid() ? pass.flight.departureUtc.toTimeZone(zone) : pass.flight.departureUtc;
    m_details->setText(tr("<b style='font-size:28px'>%1</b><br>Flight <b>%2</b> · %3 → %4 · departs %5<br>"
                          "Seat <b style='font-size:28px'>%6</b> · boarding number <b>%7</b>")
                           .arg(pass.bcbpName.toHtmlEscaped(), pass.flight.designator(), pass.flight.origin,
                                pass.flight.destination, QLocale().toString(departs, QLocale::ShortFormat),
                                pass.seat.toString())
                           .arg(pass.sequence));
    auto symbol = ScreenBarcode::encode(m_symbology, pass.bcbp);
    m_barcode->setSymbol(symbol ? std::optional<BarcodeSymbol>(*symbol) : std::nullopt);
    m_previous->setVisible(m_passes.size() > 1);
    m_next->setVisible(m_passes.size() > 1);
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < m_passes.size());
}

void BoardingPassScreen::save()
{
    if (m_passes.isEmpty())
        return;
    const QString reference = m_passes.first().reference;
    auto delivered = m_printer.deliver(tr("Boarding pass %1").arg(reference), QStringLiteral("boarding-pass-%1").arg(reference),
                                       BoardingPassPdf::render(m_passes, m_printer.boardingPassPaper()));
    if (!delivered)
        return showLabelMessage(m_saved, sentence(delivered.error().message), true);
    if (delivered->printed)
        return showLabelMessage(m_saved, tr("Your boarding pass is printing. Please take it from the printer."), false);
    const QString saved = tr("Saved as %1").arg(QDir::toNativeSeparators(delivered->pdfPath));
    if (delivered->problem.isEmpty())
        return showLabelMessage(m_saved, saved, false);
    QString text = delivered->problem + QLatin1Char(' ') + saved;
    // Nothing to take to the gate from the kiosk: the e-mail is the traveller's way to the passes now.
    if (!m_mail->maskedAddress().isEmpty()) {
        m_done->setDefault(false);
        m_mail->putForward(true);
        text += QStringLiteral(". ") + tr("Touch “E-mail it to me” to have them sent to %1.").arg(m_mail->maskedAddress());
    }
    showLabelMessage(m_saved, text, true);
}

} // namespace kiosk::ui
