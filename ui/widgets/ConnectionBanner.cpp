#include "ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include "StyleState.h"

#include <QStyle>

namespace kiosk::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection status"));
    m_label->setObjectName(QStringLiteral("connectionBannerText"));
    m_label->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(m_label);
    m_tick.setInterval(500);
    connect(&m_tick, &QTimer::timeout, this, &ConnectionBanner::updateText);
    m_hideLater.setSingleShot(true);
    m_hideLater.setInterval(3000);
    connect(&m_hideLater, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void ConnectionBanner::showLost()
{
    m_hideLater.stop();
    m_retryDelayMs = -1;
    setStyleState(this, "state", QStringLiteral("lost"));
    updateText();
    show();
}

void ConnectionBanner::setSeatsHeld(bool held)
{
    m_seatsHeld = held;
    if (isVisible())
        updateText();
}

void ConnectionBanner::showRetryIn(int delayMs)
{
    m_retryDelayMs = delayMs;
    m_sinceRetryScheduled.start();
    if (!m_tick.isActive())
        m_tick.start();
    updateText();
}

void ConnectionBanner::showRestored()
{
    m_tick.stop();
    m_retryDelayMs = -1;
    setStyleState(this, "state", QStringLiteral("restored"));
    m_label->setText(tr("Connection restored."));
    setAccessibleDescription(m_label->text());
    m_hideLater.start();
}

QString ConnectionBanner::text() const
{
    return m_label->text();
}

void ConnectionBanner::updateText()
{
    QString text = m_seatsHeld
        ? tr("Connection to the booking system lost. Your seats stay held until their time runs out.")
        : tr("Connection to the booking system lost. Your selection is kept and checked when the connection is back.");
    if (m_retryDelayMs >= 0) {
        const qint64 leftMs = qMax<qint64>(0, m_retryDelayMs - m_sinceRetryScheduled.elapsed());
        text += QLatin1Char(' ')
            + (leftMs < 1000 ? tr("Retrying now…") : tr("Retrying in %1 s…").arg((leftMs + 999) / 1000));
    } else {
        text += QLatin1Char(' ') + tr("Retrying…");
    }
    m_label->setText(text);
    setAccessibleDescription(text);
}

} // namespace kiosk::ui
