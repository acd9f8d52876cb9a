#include "CardTerminalPanel.h"

#include "widgets/LocalMoney.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kiosk::ui {

CardTerminalPanel::CardTerminalPanel(const Money &amount, QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("cardTerminalPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(24);
    m_prompt = new QLabel(tr("Insert, tap or swipe your card"), this);
    m_prompt->setObjectName(QStringLiteral("terminalPrompt"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    auto *where = new QLabel(tr("Use the card terminal below this screen. Tap Pay, then present your card."), this);
    where->setObjectName(QStringLiteral("terminalHint"));
    where->setAlignment(Qt::AlignCenter);
    where->setWordWrap(true);
    layout->addWidget(where);

    // "We accept" above the brands: the row then fits beside the trip's summary.
    auto *accepted = new QLabel(tr("We accept"), this);
    accepted->setAlignment(Qt::AlignCenter);
    layout->addWidget(accepted);
    auto *brands = new QHBoxLayout;
    brands->addStretch();
    for (const QString &brand : acceptedBrands()) {
        auto *chip = new QLabel(brand, this);
        chip->setObjectName(QStringLiteral("cardBrand"));
        brands->addWidget(chip);
    }
    brands->addStretch();
    layout->addLayout(brands);

    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("terminalAmount"));
    m_amount->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_amount);
    setAmount(amount);

    m_waiting = new QWidget(this);
    auto *waiting = new QVBoxLayout(m_waiting);
    auto *keep = new QLabel(tr("Do not remove your card"), m_waiting);
    keep->setObjectName(QStringLiteral("keepCardIn"));
    keep->setAlignment(Qt::AlignCenter);
    waiting->addWidget(keep);
    m_progress = new QProgressBar(m_waiting);
    m_progress->setRange(0, 0); // busy: how long the bank takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMinimumHeight(24);
    m_progress->setAccessibleName(tr("Payment in progress"));
    waiting->addWidget(m_progress);
    m_progressText = new QLabel(m_waiting);
    m_progressText->setObjectName(QStringLiteral("terminalProgress"));
    m_progressText->setAlignment(Qt::AlignCenter);
    m_progressText->setWordWrap(true);
    waiting->addWidget(m_progressText);
    layout->addWidget(m_waiting);
    // Room for the progress from the start, so nothing jumps under a finger.
    QSizePolicy keepRoom = m_waiting->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_waiting->setSizePolicy(keepRoom);
    m_waiting->hide();
}

void CardTerminalPanel::setAmount(const Money &amount)
{
    m_amount->setText(tr("Amount to pay: %1").arg(localMoney(amount)));
}

QStringList CardTerminalPanel::acceptedBrands()
{
    return {QStringLiteral("VISA"), QStringLiteral("Mastercard"), QStringLiteral("American Express"),
            QStringLiteral("Maestro")};
}

void CardTerminalPanel::showWaiting(PaymentStep step)
{
    switch (step) {
    case PaymentStep::Authorizing:
        m_progressText->setText(tr("Follow the instructions on the card terminal. Your bank is asked for approval…"));
        break;
    case PaymentStep::Confirming:
    case PaymentStep::Capturing:
        m_progressText->setText(tr("Your bank approved the payment. Confirming your booking…"));
        break;
    case PaymentStep::Checking:
        m_progressText->setText(tr("Checking with your bank what happened to the payment. Please wait…"));
        break;
    }
    m_waiting->show();
}

void CardTerminalPanel::showReady()
{
    m_waiting->hide();
}

bool CardTerminalPanel::isWaiting() const
{
    return m_waiting->isVisible();
}

QString CardTerminalPanel::outcomeText(const Error &declined)
{
    const QString code = declined.details.value(0);
    if (code == QLatin1String("card_removed"))
        return tr("The card was taken out before the payment finished. You have not been charged. Tap Pay to try "
                  "again and leave the card in until this screen says the payment is done.");
    if (code == QLatin1String("terminal_timeout"))
        return tr("No card was presented in time. You have not been charged. Tap Pay to try again.");
    return QString();
}

} // namespace kiosk::ui
