#include "OutOfServiceScreen.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace kiosk::ui {

OutOfServiceScreen::OutOfServiceScreen(QWidget *parent) : QWidget(parent), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("outOfServiceScreen"));
    setAccessibleName(tr("Kiosk out of service"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto *brand = new QLabel(tr("Kestrel Air"), this);
    brand->setObjectName(QStringLiteral("brand"));
    layout->addWidget(brand);
    layout->addStretch();
    auto *title = new QLabel(tr("Temporarily out of service"), this);
    title->setObjectName(QStringLiteral("title"));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Please use another kiosk or ask at the desk."), this);
    hint->setObjectName(QStringLiteral("bookingDetails"));
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addStretch();
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connection status"));
    layout->addWidget(m_status);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &OutOfServiceScreen::updateStatus);
}

void OutOfServiceScreen::showRetryIn(int delayMs)
{
    m_retryDelayMs = delayMs;
    m_sinceScheduled.start();
    m_tick.start();
    updateStatus();
}

QString OutOfServiceScreen::statusText() const
{
    return m_status->text();
}

void OutOfServiceScreen::updateStatus()
{
    const int seconds = std::max(0, int((m_retryDelayMs - m_sinceScheduled.elapsed() + 999) / 1000));
    m_status->setText(seconds > 0 ? tr("The booking system cannot be reached. Trying again in %n s.", nullptr, seconds)
                                  : tr("The booking system cannot be reached. Trying again now…"));
}

} // namespace kiosk::ui
