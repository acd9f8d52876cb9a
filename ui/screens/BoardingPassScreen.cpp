#include "BoardingPassScreen.h"

#include "BoardingPassPdf.h"
#include "checkin/BarcodeSymbol.h"
#include "widgets/BarcodeWidget.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kiosk::ui {

BoardingPassScreen::BoardingPassScreen(QString documentFolder, QWidget *parent)
    : QWidget(parent), m_folder(std::move(documentFolder))
{
    setObjectName(QStringLiteral("boardingPassScreen"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(m_title);
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
    m_save = new QPushButton(tr("Save as PDF"), this);
    m_save->setObjectName(QStringLiteral("boardingPassSave"));
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("boardingPassDone"));
    done->setDefault(true);
    for (QPushButton *button : {m_previous, m_next, m_save, done})
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
    connect(done, &QPushButton::clicked, this, &BoardingPassScreen::doneRequested);
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(done);
    layout->addLayout(buttons);
}

void BoardingPassScreen::showPasses(const QList<BoardingPass> &passes)
{
    m_passes = passes;
    m_index = 0;
    showLabelMessage(m_saved, QString(), false);
    showCurrent();
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
    auto symbol = BarcodeSymbol::pdf417(pass.bcbp);
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
    QDir().mkpath(m_folder);
    const QString path = QDir(m_folder).filePath(
        QStringLiteral("boarding-pass-%1-%2.pdf").arg(m_passes.first().reference, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"))));
    auto written = BoardingPassPdf::write(m_passes, path);
    if (!written)
        return showLabelMessage(m_saved, sentence(written.error().message), true);
    showLabelMessage(m_saved, tr("Saved as %1").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace kiosk::ui
