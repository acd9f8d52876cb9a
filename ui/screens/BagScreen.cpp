#include "BagScreen.h"

#include "BagTagPdf.h"
#include "checkin/BagTagger.h"
#include "models/SeatMapModel.h"
#include "widgets/UiText.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {

// The kiosk proved the booking at check-in; the bag tagger asks again, with the surname.
QString surnameOf(const BoardingPass &pass)
{
    return pass.passengerName.section(QLatin1Char(' '), -1);
}

} // namespace

BagScreen::BagScreen(BagTagger &bags, DocumentPrinter printer, QWidget *parent)
    : QWidget(parent), m_bags(bags), m_printer(std::move(printer))
{
    setObjectName(QStringLiteral("bagScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    auto *title = new QLabel(tr("Checked bags"), this);
    title->setObjectName(QStringLiteral("screenTitle"));
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("How many bags does each passenger check in? Hand luggage does not count."), this));
    m_rowsBox = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(m_rowsBox);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rowsBox);
    layout->addStretch();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bagMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    auto *done = new QPushButton(tr("Done"), this);
    done->setObjectName(QStringLiteral("bagDone"));
    m_confirm = new QPushButton(m_printer.hasPrinter() ? tr("Confirm and print bag tags") : tr("Confirm bags"), this);
    m_confirm->setObjectName(QStringLiteral("bagConfirm"));
    m_confirm->setDefault(true);
    for (QPushButton *button : {done, m_confirm})
        button->setMinimumSize(240, 72);
    connect(done, &QPushButton::clicked, this, &BagScreen::doneRequested);
    connect(m_confirm, &QPushButton::clicked, this, &BagScreen::confirm);
    buttons->addWidget(done);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);
}

void BagScreen::clearRows()
{
    m_rows.clear();
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
}

void BagScreen::showPasses(const QList<BoardingPass> &passes)
{
    clearRows();
    m_tagNumbers.clear();
    showLabelMessage(m_message, QString(), false);
    for (const BoardingPass &pass : passes) {
        Row row;
        row.pass = pass;
        auto allowance = m_bags.allowance(pass.flight.carrier, pass.cabin);
        auto tags = m_bags.tags(pass.reference, surnameOf(pass), pass.seat);
        if (!allowance || !tags) {
            showLabelMessage(m_message, sentence(!allowance ? allowance.error().message : tags.error().message), true);
            continue;
        }
        row.allowance = *allowance;
        row.tagged = int(tags->size());
        row.count = row.tagged;
        for (const BagTag &tag : std::as_const(*tags))
            m_tagNumbers << tag.tagNumber;
        auto *line = new QWidget(m_rowsBox);
        auto *lineLayout = new QHBoxLayout(line);
        auto *who = new QLabel(tr("<b>%1</b> · seat %2 · %3: up to %n bag(s)", nullptr, row.allowance)
                                   .arg(pass.passengerName.toHtmlEscaped(), pass.seat.toString(),
                                        SeatMapModel::cabinTitle(pass.cabin)),
                               line);
        const int index = int(m_rows.size());
        row.minus = new QPushButton(QStringLiteral("\u2212"), line);
        row.minus->setObjectName(QStringLiteral("bagMinus%1").arg(index));
        row.minus->setAccessibleName(tr("One bag less for %1").arg(pass.passengerName));
        row.plus = new QPushButton(QStringLiteral("+"), line);
        row.plus->setObjectName(QStringLiteral("bagPlus%1").arg(index));
        row.plus->setAccessibleName(tr("One bag more for %1").arg(pass.passengerName));
        row.countLabel = new QLabel(line);
        row.countLabel->setObjectName(QStringLiteral("bagCount%1").arg(index));
        row.countLabel->setAlignment(Qt::AlignCenter);
        row.countLabel->setMinimumWidth(64);
        for (QPushButton *button : {row.minus, row.plus})
            button->setMinimumSize(72, 72);
        connect(row.minus, &QPushButton::clicked, this, [this, index] { step(index, -1); });
        connect(row.plus, &QPushButton::clicked, this, [this, index] { step(index, +1); });
        lineLayout->addWidget(who, 1);
        lineLayout->addWidget(row.minus);
        lineLayout->addWidget(row.countLabel);
        lineLayout->addWidget(row.plus);
        m_rowsLayout->addWidget(line);
        m_rows << row;
        updateRow(m_rows.last());
    }
    if (!m_rows.isEmpty())
        m_rows.first().plus->setFocus();
}

void BagScreen::updateRow(const Row &row)
{
    row.countLabel->setText(QStringLiteral("<span style='font-size:32px'><b>%1</b></span>").arg(row.count));
    row.countLabel->setAccessibleName(tr("%n checked bag(s) for %1", nullptr, row.count).arg(row.pass.passengerName));
    // A bag once tagged is taken back at the airline's desk only.
    row.minus->setEnabled(row.count > row.tagged);
    row.plus->setEnabled(row.count < row.allowance);
}

void BagScreen::step(int index, int delta)
{
    Row &row = m_rows[index];
    row.count = qBound(row.tagged, row.count + delta, qMax(row.tagged, row.allowance));
    updateRow(row);
}

int BagScreen::count(int row) const
{
    return m_rows.at(row).count;
}

QPushButton *BagScreen::plusButton(int row) const
{
    return m_rows.at(row).plus;
}

QPushButton *BagScreen::minusButton(int row) const
{
    return m_rows.at(row).minus;
}

QString BagScreen::message() const
{
    return m_message->text();
}

void BagScreen::confirm()
{
    QList<BagTag> printed;
    m_tagNumbers.clear();
    for (Row &row : m_rows) {
        auto tags = m_bags.declare(row.pass.reference, surnameOf(row.pass), row.pass.seat, row.count);
        if (!tags)
            return showLabelMessage(m_message, sentence(tags.error().message), true);
        printed << tags->mid(row.tagged); // the tags printed before are on their bags already
        row.tagged = int(tags->size());
        updateRow(row);
        for (const BagTag &tag : std::as_const(*tags))
            m_tagNumbers << tag.tagNumber;
    }
    if (printed.isEmpty())
        return showLabelMessage(m_message, tr("No new checked bags. Have a good flight!"), false);
    auto delivered = m_printer.deliver(tr("Bag tags %1").arg(printed.first().reference),
                                       QStringLiteral("bag-tags-%1").arg(printed.first().reference), BagTagPdf::render(printed));
    if (!delivered)
        return showLabelMessage(m_message, sentence(delivered.error().message), true);
    QStringList numbers;
    for (const BagTag &tag : std::as_const(printed))
        numbers << tag.tagNumber;
    const QString tagged = tr("%n bag tag(s): %1.", nullptr, int(printed.size())).arg(numbers.join(QStringLiteral(", ")));
    if (delivered->printed)
        return showLabelMessage(m_message, tagged + QLatin1Char(' ') + tr("Please take the tags from the printer and "
                                                                          "fix one to each bag."), false);
    const QString saved = tr("Saved as %1").arg(QDir::toNativeSeparators(delivered->pdfPath));
    showLabelMessage(m_message,
                     tagged + QLatin1Char(' ') + (delivered->problem.isEmpty() ? saved : delivered->problem + QLatin1Char(' ') + saved),
                     !delivered->problem.isEmpty());
}

} // namespace kiosk::ui
